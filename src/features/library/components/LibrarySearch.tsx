import { useId, useState, type FormEvent } from "react";

type LibrarySearchProps = {
  /** The query in the URL (?q=). */
  query: string;
  /** Called as the reader types, so the list filters live. */
  onQueryChange: (query: string) => void;
  /** While the library loads: shown, not usable. */
  disabled?: boolean;
};

/**
 * A real GET form to "/?q=…": it works before (or without) JavaScript, as on a
 * prerendered page; with JavaScript the list filters as the reader types.
 */
export function LibrarySearch({ query, onQueryChange, disabled = false }: LibrarySearchProps) {
  const inputId = useId();
  const [text, setText] = useState(query);
  const [previousQuery, setPreviousQuery] = useState(query);
  // The URL's query changed: from our own typing (then it equals the text already), or from
  // Back/Forward or a read-also link to /?q=… (then the box must show it).
  if (query !== previousQuery) {
    setPreviousQuery(query);
    setText(query);
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onQueryChange(text);
  };

  return (
    <form
      role="search"
      method="get"
      action={import.meta.env.BASE_URL}
      onSubmit={onSubmit}
      className="mb-8"
    >
      <label htmlFor={inputId} className="mb-2 block text-base font-bold text-ink">
        ابحث في المقالات
      </label>
      <div className="flex gap-2">
        <input
          id={inputId}
          type="search"
          name="q"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            onQueryChange(event.target.value);
          }}
          placeholder="كلمة من عنوان المقالة أو نصّها"
          autoComplete="off"
          enterKeyHint="search"
          disabled={disabled}
          className="min-h-12 min-w-0 flex-1 rounded-xl border border-muted bg-surface px-4 text-lg text-ink placeholder:text-muted"
        />
        <button
          type="submit"
          disabled={disabled}
          className="min-h-12 shrink-0 rounded-xl bg-accent px-5 text-lg font-bold text-page hover:opacity-90"
        >
          ابحث
        </button>
      </div>
    </form>
  );
}
