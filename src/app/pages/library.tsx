import { useSearchParams } from "react-router";
import { useLibrary } from "../../features/library/api/get-library";
import { Library } from "../../features/library/components/Library";

export function LibraryRoute() {
  const { data } = useLibrary();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get("q") ?? "";

  const onQueryChange = (next: string) => {
    // Replace, not push: one history entry per search, not one per keystroke.
    setSearchParams(next ? { q: next } : {}, { replace: true, preventScrollReset: true });
  };

  return <Library entries={data.articles} query={query} onQueryChange={onQueryChange} />;
}
