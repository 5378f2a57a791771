/**
 * The /read page as its own module, loaded lazily (src/app/pages/lazy-pages.tsx): the page, the
 * pipeline's worker and the name model are their own files, fetched only when someone opens /read.
 */
import { ReadOwnPage } from "./components/ReadOwnPage";

export default function ReadOwnRoute() {
  return <ReadOwnPage />;
}
