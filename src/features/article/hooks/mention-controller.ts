/**
 * Everything that moves between mentions: the registry of mention elements, moving focus
 * to a mention, and opening and closing the person card (hover with a short delay, focus,
 * or a tap/click that pins it). Created once per reader; it touches the DOM only when a
 * handler or an effect calls it, never during render.
 */
import type { CardOpenedBy, ReaderStore } from "./reader-store";
import { prefersReducedMotion } from "../utils/motion";

/** Long enough to cross the gap between a name and its card without it closing. */
const HOVER_OPEN_DELAY_MS = 120;
const HOVER_CLOSE_DELAY_MS = 250;

export class MentionController {
  private readonly elements = new Map<string, HTMLElement>();
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The mention a hover is about to open the card for. */
  private pendingKey: string | null = null;
  /** A mention focused by the people panel's stepper shows no card: the panel says it all. */
  private quietFocusKey: string | null = null;

  private onMove: (() => void) | null = null;

  constructor(private readonly store: ReaderStore) {}

  /**
   * `listener` runs when a move to a mention scrolls the page: the section navigation then
   * stops holding on to the section last chosen and lets the scroll spy follow again.
   */
  setOnMove(listener: (() => void) | null): void {
    this.onMove = listener;
  }

  register(key: string, element: HTMLElement | null): void {
    if (element) this.elements.set(key, element);
    else this.elements.delete(key);
  }

  element(key: string): HTMLElement | undefined {
    return this.elements.get(key);
  }

  /** Scrolls a mention to the middle of the viewport and focuses it. */
  focusMention(key: string, options: { showCard: boolean }): void {
    const element = this.elements.get(key);
    if (!element) return;
    if (!options.showCard) {
      this.quietFocusKey = key;
      this.close();
    }
    this.onMove?.();
    element.scrollIntoView?.({
      block: "center",
      behavior: prefersReducedMotion() ? "instant" : "smooth",
    });
    element.focus({ preventScroll: true });
    this.quietFocusKey = null;
  }

  /** Puts focus back on a mention without opening its card again (after Escape). */
  returnFocus(key: string): void {
    this.quietFocusKey = key;
    this.elements.get(key)?.focus({ preventScroll: true });
    this.quietFocusKey = null;
  }

  /** Called by a mention when it receives focus. */
  focused(key: string): void {
    this.store.update({ focusedKey: key });
    if (this.quietFocusKey === key) return;
    const card = this.store.get().card;
    if (card?.key === key && card.openedBy === "pin") return;
    this.open(key, "focus");
  }

  open(key: string, openedBy: CardOpenedBy, focusInside = false): void {
    this.cancelTimers();
    this.store.update({ card: { key, openedBy, focusInside } });
  }

  close(): void {
    this.cancelTimers();
    if (this.store.get().card) this.store.update({ card: null });
  }

  /** A click or tap: pins the card open, or closes a pinned one. */
  toggle(key: string): void {
    const card = this.store.get().card;
    if (card?.key === key && card.openedBy === "pin") this.close();
    else this.open(key, "pin");
  }

  /** The pointer moves on a name: open its card after a short rest, keep it if it is open. */
  hoverStart(key: string): void {
    clearTimeout(this.closeTimer);
    if (this.store.get().card?.key === key || this.pendingKey === key) return;
    clearTimeout(this.openTimer);
    this.pendingKey = key;
    this.openTimer = setTimeout(() => this.open(key, "hover"), HOVER_OPEN_DELAY_MS);
  }

  /** The pointer left the name or the card: a card opened by hover goes after a moment. */
  hoverEnd(): void {
    clearTimeout(this.openTimer);
    this.pendingKey = null;
    if (this.store.get().card?.openedBy !== "hover") return;
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => this.close(), HOVER_CLOSE_DELAY_MS);
  }

  /** The pointer came onto the card: keep it. */
  hoverCard(): void {
    clearTimeout(this.closeTimer);
  }

  cancelTimers(): void {
    this.pendingKey = null;
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
  }
}
