/**
 * The /read page as its own module, loaded lazily (src/app/pages/lazy-pages.tsx): the page, the
 * pipeline's worker and the name model are their own files, fetched only when someone opens /read.
 * The text, once read, is shown in the article pages' own reader.
 */
import { ArticleReader } from "../../features/article/components/ArticleReader";
import { ReadOwnPage } from "../../features/read-own/components/ReadOwnPage";

export default function ReadOwnRoute() {
  return <ReadOwnPage Reader={ArticleReader} />;
}
