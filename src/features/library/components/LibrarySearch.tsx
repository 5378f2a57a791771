import { useEffect, useRef, useState } from "react";
import { SearchField } from "./SearchField";

type LibrarySearchProps = {
  /** The query in the URL (?q=). */
  query: string;
  /** Called as the reader types, so the list filters live. */
  onQueryChange: (query: string) => void;
};

/** The library's search box: the list filters as the reader types, and the URL keeps the query. */
export function LibrarySearch({ query, onQueryChange }: LibrarySearchProps) {
  const [text, setText] = useState(query);
  const [previousQuery, setPreviousQuery] = useState(query);
  // The URL's query changed: from our own typing (then it equals the text already), or from
  // Back/Forward or a read-also link to /?q=… (then the box must show it).
  if (query !== previousQuery) {
    setPreviousQuery(query);
    setText(query);
  }

  // A prerendered library shows the box before its script runs: what the reader typed in
  // the meantime is in the box, and no change event told React. Hydrated, take it up.
  // The box is found from a wrapper here, not by a ref on the field: the field is also the
  // skeleton's, on the page every article loads, where each byte counts.
  const boxRef = useRef<HTMLDivElement>(null);
  const typedBeforeHydration = useRef(true);
  useEffect(() => {
    if (!typedBeforeHydration.current) return;
    typedBeforeHydration.current = false;
    const typed = boxRef.current?.querySelector("input")?.value ?? text;
    if (typed !== text) {
      setText(typed);
      onQueryChange(typed);
    }
  }, [text, onQueryChange]);

  return (
    <div ref={boxRef}>
      <SearchField
        text={text}
        onTextChange={(event) => {
          setText(event.target.value);
          onQueryChange(event.target.value);
        }}
        onSubmit={(event) => {
          event.preventDefault();
          onQueryChange(text);
        }}
      />
    </div>
  );
}
