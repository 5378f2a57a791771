/**
 * The address a printed page shows after a link (see the print rules in
 * src/styles/index.css): percent-decoded, so an Arabic query reads as Arabic.
 *   printableHref("/?q=%D8%A7%D9%84%D8%A3%D8%B3%D8%AF") → "/?q=الأسد"
 * A malformed escape leaves the address as it is.
 */
export function printableHref(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}
