import { useSearchParams } from "react-router";
import { useLibrary } from "../../features/library/api/get-library";
import { Library } from "../../features/library/components/Library";
import { libraryUrl } from "../offline/keep-copies";
import { SavedCopyNotice } from "../offline/SavedCopyNotice";

export default function LibraryRoute() {
  const { data } = useLibrary();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get("q") ?? "";

  const onQueryChange = (next: string) => {
    // Replace, not push: one history entry per search, not one per keystroke.
    setSearchParams(next ? { q: next } : {}, { replace: true, preventScrollReset: true });
  };

  return (
    <>
      <SavedCopyNotice
        dataUrl={libraryUrl()}
        className="mx-auto mt-4 w-fit max-w-[calc(100%-2rem)]"
      />
      <Library entries={data.articles} query={query} onQueryChange={onQueryChange} />
    </>
  );
}
