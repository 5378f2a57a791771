import { useParams, useSearchParams } from "react-router";
import { parsePageNumber } from "../../article/paging";
import { libraryPageUrl, useLibraryPage } from "../../features/library/api/get-library";
import { Library } from "../../features/library/components/Library";
import { SavedCopyNotice } from "../offline/SavedCopyNotice";
import { libraryPagePath } from "../library-paths";
import { NotFoundPage } from "./not-found";

/** "/" is the library's page 1, "/page/<n>" its page n; any other "/page/…" is no page. */
export default function LibraryRoute() {
  const { n } = useParams();
  const page = n === undefined ? 1 : parsePageNumber(n);
  // "/page/1" is not an address of its own either: page 1 lives at "/" only.
  if (page === null || (n !== undefined && page === 1)) return <NotFoundPage />;
  return <LibraryPageRoute page={page} />;
}

function LibraryPageRoute({ page }: { page: number }) {
  const { data } = useLibraryPage(page);
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get("q") ?? "";

  const onQueryChange = (next: string) => {
    // Replace, not push: one history entry per search, not one per keystroke.
    setSearchParams(next ? { q: next } : {}, { replace: true, preventScrollReset: true });
  };

  return (
    <>
      <SavedCopyNotice
        dataUrl={libraryPageUrl(page)}
        className="mx-auto mt-4 w-fit max-w-[calc(100%-2rem)]"
      />
      <Library page={data} query={query} onQueryChange={onQueryChange} pagePath={libraryPagePath} />
    </>
  );
}
