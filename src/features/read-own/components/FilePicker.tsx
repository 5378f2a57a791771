import { useId, type ChangeEvent } from "react";

interface FilePickerProps {
  onFile: (file: File) => void;
  /** A file is being dragged over the form. */
  dragging: boolean;
  disabled: boolean;
}

/**
 * The drop zone's visible part and a real file input: Tab reaches the input (visually
 * hidden inside its label, which shows the focus ring), Enter or Space opens the picker.
 * Dropping is handled by the form, so a file dropped anywhere on it counts.
 */
export function FilePicker({ onFile, dragging, disabled }: FilePickerProps) {
  const hintId = useId();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so that choosing the same file again (after editing it) fires a change.
    event.target.value = "";
    if (file) onFile(file);
  };

  return (
    <div
      data-drop-zone=""
      className={`flex flex-wrap items-center gap-x-4 gap-y-3 rounded-xl border-2 border-dashed p-4 sm:p-5 ${
        dragging ? "border-accent bg-mention" : "border-border"
      }`}
    >
      <FileIcon />
      <p
        id={hintId}
        className={`min-w-0 flex-1 text-base ${dragging ? "font-bold text-ink" : "text-muted"}`}
      >
        {dragging ? (
          "أفلت الملف هنا"
        ) : (
          <>
            أو أفلت هنا ملفاً نصياً (<bdi dir="ltr">.txt</bdi>) بترميز UTF-8
          </>
        )}
      </p>
      <label className="relative inline-flex min-h-11 cursor-pointer items-center rounded-lg border border-accent bg-surface px-4 text-base font-bold text-accent hover:bg-page has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60">
        اختر ملفاً
        <input
          type="file"
          accept=".txt,text/plain"
          aria-describedby={hintId}
          disabled={disabled}
          onChange={onChange}
          className="sr-only"
        />
      </label>
    </div>
  );
}

function FileIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-8 shrink-0 text-muted"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" />
      <path d="M14 3v5h5M9 13h6M9 17h4" />
    </svg>
  );
}
