/**
 * The reader scrolling the page by themselves (a finger, a wheel, a scrolling key), as
 * against a scroll the page makes (an outline move, a step to a mention). The scroll spy
 * (hooks/useScrollSpy.ts: a section reached by a click stays current until then)
 * and the phone's outline button (hooks/useTuckWhileReading.ts) both tell the two apart.
 */

/** Keys that scroll the page: pressing one means the reader has taken over scrolling. */
const SCROLL_KEYS = new Set(["ArrowUp", "ArrowDown", "PageUp", "PageDown", "Home", "End", " "]);

function scrollsThePage(event: KeyboardEvent): boolean {
  if (!SCROLL_KEYS.has(event.key)) return false;
  const target = event.target;
  // Space on a button presses it; arrows in a text field move the caret.
  if (
    target instanceof HTMLElement &&
    target.closest("button, input, textarea, select, [role=button], [contenteditable]")
  ) {
    if (event.key === " " || target.closest("input, textarea, select, [contenteditable]"))
      return false;
  }
  return true;
}

/** Calls `onGesture` at each gesture of the reader's that scrolls the page; returns the unsubscribe. */
export function onReaderScroll(onGesture: () => void): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (scrollsThePage(event)) onGesture();
  };
  window.addEventListener("wheel", onGesture, { passive: true });
  window.addEventListener("touchmove", onGesture, { passive: true });
  window.addEventListener("keydown", onKey);
  return () => {
    window.removeEventListener("wheel", onGesture);
    window.removeEventListener("touchmove", onGesture);
    window.removeEventListener("keydown", onKey);
  };
}
