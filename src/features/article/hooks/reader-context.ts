/**
 * What every part of the reader shares: the article and its mention index, the user's
 * choices (highlighting, the chosen person), the fast-changing store, the mention
 * controller, and section navigation. Provided by `ArticleReader`.
 */
import { createContext, useContext } from "react";
import type { Article, Person } from "../../../article/schema";
import type { MentionIndex } from "../utils/mentions";
import type { MentionController } from "./mention-controller";
import type { ReaderStore } from "./reader-store";

export interface ReaderContextValue {
  article: Article;
  index: MentionIndex;
  peopleById: ReadonlyMap<string, Person>;
  /** Highlighting of names on (the default) or off; off changes colours only. */
  highlight: boolean;
  setHighlight: (on: boolean) => void;
  /** The person chosen in the people panel, whose mentions are marked strongly. */
  activePerson: string | null;
  setActivePerson: (id: string | null) => void;
  store: ReaderStore;
  mentions: MentionController;
  /** Scrolls to a section, focuses its heading and pushes `#id` as a new history entry. */
  goToSection: (id: string) => void;
  /** `id` for the card element, referenced by the focused mention's aria-describedby. */
  cardId: string;
}

export const ReaderContext = createContext<ReaderContextValue | null>(null);

export function useReader(): ReaderContextValue {
  const value = useContext(ReaderContext);
  if (!value) throw new Error("useReader must be used inside <ArticleReader>");
  return value;
}
