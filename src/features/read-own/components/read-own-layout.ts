/** Class lists of the /read page: the library's column and type, so the two pages feel one app. */
export const PAGE_COLUMN = "mx-auto w-full max-w-3xl px-4 py-6 sm:px-6 sm:py-10";
export const PRIMARY_BUTTON =
  "inline-flex min-h-12 items-center justify-center gap-2 rounded-xl bg-accent px-8 text-lg font-bold text-page hover:opacity-90 aria-disabled:cursor-not-allowed aria-disabled:opacity-60";
export const SECONDARY_BUTTON =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg border border-border bg-surface px-4 text-base text-ink hover:border-muted";
export const TEXT_LABEL = "mb-1 block text-lg font-bold text-ink";
export const TEXT_HINT = "mb-2 text-base text-muted";
export const TEXT_HINT_WORDS =
  "السطر الأول عنوان المقال، والعناوين الفرعية أسطر قصيرة بين الفقرات.";
/** The box: 12 rows, the same in the prerendered form (disabled until the page runs) and after. */
export const TEXT_ROWS = 12;
export const TEXT_BOX =
  "block min-h-56 w-full resize-y rounded-xl border border-muted bg-surface p-4 text-base leading-reading text-ink placeholder:text-muted sm:text-lg";
