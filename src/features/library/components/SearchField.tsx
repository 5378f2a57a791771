import { useId, type ChangeEvent, type FormEvent } from "react";

type SearchFieldProps = {
  /** What the box shows. */
  text: string;
  onTextChange?: (event: ChangeEvent<HTMLInputElement>) => void;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  /** While the library loads: shown, not usable. */
  disabled?: boolean;
};

/**
 * The search form as the reader sees it, without state: the library's search drives it,
 * and the library's skeleton shows it disabled, so the box does not move when the list
 * arrives. A real GET form to "/?q=…": it works before (or without) JavaScript.
 */
export function SearchField({ text, onTextChange, onSubmit, disabled = false }: SearchFieldProps) {
  const inputId = useId();
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
          onChange={onTextChange}
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
