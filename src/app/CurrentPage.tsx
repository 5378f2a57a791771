import { useLocation, useRoutes } from "react-router";
import { ErrorBoundary } from "../components/ErrorBoundary";
import { RootError } from "./pages/route-error";
import { routeObjects } from "./route-objects";

/**
 * The page at the router's address (the route objects rendered), with a last resort if the
 * layout itself fails.
 */
export function CurrentPage() {
  const page = useRoutes(routeObjects);
  const { pathname } = useLocation();
  return (
    <ErrorBoundary resetKey={pathname} fallback={() => <RootError />}>
      {page}
    </ErrorBoundary>
  );
}
