/**
 * Section bodies (`.reader-blocks`) that the browser may skip while they are off screen
 * (`content-visibility: auto`, switched on per body by `data-skip`; see index.css).
 *
 * Chromium skips a body that has just become `content-visibility: auto` for one frame
 * before it decides whether it is on screen: a body switched on while in view blinks out
 * for a frame. So a body is only switched on while far from the viewport, and the bodies a
 * move is about to show are switched off before it, while they are still out of view.
 */
export const BODY = ".reader-blocks";
const SKIP = "data-skip";
/** Far: this many screens or more beyond either edge of the viewport. */
const FAR_SCREENS = 2;

/**
 * Lets the browser skip those of `laidOut` that are far from the viewport, and drops them
 * from the set: it keeps the bodies still laid out, for a later call. All boxes are read
 * before any is changed: one layout, not one per body.
 */
export function skipFar(laidOut: Set<HTMLElement>): void {
  const screen = window.innerHeight;
  const far: HTMLElement[] = [];
  for (const body of laidOut) {
    if (!body.isConnected) {
      laidOut.delete(body);
      continue;
    }
    const box = body.getBoundingClientRect();
    if (box.bottom < -FAR_SCREENS * screen || box.top > (1 + FAR_SCREENS) * screen) far.push(body);
  }
  for (const body of far) {
    body.setAttribute(SKIP, "");
    laidOut.delete(body);
  }
}

export function isSkippable(body: HTMLElement): boolean {
  return body.hasAttribute(SKIP);
}

/** Lays `body` out again; the caller keeps it, for `skipFar` to take back later. */
export function unskip(body: HTMLElement): void {
  body.removeAttribute(SKIP);
}
