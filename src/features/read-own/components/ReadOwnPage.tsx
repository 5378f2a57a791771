import {
  useEffect,
  useId,
  useRef,
  useState,
  type ClipboardEvent,
  type DragEvent,
  type FormEvent,
  type KeyboardEvent,
} from "react";
import { flushSync } from "react-dom";
import { createWorkerParser, type ArticleParser } from "../api/article-parser";
import { keepModelForOffline } from "../api/offline-model";
import { useArticleParser } from "../hooks/useArticleParser";
import { useStoredText } from "../hooks/useStoredText";
import { CHARACTER_NOUN, countNoun } from "../../../lib/arabic-numbers";
import { BOX_MAX_CHARS, pastedValue } from "../utils/long-text";
import { textDirection } from "../utils/text-direction";
import { FailureNotice } from "./FailureNotice";
import { FilePicker } from "./FilePicker";
import { LongTextCard } from "./LongTextCard";
import { ParseProgress } from "./ParseProgress";
import { useHydrated } from "../../../lib/use-hydrated";
import { ReadOwnIntro } from "./ReadOwnIntro";
import { ReadResult } from "./ReadResult";
import {
  PAGE_COLUMN,
  PRIMARY_BUTTON,
  TEXT_BOX,
  TEXT_HINT,
  TEXT_HINT_WORDS,
  TEXT_LABEL,
  TEXT_ROWS,
} from "./read-own-layout";

/** Larger files are refused before reading: a dropped video should not fill the tab's memory. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Typing (or a small paste) past BOX_MAX_CHARS keeps the text in the box; a long text arriving at once gets the card. */
const GROWTH_IN_BOX = 1_000;

const PLACEHOLDER = "عنوان المقال في السطر الأول\n\nثم الفقرات، وبينها العناوين الفرعية في أسطر قصيرة…";

interface ReadOwnPageProps {
  /** The browser parses in a worker; tests pass an in-process parser. */
  createParser?: () => ArticleParser;
}

const hasFiles = (event: DragEvent): boolean => Array.from(event.dataTransfer.types).includes("Files");

/**
 * /read: the reader pastes an article or drops a .txt file and reads it in the app's reader,
 * parsed in the browser by the build's own pipeline. The text stays in the tab
 * (sessionStorage), never in a URL or a request.
 */
