import { useEffect, useRef } from "react";
import type { RefObject } from "react";
import { toArabicDigits } from "../../../lib/arabic-numbers";

interface ReadingProgressProps {
  /** The article whose reading the bar follows. */
  target: RefObject<HTMLElement | null>;
  dir: "rtl" | "ltr";
}

/**
 * A thin bar fixed to the top of the viewport. It grows with `transform: scaleX` from the
 * start edge, written straight to the element once per frame, so scrolling re-renders
 * nothing and lays nothing out. transform-origin has no logical keyword, hence the
 * percentage chosen by direction: the start edge is 100% in RTL, 0% in LTR.
 */
export function ReadingProgress({ target, dir }: ReadingProgressProps) {
  const barRef = useRef<HTMLDivElement>(null);
  const trackRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let frame = 0;
    let shown = -1;
    const update = () => {
      frame = 0;
      const article = target.current;
      const bar = barRef.current;
      const track = trackRef.current;
      if (!article || !bar || !track) return;
      const box = article.getBoundingClientRect();
      const distance = box.height - window.innerHeight;
      const ratio =
        distance <= 0 ? (box.top <= 0 ? 1 : 0) : Math.min(1, Math.max(0, -box.top / distance));
      bar.style.transform = `scaleX(${ratio})`;
      const percent = Math.round(ratio * 100);
      if (percent !== shown) {
        shown = percent;
        track.setAttribute("aria-valuenow", String(percent));
        track.setAttribute("aria-valuetext", `${toArabicDigits(percent)}٪`);
      }
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
    };
  }, [target]);

  return (
    <div
      ref={trackRef}
      role="progressbar"
      aria-label="تقدّم القراءة"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={0}
      aria-valuetext="٠٪"
      data-print="hide"
      className="pointer-events-none fixed inset-x-0 top-0 z-40 h-1"
    >
      {/* The starting transform is a class, not a style attribute: the prerendered page's CSP
          (style-src 'self') drops style attributes written in its markup. The effect's inline
          transform then overrides the class. */}
      <div
        ref={barRef}
        className={`h-full bg-accent will-change-transform [transform:scaleX(0)] ${dir === "rtl" ? "origin-[100%_50%]" : "origin-[0%_50%]"}`}
      />
    </div>
  );
}
