/**
 * Class lists shared by the library and its skeleton, so that the list replaces the
 * skeleton without moving anything: same column, same type sizes, same line heights.
 */
export const LIBRARY_COLUMN = "mx-auto w-full max-w-3xl px-4 py-6 sm:px-6 sm:py-10";
export const STATUS_LINE = "mb-4 text-base text-muted";
export const CARD = "relative rounded-2xl border border-border bg-surface p-5 sm:p-6";
export const CARD_TITLE = "mb-2 text-xl font-bold sm:text-2xl";
export const CARD_EXCERPT = "mb-4 line-clamp-3 text-lg leading-reading text-ink/90";
export const CARD_META = "flex flex-wrap gap-x-6 gap-y-1 text-base text-muted";
