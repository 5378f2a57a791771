/**
 * "Read also" lines: a link to a related article that scrapers flatten into the text.
 *
 *   matchReadAlso("اقرأ أيضاً: مصادر تتحدّث عن لقاء")
 *     → { label: "اقرأ أيضاً: ", title: "مصادر تتحدّث عن لقاء" }
 *   matchReadAlso("روسيا تتحدث") → null
 */
import { foldWithOffsets } from "../text/fold.ts";
import { titleKey } from "../text/match-keys.ts";

export const READ_ALSO = {
  /**
   * On the folded line (no tashkeel or tanween, alef forms → ا): an optional bullet or
   * opening bracket, then اقرأ/إقرأ/قرأ/طالع + أيضاً/ايضا/كذلك, or اقرأ المزيد, then an
   * optional colon or dash. إقرأ أيضًا: / اقرأ ايضا / اقرأ أيضاً - all fold to it.
   */
  LABEL: /^[\s\u200E\u200F]*(?:[-–—•*▪►»>]+\s*)?[«"“([]?\s*(?:(?:ا?قرا|طالع|شاهد)\s+(?:ايضا|كذلك)|ا?قرا\s+المزيد)\s*[»"”)\]]?\s*(?:[:：\-–—|»>]+\s*)?/,
  /** The label sits in the first few characters: only they are folded and matched. */
  LABEL_WINDOW: 64,
  /** A title glued to the label ("اقرأ ايضاحات") starts with a letter right after a label that ends in one. */
  STARTS_WITH_WORD: /^[\p{L}\p{N}]/u,
  LABEL_END: /[\s:：\-–—|»>]$/,
  /** A read-also title longer than this is a sentence that happens to start with the words. */
  MAX_TITLE_CHARS: 300,
  /** Bidi controls, zero-width spaces and BOMs (not the joiners emoji and Persian need): noise in a search query. */
  INVISIBLE: /[\u200B\u200E\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g,
  /** Half of a surrogate pair: `encodeURIComponent` throws on it (found by the property test). */
  LONE_SURROGATE: /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
} as const;

export interface ReadAlsoMatch {
  /** The label verbatim, with its punctuation and the spaces after it. */
  label: string;
  /** The rest of the line verbatim ("" when the title is on the next line). */
  title: string;
}

export function matchReadAlso(text: string): ReadAlsoMatch | null {
  const window = text.slice(0, READ_ALSO.LABEL_WINDOW);
  const { folded, toSource } = foldWithOffsets(window);
  const m = READ_ALSO.LABEL.exec(folded);
  if (!m) return null;
  const cut = toSource[m[0].length] ?? window.length;
  const label = text.slice(0, cut);
  const title = text.slice(cut);
  if (title.length > READ_ALSO.MAX_TITLE_CHARS) return null;
  // "اقرأ أيضاًً" followed by a word glued to it is not a label ("اقرأ ايضاحات").
  if (title !== "" && READ_ALSO.STARTS_WITH_WORD.test(title) && !READ_ALSO.LABEL_END.test(label)) return null;
  return { label, title };
}

export interface HrefSources {
  /** Sidecar links by title key. */
  sidecar: ReadonlyMap<string, string>;
  /** In-app articles: title key → slug. */
  articles: { get(key: string): string | undefined };
}

export interface ResolvedHref {
  href: string;
  hrefSource: "sidecar" | "article" | "search";
}

/** "مصادر تتحدّث" with no sidecar link or article → { href: "/?q=%D9%85...", hrefSource: "search" } */
export function resolveHref(title: string, sources: HrefSources): ResolvedHref {
  const key = titleKey(title);
  const fromSidecar = sources.sidecar.get(key);
  if (fromSidecar !== undefined) return { href: fromSidecar, hrefSource: "sidecar" };
  const slug = sources.articles.get(key);
  if (slug !== undefined) return { href: `/articles/${slug}`, hrefSource: "article" };
  const query = title.replace(READ_ALSO.INVISIBLE, "").trim().replace(READ_ALSO.LONE_SURROGATE, "\uFFFD");
  return { href: `/?q=${encodeURIComponent(query)}`, hrefSource: "search" };
}
