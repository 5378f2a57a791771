/**
 * The shapes an article's identifiers take, in one place. The schema validates against them,
 * and the pipeline, the worker and the router test against them without loading zod (which
 * would be most of /read's worker).
 */

/** An article's slug: lower-case ASCII words joined by "-". It names a file, so nothing else. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A section's or a person's id: safe in a URL hash and as an HTML id. */
export const ID_PATTERN = /^[A-Za-z][\w-]*$/;
