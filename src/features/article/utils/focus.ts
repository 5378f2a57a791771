/**
 * Elements that Tab stops at, in document order, for moving focus on from a popup that
 * sits elsewhere in the DOM than the control that opened it.
 */
const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The first tab stop after `from` in document order that is not inside `skip`. */
export function nextTabStop(from: Element, skip: Element): HTMLElement | null {
  for (const candidate of document.querySelectorAll<HTMLElement>(TABBABLE)) {
    if (skip.contains(candidate) || candidate === from) continue;
    if (!(from.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (candidate.tabIndex < 0 || candidate.closest("[hidden], [inert]")) continue;
    // Where layout is absent (jsdom) there is no checkVisibility: take the element as shown.
    if (candidate.checkVisibility?.() === false) continue;
    return candidate;
  }
  return null;
}
