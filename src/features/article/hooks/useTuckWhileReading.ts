import { useEffect, useState } from "react";
import { onReaderScroll } from "../utils/reader-scroll";

/** Scroll in one direction, in px, before it counts: a finger's wobble does not. */
const THRESHOLD = 12;
/** Within this of the page's end, what was tucked away comes back: the reader has finished. */
const END_MARGIN = 96;
/** A gesture's scroll (a fling's momentum included) ends this long after its last scroll event. */
const GESTURE_IDLE_MS = 250;

/**
 * Whether a floating control should step out of the way: true while the reader scrolls
 * down through the text themselves (a finger, a wheel, a key), false again as soon as they
 * scroll up or reach the end. A scroll the page makes (the outline's own moves) changes
 * nothing, so the control is where the reader left it after choosing a section.
 *
 * On phones the outline's button floats over the text's last lines; reading down, it would
 * cover a word of every screen.
 */
export function useTuckWhileReading(): boolean {
  const [tucked, setTucked] = useState(false);

  useEffect(() => {
    let lastY = window.scrollY;
    let byReader = false;
    let idle = 0;
    const onScroll = () => {
      const y = window.scrollY;
      const delta = y - lastY;
      if (!byReader) {
        lastY = y;
        return;
      }
      window.clearTimeout(idle);
      idle = window.setTimeout(() => (byReader = false), GESTURE_IDLE_MS);
      const atEnd = y + window.innerHeight >= document.documentElement.scrollHeight - END_MARGIN;
      if (atEnd || delta <= -THRESHOLD) setTucked(false);
      else if (delta >= THRESHOLD) setTucked(true);
      else return;
      lastY = y;
    };
    const stopListening = onReaderScroll(() => {
      byReader = true;
    });
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      window.clearTimeout(idle);
      stopListening();
      window.removeEventListener("scroll", onScroll);
    };
  }, []);

  return tucked;
}
