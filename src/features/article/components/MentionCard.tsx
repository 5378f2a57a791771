import { useEffect, useLayoutEffect, useRef } from "react";
import type { FocusEvent, KeyboardEvent } from "react";
import { useReader } from "../hooks/reader-context";
import { useReaderField } from "../hooks/reader-store";
import type { CardState } from "../hooks/reader-store";
import { MENTION_NOUN, countNoun, toArabicDigits } from "../../../lib/arabic-numbers";
import { nextTabStop } from "../utils/focus";

/** Space between the name and its card, in px: enough to not touch the line. */
const GAP = 6;

/**
 * The small card about a person, shown for the mention that is hovered, focused or
 * tapped. It is positioned beside the word (below it, or above when there is no room),
 * never over it, with `inset-inline-start` so it follows the text's direction; placing it
 * in a layout effect means it is never painted anywhere else first. It renders nothing
 * until a mention asks for it, so prerendered HTML never contains it.
 */
export function MentionCard() {
  const { store, highlight } = useReader();
  const card = useReaderField(store, "card", (c) => c);
  if (!card || !highlight) return null;
  return <CardBody card={card} />;
}

function CardBody({ card }: { card: CardState }) {
  const { article, index, peopleById, mentions, cardId } = useReader();
  const ref = useRef<HTMLDivElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const mention = index.byKey.get(card.key);
  const person = mention ? peopleById.get(mention.person) : undefined;
  const all = mention ? (index.byPerson.get(mention.person) ?? []) : [];

  useLayoutEffect(() => {
    const box = ref.current;
    const anchor = mentions.element(card.key);
    // The card's positioned ancestor (the article column); its parent where layout is absent.
    const container = box?.offsetParent ?? box?.parentElement;
    if (!box || !anchor || !container) return;
    const place = () => {
      const rects = anchor.getClientRects();
      const first = rects[0] ?? anchor.getBoundingClientRect();
      const last = rects[rects.length - 1] ?? first;
      const frame = container.getBoundingClientRect();
      const width = box.offsetWidth;
      const height = box.offsetHeight;
      const below =
        last.bottom + GAP + height <= window.innerHeight || first.top - GAP - height < 0;
      const line = below ? last : first;
      const fromStart = article.dir === "rtl" ? frame.right - line.right : line.left - frame.left;
      const maxStart = Math.max(0, frame.width - width);
      box.style.insetInlineStart = `${Math.min(Math.max(0, fromStart), maxStart)}px`;
      box.style.insetBlockStart = `${(below ? line.bottom + GAP : line.top - GAP - height) - frame.top}px`;
    };
    place();
    window.addEventListener("resize", place);
    return () => window.removeEventListener("resize", place);
  }, [card.key, mentions, article.dir]);

  useEffect(() => {
    if (card.focusInside) (nextRef.current ?? ref.current)?.focus();
  }, [card]);

  // Escape closes the card from anywhere; a click elsewhere closes a pinned card.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== "Escape") return;
      const inside = ref.current?.contains(document.activeElement) ?? false;
      mentions.close();
      if (inside) mentions.returnFocus(card.key);
    };
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target;
      if (!(target instanceof Node)) return;
      if (ref.current?.contains(target) || mentions.element(card.key)?.contains(target)) return;
      mentions.close();
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [card.key, mentions]);

  if (!mention || !person) return null;
  const total = all.length;
  const step = (delta: number) => {
    const target = all[(mention.ordinal + delta + total) % total];
    if (target) mentions.focusMention(target.key, { showCard: true });
  };

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (
      next instanceof Node &&
      (ref.current?.contains(next) || mentions.element(card.key)?.contains(next))
    )
      return;
    mentions.close();
  };
  // The card sits after the article in the DOM, not after its name: Shift+Tab out of it
  // goes back to the name, Tab out of it goes on to whatever follows the name.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const box = ref.current;
    const anchor = mentions.element(card.key);
    if (event.key !== "Tab" || !box || !anchor) return;
    const buttons = box.querySelectorAll("button");
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (
      event.shiftKey &&
      (!first || document.activeElement === first || document.activeElement === box)
    ) {
      event.preventDefault();
      mentions.open(card.key, "focus");
      anchor.focus({ preventScroll: true });
    } else if (!event.shiftKey && (!last || document.activeElement === last)) {
      const next = nextTabStop(anchor, box);
      if (!next) return;
      event.preventDefault();
      mentions.close();
      next.focus();
    }
  };

  const buttonClass =
    "rounded-md border border-border bg-page px-3 py-1 text-sm font-bold text-ink hover:border-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus";
  return (
    <div
      ref={ref}
      id={cardId}
      role="dialog"
      aria-label={person.name}
      tabIndex={-1}
      dir={article.dir}
      data-print="hide"
      className="absolute z-30 w-72 max-w-full rounded-lg border border-border bg-surface p-3 text-start text-sm leading-relaxed text-ink shadow-xl"
      onPointerEnter={() => mentions.hoverCard()}
      onPointerLeave={(event) => {
        if (event.pointerType === "mouse") mentions.hoverEnd();
      }}
      onBlur={onBlur}
      onKeyDown={onKeyDown}
    >
      <div id={`${cardId}-about`}>
        <p dir="auto" className="text-base font-bold">
          {person.name}
        </p>
        {person.role !== "" && (
          <p dir="auto" className="text-muted">
            {person.role}
          </p>
        )}
        <p className="text-muted">
          {countNoun(total, MENTION_NOUN)}
          {total > 1 &&
            ` · الإشارة ${toArabicDigits(mention.ordinal + 1)} من ${toArabicDigits(total)}`}
        </p>
      </div>
      {total > 1 && (
        <div className="mt-2 flex gap-2">
          <button type="button" className={buttonClass} onClick={() => step(-1)}>
            السابق
          </button>
          <button ref={nextRef} type="button" className={buttonClass} onClick={() => step(1)}>
            التالي
          </button>
        </div>
      )}
    </div>
  );
}