export function ReadOwnPage({ createParser = createWorkerParser }: ReadOwnPageProps) {
  const [text, setText] = useStoredText();
  const { state, parse, cancel, reset, fail } = useArticleParser(createParser);
  const [dragging, setDragging] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  /** The reader asked to see a long text in the box anyway. */
  const [longInBox, setLongInBox] = useState(false);
  const inBox = text.length <= BOX_MAX_CHARS || longInBox;
  /** The box just gave way to the long-text card while it had focus: the card takes it. */
  const focusCard = useRef(false);
  const submitRef = useRef<HTMLButtonElement>(null);
  const lastFile = useRef<File | null>(null);
  const focusAfterEdit = useRef(false);
  const textareaId = useId();
  const labelId = useId();
  const hintId = useId();

  // The prerendered form (dist/read.html) is there before its script: until the page runs,
  // typing would be lost to the script's first render and a submit would only reload it.
  const hydrated = useHydrated();
  const parsing = state.status === "parsing";
  const done = state.status === "done";

  useEffect(() => keepModelForOffline(), []);

  useEffect(() => {
    if (done || !focusAfterEdit.current) return;
    focusAfterEdit.current = false;
    window.scrollTo(0, 0);
    (textareaRef.current ?? cardRef.current)?.focus({ preventScroll: true });
  }, [done]);

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
    setText(value);
  };

  const showInBox = (): HTMLTextAreaElement | null => {
    flushSync(() => setLongInBox(true));
    return textareaRef.current;
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    if (longInBox) return;
    const box = event.currentTarget;
    const pasted = event.clipboardData.getData("text/plain");
    if (box.value.length - (box.selectionEnd - box.selectionStart) + pasted.length <= BOX_MAX_CHARS) return;
    // The browser would insert it into the box and lay all of it out: the page keeps it instead.
    event.preventDefault();
    focusCard.current = true;
    setText(pastedValue(box.value, box.selectionStart, box.selectionEnd, pasted));
  };

  const readText = () => {
    lastFile.current = null;
    void parse({ source: { kind: "text", text }, fileName: null });
  };

  const readFile = async (file: File) => {
    lastFile.current = file;
    if (file.size > MAX_FILE_BYTES) {
      fail({ kind: "too-large", bytes: file.size, limit: MAX_FILE_BYTES }, file.name);
      return;
    }
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch (error) {
      fail({ kind: "unreadable", message: error instanceof Error ? error.message : String(error) }, file.name);
      return;
    }
    void parse({ source: { kind: "file", name: file.name, bytes }, fileName: file.name, onText: setText });
  };

  const retry = () => {
    if (lastFile.current) void readFile(lastFile.current);
    else readText();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!parsing) readText();
  };

  const onCancel = () => {
    cancel();
    submitRef.current?.focus();
  };

  const onEdit = () => {
    focusAfterEdit.current = true;
    reset();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && parsing) {
      event.preventDefault();
      onCancel();
    }
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
    if (file) void readFile(file);
  };

  return (
    <div onKeyDown={onKeyDown}>
      {state.status === "done" && (
        <ReadResult key={state.run} article={state.article} timings={state.timings} onEdit={onEdit} />
      )}
      <div hidden={done} className={PAGE_COLUMN}>
        {!done && <title>اقرأ نصّك — قارئ الأخبار</title>}
        <ReadOwnIntro />
        {/* The prerendered page without its script: the form stays disabled, and says why. */}
        <noscript>
          <p className="mb-4 rounded-xl border border-border bg-surface px-4 py-3 text-base text-ink">
            تحتاج هذه الصفحة إلى جافاسكربت: به يُحلَّل النص في متصفحك. فعّله ثم أعد تحميل الصفحة.
          </p>
        </noscript>

        <form
          onSubmit={onSubmit}
          onDragEnter={onDragOver}
          onDragOver={onDragOver}
          onDragLeave={onDragLeave}
          onDrop={onDrop}
          aria-busy={parsing || undefined}
          noValidate
        >
          <fieldset disabled={!hydrated} className="contents">
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
              <LongTextCard text={text} labelId={labelId} cardRef={cardRef} onShowInBox={() => showInBox()?.focus()} />
            )}
            <p className="mt-1 mb-4 text-sm text-muted" aria-live="off">
              {text === "" ? "المربع فارغ" : countNoun(text.length, CHARACTER_NOUN)}
            </p>

            <FilePicker onFile={(file) => void readFile(file)} dragging={dragging} disabled={parsing} />

            <div className="mt-6 flex flex-wrap items-center gap-3">
              <button ref={submitRef} type="submit" aria-disabled={parsing || undefined} className={PRIMARY_BUTTON}>
                اقرأ
              </button>
              {text !== "" && !parsing && (
                <button
                  type="button"
                  onClick={() => {
                    // At once, so that the box (gone while a long text was held) is there to focus.
                    flushSync(() => {
                      setText("");
                      setLongInBox(false);
                    });
                    reset();
                    textareaRef.current?.focus();
                  }}
                  className="inline-flex min-h-11 items-center rounded-lg px-3 text-base text-muted underline underline-offset-4 hover:text-ink"
                >
                  امسح النص
                </button>
              )}
            </div>

            <ParseProgress state={state} onCancel={onCancel} />
            {state.status === "failed" && (
              <FailureNotice
                failure={state.failure}
                fileName={state.fileName}
                text={state.textInBox ? text : null}
                showLine={showInBox}
                onRetry={retry}
              />
            )}
          </fieldset>
        </form>
      </div>
    </div>
  );
}
