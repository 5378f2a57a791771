/**
 * Where the library's files are, apart from the queries that fetch them: the shell keeps
 * offline copies by these URLs, and must not load the library's code to know them.
 */

/** One page of the library: what a library page shows. */
export function libraryPageUrl(page: number): string {
  return `${import.meta.env.BASE_URL}articles/pages/${page}.json`;
}
