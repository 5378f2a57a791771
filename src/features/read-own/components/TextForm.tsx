import {
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  useState,
  type ClipboardEvent,
  type DragEvent,
  type FormEvent,
  type ReactNode,
  type Ref,
} from "react";
import { flushSync } from "react-dom";
import { countNoun } from "../../../lib/arabic-numbers";
import { CHARACTER_NOUN } from "../utils/words";
import { BOX_MAX_CHARS, pastedValue } from "../utils/long-text";
import { textDirection } from "../utils/text-direction";
import { FilePicker } from "./FilePicker";
import { LongTextCard } from "./LongTextCard";
import {
  PRIMARY_BUTTON,
  TEXT_BOX,
  TEXT_HINT,
  TEXT_HINT_WORDS,
  TEXT_LABEL,
  TEXT_ROWS,
} from "./read-own-layout";

/** Typing (or a small paste) past BOX_MAX_CHARS keeps the text in the box; a long text arriving at once gets the card. */
const GROWTH_IN_BOX = 1_000;

const PLACEHOLDER =
  "عنوان المقال في السطر الأول\n\nثم الفقرات، وبينها العناوين الفرعية في أسطر قصيرة…";

const hasFiles = (event: DragEvent): boolean =>
  Array.from(event.dataTransfer.types).includes("Files");

/** What the page does with the form's focus and its box. */
export interface TextFormHandle {
  /** Focus on the text: the box, or the card that stands for a long text. */
  focusText: () => void;
  focusSubmit: () => void;
  /** The box, with the text in it (a long text is put there first). */
  showInBox: () => HTMLTextAreaElement | null;
}

interface TextFormProps {
  ref?: Ref<TextFormHandle>;
  text: string;
  onText: (text: string) => void;
  parsing: boolean;
  /** Until the page's script runs (see useHydrated). */
  disabled: boolean;
  /** The form is sent: read the text in the box. */
  onRead: () => void;
  /** A file chosen or dropped. */
  onFile: (file: File) => void;
  /** The text is cleared: what was said about the last one goes too. */
  onClear: () => void;
  /** Under the buttons: how the reading goes. */
  children?: ReactNode;
}

/**
 * The text to read: typed or pasted in the box (a long one stands as a card in its place),
 * or a .txt file chosen or dropped anywhere on the form.
 */
export function TextForm({
  ref,
  text,
  onText,
  parsing,
  disabled,
  onRead,
  onFile,
  onClear,
  children,
}: TextFormProps) {
  const [dragging, setDragging] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  /** The reader asked to see a long text in the box anyway. */
  const [longInBox, setLongInBox] = useState(false);
  const inBox = text.length <= BOX_MAX_CHARS || longInBox;
  /** The box just gave way to the long-text card while it had focus: the card takes it. */
  const focusCard = useRef(false);
  const submitRef = useRef<HTMLButtonElement>(null);
  const textareaId = useId();
  const labelId = useId();
  const hintId = useId();

  const showInBox = (): HTMLTextAreaElement | null => {
    flushSync(() => setLongInBox(true));
    return textareaRef.current;
  };

  useImperativeHandle(ref, () => ({
    focusText: () => (textareaRef.current ?? cardRef.current)?.focus({ preventScroll: true }),
    focusSubmit: () => submitRef.current?.focus(),
    showInBox,
  }));

  useEffect(() => {
    if (inBox || !focusCard.current) return;
    focusCard.current = false;
    cardRef.current?.focus();
  }, [inBox]);

  const onChange = (value: string) => {
    if (value.length <= BOX_MAX_CHARS) setLongInBox(false);
    else if (!longInBox) {
      if (value.length - text.length <= GROWTH_IN_BOX) setLongInBox(true);
      else focusCard.current = document.activeElement === textareaRef.current;
    }
    onText(value);
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    if (longInBox) return;
    const box = event.currentTarget;
    const pasted = event.clipboardData.getData("text/plain");
    if (box.value.length - (box.selectionEnd - box.selectionStart) + pasted.length <= BOX_MAX_CHARS)
      return;
    // The browser would insert it into the box and lay all of it out: the page keeps it instead.
    event.preventDefault();
    focusCard.current = true;
    onText(pastedValue(box.value, box.selectionStart, box.selectionEnd, pasted));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!parsing) onRead();
  };

  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    // Without this the browser would open the dropped file in place of the page.
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setDragging(true);
  };

  const onDragLeave = (event: DragEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
  };

  const onDrop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };

  return (
    <form
      onSubmit={onSubmit}
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      aria-busy={parsing || undefined}
      noValidate
    >
      <fieldset disabled={disabled} className="contents">
        {inBox ? (
          <label id={labelId} htmlFor={textareaId} className={TEXT_LABEL}>
            نص المقال
          </label>
        ) : (
          <p id={labelId} className={TEXT_LABEL}>
            نص المقال
          </p>
        )}
        <p id={hintId} className={TEXT_HINT}>
          {TEXT_HINT_WORDS}
        </p>
        {inBox ? (
          /* No name attribute: even a submit without JavaScript sends nothing anywhere. */
          <textarea
            ref={textareaRef}
            id={textareaId}
            aria-describedby={hintId}
            value={text}
            onChange={(event) => onChange(event.target.value)}
            onPaste={onPaste}
            rows={TEXT_ROWS}
            dir={textDirection(text)}
            spellCheck={false}
            autoComplete="off"
            placeholder={PLACEHOLDER}
            className={TEXT_BOX}
          />
        ) : (
          <LongTextCard
            text={text}
            labelId={labelId}
            cardRef={cardRef}
            onShowInBox={() => showInBox()?.focus()}
          />
        )}
        <p className="mt-1 mb-4 text-sm text-muted" aria-live="off">
          {text === "" ? "المربع فارغ" : countNoun(text.length, CHARACTER_NOUN)}
        </p>

        <FilePicker onFile={onFile} dragging={dragging} disabled={parsing} />

        <div className="mt-6 flex flex-wrap items-center gap-3">
          <button
            ref={submitRef}
            type="submit"
            aria-disabled={parsing || undefined}
            className={PRIMARY_BUTTON}
          >
            اقرأ
          </button>
          {text !== "" && !parsing && (
            <button
              type="button"
              onClick={() => {
                // At once, so that the box (gone while a long text was held) is there to focus.
                flushSync(() => {
                  onText("");
                  setLongInBox(false);
                });
                onClear();
                textareaRef.current?.focus();
              }}
              className="inline-flex min-h-11 items-center rounded-lg px-3 text-base text-muted underline underline-offset-4 hover:text-ink"
            >
              امسح النص
            </button>
          )}
        </div>

        {children}
      </fieldset>
    </form>
  );
}
