/**
 * The page's parse state: one parser for the page's life (started on mount, so the model
 * loads while the reader pastes), one parse at a time, cancel, and the result rendered as
 * a transition so that React yields to input while it builds a long article.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import type { Article } from "../../../article/schema";
import type { ArticleParser } from "../api/article-parser";
import type { ParseSource, ParseStage, ParseTimings } from "../api/protocol";
import type { ReadFailure } from "../utils/messages";

export type ParseState =
  | { status: "idle" }
  | { status: "parsing"; stage: ParseStage | "rendering" | null; fileName: string | null }
  | {
      status: "failed";
      failure: ReadFailure;
      fileName: string | null;
      /** The text the failure's line refers to is in the box (pasted, or a decoded file put there). */
      textInBox: boolean;
    }
  | { status: "cancelled" }
  | { status: "done"; article: Article; timings: ParseTimings; run: number };

export interface ParseRequest {
  source: ParseSource;
  /** The dropped file's name, for messages; null for pasted text. */
  fileName: string | null;
  /** Called with a file's decoded text (parsed, or refused with a line in it), so the page can show it for editing. */
  onText?: (text: string) => void;
}

export function useArticleParser(createParser: () => ArticleParser) {
  const parserRef = useRef<ArticleParser | null>(null);
  const runRef = useRef(0);
  const [state, setState] = useState<ParseState>({ status: "idle" });

  useEffect(() => {
    const parser = createParser();
    parserRef.current = parser;
    parser.warm();
    return () => {
      parser.dispose();
      parserRef.current = null;
    };
  }, [createParser]);

  const parse = useCallback(async ({ source, fileName, onText }: ParseRequest) => {
    const parser = parserRef.current;
    if (!parser) return;
    const run = ++runRef.current;
    setState({ status: "parsing", stage: null, fileName });
    const outcome = await parser.parse(source, (stage) => {
      if (runRef.current === run) setState({ status: "parsing", stage, fileName });
    });
    if (runRef.current !== run) return;
    if (outcome.status === "cancelled") setState({ status: "cancelled" });
    else if (outcome.status === "failed") {
      const text = outcome.text ?? null;
      if (text !== null) onText?.(text);
      setState({
        status: "failed",
        failure: outcome.failure,
        fileName,
        textInBox: fileName === null || text !== null,
      });
    } else {
      if (outcome.text !== null) onText?.(outcome.text);
      setState({ status: "parsing", stage: "rendering", fileName });
      // A long article is many components: built in a transition, React yields every few
      // milliseconds, so the cancel button and scrolling keep working while it renders.
      startTransition(() => {
        if (runRef.current === run)
          setState({ status: "done", article: outcome.article, timings: outcome.timings, run });
      });
    }
  }, []);

  const cancel = useCallback(() => {
    runRef.current++;
    parserRef.current?.cancel();
    setState({ status: "cancelled" });
  }, []);

  /** Back to editing: the result (or message) is dropped; the text stays. */
  const reset = useCallback(() => {
    runRef.current++;
    setState({ status: "idle" });
  }, []);

  /** A failure found on the page, before any parse (a file too large, unreadable). */
  const fail = useCallback((failure: ReadFailure, fileName: string | null) => {
    runRef.current++;
    setState({ status: "failed", failure, fileName, textInBox: false });
  }, []);

  return { state, parse, cancel, reset, fail };
}
