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
  const inputRef = useRef<HTMLInputElement>(null);
  const typedBeforeHydration = useRef(true);
  useEffect(() => {
    if (!typedBeforeHydration.current) return;
    typedBeforeHydration.current = false;
    const typed = inputRef.current?.value ?? text;
    if (typed !== text) {
      setText(typed);
      onQueryChange(typed);
    }
  }, [text, onQueryChange]);

  return (
    <SearchField
      inputRef={inputRef}
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
  );
}
