import { memo, useCallback } from "react";
import type { FocusEvent, KeyboardEvent, PointerEvent } from "react";
import { useReader } from "../hooks/reader-context";
import { useMentionState } from "../hooks/reader-store";

interface MentionProps {
  mentionKey: string;
  person: string;
  text: string;
  /**
   * False inside a link (the read-also title): a button inside a link is nested
   * interaction, so there the mention is marked but not a control.
   */
  interactive: boolean;
}

/**
 * One person mention. It may change colours and text decoration only: padding, margin,
 * border, radius, weight or size on an inline box would break Arabic joining across its
 * edges (see the shared notes on Arabic). `<mark>`'s own background and colour are reset.
 */
export const Mention = memo(function Mention({
  mentionKey,
  person,
  text,
  interactive,
}: MentionProps) {
  const { highlight, activePerson, mentions, store, cardId } = useReader();
  const { hasCard, focusedLast } = useMentionState(store, mentionKey);
  const active = activePerson === person;
  // Where stepping through the chosen person stands, visible without a focus ring too.
  const current = active && focusedLast;
  const live = highlight && interactive;

  const ref = useCallback(
    (element: HTMLElement | null) => {
      mentions.register(mentionKey, element);
      return () => mentions.register(mentionKey, null);
    },
    [mentions, mentionKey],
  );

  const onFocus = () => {
    if (live) mentions.focused(mentionKey);
    else store.update({ focusedKey: mentionKey });
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    const card = document.getElementById(cardId);
    if (card && event.relatedTarget instanceof Node && card.contains(event.relatedTarget)) return;
    if (store.get().card?.key === mentionKey && store.get().card?.openedBy !== "hover")
      mentions.close();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    mentions.open(mentionKey, "pin", true);
  };
  // Opening waits for the pointer to move on the name: text scrolling under a still pointer
  // fires pointerenter too, and must not pop cards up while the reader scrolls.
  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    if (event.pointerType === "mouse") mentions.hoverStart(mentionKey);
  };
  const onPointerLeave = (event: PointerEvent<HTMLElement>) => {
    if (event.pointerType === "mouse") mentions.hoverEnd();
  };

  const colour = !highlight ? "bg-transparent" : active ? "bg-mention-strong" : "bg-mention";
  return (
    <mark
      ref={ref}
      data-person={person}
      data-active={active ? "true" : undefined}
      data-current={current ? "true" : undefined}
      tabIndex={live ? 0 : -1}
      role={live ? "button" : undefined}
      aria-haspopup={live ? "dialog" : undefined}
      aria-expanded={live ? hasCard : undefined}
      aria-describedby={live && hasCard ? `${cardId}-about` : undefined}
      className={`${colour} text-inherit transition-colors duration-150 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus ${
        live ? "cursor-pointer" : ""
      } ${(live && hasCard) || (highlight && current) ? "underline decoration-accent decoration-2 underline-offset-[0.35em]" : ""}`}
      onFocus={onFocus}
      onBlur={live ? onBlur : undefined}
      onClick={live ? () => mentions.toggle(mentionKey) : undefined}
      onKeyDown={live ? onKeyDown : undefined}
      onPointerMove={live ? onPointerMove : undefined}
      onPointerLeave={live ? onPointerLeave : undefined}
    >
      {text}
    </mark>
  );
});
