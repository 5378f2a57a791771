import { useEffect, useRef, type KeyboardEvent } from "react";
import { createWorkerParser, type ArticleParser } from "../api/article-parser";
import { keepModelForOffline } from "../api/offline-model";
import { useArticleParser } from "../hooks/useArticleParser";
import { useStoredText } from "../hooks/useStoredText";
import { FailureNotice } from "./FailureNotice";
import { ParseProgress } from "./ParseProgress";
import { useHydrated } from "../../../lib/use-hydrated";
import { ReadOwnIntro } from "./ReadOwnIntro";
import { ReadResult, type ReaderComponent } from "./ReadResult";
import { TextForm, type TextFormHandle } from "./TextForm";
import { PAGE_COLUMN } from "./read-own-layout";

/** Larger files are refused before reading: a dropped video should not fill the tab's memory. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

interface ReadOwnPageProps {
  /** The browser parses in a worker; tests pass an in-process parser. */
  createParser?: () => ArticleParser;
  /** What shows the text once read: the app's article reader (see ReadResult). */
  Reader: ReaderComponent;
}

/**
 * /read: the reader pastes an article or drops a .txt file and reads it in the app's reader,
 * parsed in the browser by the build's own pipeline. The text stays in the tab
 * (sessionStorage), never in a URL or a request.
 *
 * The form (TextForm), how the reading goes under it (ParseProgress, FailureNotice), and
 * the article once read (ReadResult), in place of the form.
 */
export function ReadOwnPage({ createParser = createWorkerParser, Reader }: ReadOwnPageProps) {
  const [text, setText] = useStoredText();
  const { state, parse, cancel, reset, fail } = useArticleParser(createParser);
  const form = useRef<TextFormHandle>(null);
  const lastFile = useRef<File | null>(null);
  const focusAfterEdit = useRef(false);

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
    form.current?.focusText();
  }, [done]);

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
      fail(
        { kind: "unreadable", message: error instanceof Error ? error.message : String(error) },
        file.name,
      );
      return;
    }
    void parse({
      source: { kind: "file", name: file.name, bytes },
      fileName: file.name,
      onText: setText,
    });
  };

  const retry = () => {
    if (lastFile.current) void readFile(lastFile.current);
    else readText();
  };

  const onCancel = () => {
    cancel();
    form.current?.focusSubmit();
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

  return (
    <div onKeyDown={onKeyDown}>
      {state.status === "done" && (
        <ReadResult
          key={state.run}
          article={state.article}
          timings={state.timings}
          onEdit={onEdit}
          Reader={Reader}
        />
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

        <TextForm
          ref={form}
          text={text}
          onText={setText}
          parsing={parsing}
          disabled={!hydrated}
          onRead={readText}
          onFile={(file) => void readFile(file)}
          onClear={reset}
        >
          <ParseProgress state={state} onCancel={onCancel} />
          {state.status === "failed" && (
            <FailureNotice
              failure={state.failure}
              fileName={state.fileName}
              text={state.textInBox ? text : null}
              showLine={() => form.current?.showInBox() ?? null}
              onRetry={retry}
            />
          )}
        </TextForm>
      </div>
    </div>
  );
}
