/**
 * The reader's grid, shared by the reader and its skeleton so that swapping one for the
 * other moves nothing. The grid flows in the text's direction, so the outline column is
 * on the start side (the right in Arabic) without any physical property.
 *
 * - phones: one column; the outline is a floating button, the people panel follows the article;
 * - ≥ 1024px: outline column | article;
 * - ≥ 1280px: outline column | article | people panel;
 * - on paper: the article alone, as a plain block (the columns are marked data-print="hide").
 *
 * The measure (`--measure`, 65ch) in the track sizes resolves against the grid's font, the
 * reader's font size (`text-reader`), so it is about 65 characters whatever size is chosen.
 */
export const LAYOUT_GRID =
  "mx-auto grid max-w-[96rem] grid-cols-[minmax(0,var(--measure,65ch))] justify-center gap-x-10 px-4 pb-24 text-reader sm:px-6 lg:grid-cols-[15rem_minmax(0,var(--measure,65ch))] lg:pb-16 xl:grid-cols-[15rem_minmax(0,var(--measure,65ch))_17.5rem] print:block print:p-0";
export const LAYOUT_OUTLINE = "lg:col-start-1 lg:row-start-1 print:hidden";
export const LAYOUT_ARTICLE = "relative min-w-0 lg:col-start-2 lg:row-start-1";
export const LAYOUT_PANEL =
  "mt-6 lg:col-start-2 lg:row-start-2 xl:col-start-3 xl:row-start-1 xl:mt-0 print:hidden";
export const ARTICLE_HEADER = "pt-8 pb-[1.25em] lg:pt-10";
export const TITLE = "text-[1.45em] leading-[1.5] font-bold sm:text-[1.75em] sm:leading-[1.45]";
export const META = "mt-[0.6em] text-[0.8em] leading-relaxed";
