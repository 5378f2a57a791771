import type { Ref } from "react";
import { countNoun } from "../../../lib/arabic-numbers";
import { CHARACTER_NOUN } from "../utils/words";
import { edgeLines } from "../utils/long-text";
import { SECONDARY_BUTTON } from "./read-own-layout";

interface LongTextCardProps {
  text: string;
  /** The id of the "نص المقال" label: the card stands where the box was, under the same name. */
  labelId: string;
  cardRef: Ref<HTMLDivElement>;
  onShowInBox: () => void;
}

const EXCERPT_CHARS = 80;

const head = (line: string) =>
  line.length > EXCERPT_CHARS ? `${line.slice(0, EXCERPT_CHARS)}…` : line;
const tail = (line: string) =>
  line.length > EXCERPT_CHARS ? `…${line.slice(-EXCERPT_CHARS)}` : line;

/**
 * In place of the box, for a text too long to lay out there (utils/long-text.ts): how long
 * it is, how it starts and ends (so the reader sees that all of it is there), and the way
 * to the box anyway. Focusable, so that focus has somewhere to go when the box leaves.
 */
export function LongTextCard({ text, labelId, cardRef, onShowInBox }: LongTextCardProps) {
  const { first, last } = edgeLines(text);
  return (
    <div
      ref={cardRef}
      role="group"
      aria-labelledby={labelId}
      tabIndex={-1}
      data-long-text=""
      className="rounded-xl border border-muted bg-surface p-4 text-base leading-reading text-ink focus-visible:outline-2 focus-visible:outline-focus"
    >
      <p className="font-bold">نص طويل: {countNoun(text.length, CHARACTER_NOUN)}.</p>
      <p className="text-muted">
        لا يُعرض في المربع كي تبقى الصفحة سريعة الاستجابة، لكنه محفوظ كاملاً في هذه الصفحة، ويُقرأ كلّه.
      </p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-2">
        <dt className="text-muted">أوله:</dt>
        <dd className="min-w-0 truncate">
          «<bdi>{head(first)}</bdi>»
        </dd>
        <dt className="text-muted">آخره:</dt>
        <dd data-long-text-last="" className="min-w-0 truncate">
          «<bdi>{tail(last)}</bdi>»
        </dd>
      </dl>
      <button type="button" onClick={onShowInBox} className={`${SECONDARY_BUTTON} mt-3`}>
        اعرضه في المربع لتعديله (قد تتوقف الصفحة لحظات)
      </button>
    </div>
  );
}
