import { useLocation, useRoutes } from "react-router";
import { ErrorBoundary } from "../components/ErrorBoundary";
import { RootError } from "./pages/route-error";
import { routes } from "./routes";

/** The page at this address, with a last resort if the layout itself fails. */
export function AppRoutes() {
  const page = useRoutes(routes);
  const { pathname } = useLocation();
  return (
    <ErrorBoundary resetKey={pathname} fallback={() => <RootError />}>
      {page}
    </ErrorBoundary>
  );
}
