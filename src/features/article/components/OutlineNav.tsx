import { memo, useCallback, useEffect, useId, useRef, useState } from "react";
import type { MouseEvent } from "react";
import { useReader } from "../hooks/reader-context";
import { useReaderField } from "../hooks/reader-store";
import { useTuckWhileReading } from "../hooks/useTuckWhileReading";
import type { ReaderStore } from "../hooks/reader-store";
import { toArabicDigits } from "../../../lib/arabic-numbers";

export const OUTLINE_LABEL = "فهرس المقال";

/** A plain click: anything else (new tab, new window, download) keeps the browser's way. */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * The section outline. On wide screens a sticky column on the start side; below 1024px a
 * floating button at the bottom of the screen discloses it, and a choice closes it.
 * Section numbers sit outside the links, so a link's text is exactly its heading.
 */
export function OutlineNav() {
  const { article, goToSection, store } = useReader();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const scrollBoxRef = useRef<HTMLDivElement>(null);
  const sections = article.sections.filter((s) => s.heading !== null);
  // The phone's button slides below the screen's edge while the reader reads down; focus
  // brings it back (focus-visible), as does any scroll up.
  const tucked = useTuckWhileReading() && !open;

  // Keep the current entry visible inside a long outline, without ever scrolling the page
  // (scrollIntoView here would interrupt the page's own smooth scroll). Straight from the
  // store, in the next frame: the outline itself does not re-render when the section
  // changes (its entries do), and reading the layout in the middle of a click or of a
  // scroll event would force a layout there.
  useEffect(() => {
    let frame = 0;
    const follow = () => {
      frame = 0;
      const box = scrollBoxRef.current;
      const current = store.get().currentSection;
      if (!box || current === null || box.scrollHeight <= box.clientHeight) return;
      const link = box.querySelector<HTMLElement>(`a[href="#${current}"]`);
      if (!link) return;
      const linkBox = link.getBoundingClientRect();
      const view = box.getBoundingClientRect();
      if (linkBox.top < view.top) box.scrollTop -= view.top - linkBox.top + 24;
      else if (linkBox.bottom > view.bottom) box.scrollTop += linkBox.bottom - view.bottom + 24;
    };
    const unsubscribe = store.subscribe("currentSection", () => {
      if (frame === 0) frame = requestAnimationFrame(follow);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [store]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  const choose = useCallback(
    (event: MouseEvent<HTMLAnchorElement>, id: string) => {
      if (!isPlainClick(event)) return;
      event.preventDefault();
      setOpen(false);
      goToSection(id);
    },
    [goToSection],
  );

  // lg:contain-paint, as on the people panel: a long jump through the page does not repaint
  // the sticky column. Nothing in it is fixed from lg up (the button is hidden, the nav
  // static), and its list scrolls in its own box, so the clip hides nothing.
  return (
    <div
      data-print="hide"
      className="lg:sticky lg:top-[var(--reader-sticky-top,0px)] lg:row-span-2 lg:max-h-[calc(100dvh-var(--reader-sticky-top,0px))] lg:self-start lg:contain-paint xl:row-span-1"
    >
      <button
        ref={buttonRef}
        type="button"
        data-needs-script
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className={`fixed end-4 bottom-4 z-30 inline-flex items-center gap-2 rounded-full border border-border bg-surface px-4 py-2.5 text-sm font-bold text-ink shadow-lg transition-transform duration-200 focus-visible:translate-y-0 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus motion-reduce:transition-none lg:hidden ${
          tucked ? "translate-y-[calc(100%+2rem)]" : ""
        }`}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
          <rect x="2" y="4" width="16" height="2" rx="1" />
          <rect x="2" y="9" width="12" height="2" rx="1" />
          <rect x="2" y="14" width="14" height="2" rx="1" />
        </svg>
        {OUTLINE_LABEL}
      </button>
      <nav
        id={panelId}
        data-outline-panel
        aria-label={OUTLINE_LABEL}
        dir={article.dir}
        className={`${
          open
            ? "fixed inset-x-4 bottom-20 z-30 block rounded-xl border border-border shadow-xl"
            : "hidden"
        } bg-surface lg:static lg:block lg:rounded-none lg:border-0 lg:bg-transparent lg:shadow-none`}
      >
        <div
          ref={scrollBoxRef}
          className="max-h-[65dvh] overflow-y-auto overscroll-contain p-4 lg:max-h-[calc(100dvh-var(--reader-sticky-top,0px))] lg:px-0 lg:py-10"
        >
          <p className="text-xs font-bold text-muted">{OUTLINE_LABEL}</p>
          <p dir="auto" className="mt-1 mb-3 text-sm leading-relaxed font-bold text-ink">
            {article.title}
          </p>
          <ol className="space-y-0.5 text-sm leading-relaxed">
            {sections.map((section, i) => (
              <OutlineItem
                key={section.id}
                id={section.id}
                heading={section.heading ?? ""}
                number={i + 1}
                store={store}
                onChoose={choose}
              />
            ))}
          </ol>
        </div>
      </nav>
    </div>
  );
}

interface OutlineItemProps {
  id: string;
  heading: string;
  number: number;
  store: ReaderStore;
  onChoose: (event: MouseEvent<HTMLAnchorElement>, id: string) => void;
}

/**
 * One entry. Each entry listens to the store for itself, so that a change of section
 * (a click, or the scroll spy while scrolling) re-renders the two entries concerned and
 * not the outline's 200: the outline does not re-render at all.
 */
const OutlineItem = memo(function OutlineItem({
  id,
  heading,
  number,
  store,
  onChoose,
}: OutlineItemProps) {
  const current = useReaderField(store, "currentSection", (section) => section === id);
  return (
    <li className="flex items-baseline gap-2">
      <span aria-hidden="true" className="w-5 shrink-0 text-end text-xs text-muted tabular-nums">
        {toArabicDigits(number)}
      </span>
      <a
        href={`#${id}`}
        aria-current={current ? "location" : undefined}
        onClick={(event) => onChoose(event, id)}
        dir="auto"
        className={`block flex-1 rounded-e border-s-2 py-1.5 ps-3 pe-2 no-underline transition-colors focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-focus ${
          current
            ? "border-accent bg-surface text-ink"
            : "border-border text-muted hover:border-muted hover:text-ink"
        }`}
      >
        {heading}
      </a>
    </li>
  );
});
