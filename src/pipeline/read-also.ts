/**
 * "Read also" (اقرأ أيضاً) links, from the line in the text to the href in the JSON: a link to
 * a related article that scrapers flatten into the text. Everything about them is here:
 *
 *   matchReadAlso("اقرأ أيضاً: مصادر تتحدّث عن لقاء")      finds the label and the title;
 *     → { label: "اقرأ أيضاً: ", title: "مصادر تتحدّث عن لقاء" }
 *   new ReadAlsoLinker({ slug, sidecar, knownArticles })   decides where each title links:
 *     the sidecar's URL if it is safe, else the app's article with that title, else the
 *     library's search for it, and says which sidecar links were refused or never used.
 *
 * structure.ts calls matchReadAlso to tell a read-also line from a paragraph; parse-article.ts
 * asks the linker for each one's href.
 */
import type { Diagnostic } from "../article/schema.ts";
import { foldWithOffsets } from "../text/fold.ts";
import { titleKey } from "../text/match-keys.ts";
import { unsafeUrlReason, type Sidecar } from "./sidecar.ts";

export const READ_ALSO = {
  /**
   * On the folded line (no tashkeel or tanween, alef forms → ا): an optional bullet or
   * opening bracket, then اقرأ/إقرأ/قرأ/طالع + أيضاً/ايضا/كذلك, or اقرأ المزيد, then an
   * optional colon or dash. إقرأ أيضًا: / اقرأ ايضا / اقرأ أيضاً - all fold to it.
   */
  LABEL:
    /^[\s\u200E\u200F]*(?:[-–—•*▪►»>]+\s*)?[«"“([]?\s*(?:(?:ا?قرا|طالع|شاهد)\s+(?:ايضا|كذلك)|ا?قرا\s+المزيد)\s*[»"”)\]]?\s*(?:[:：\-–—|»>]+\s*)?/,
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
  if (title !== "" && READ_ALSO.STARTS_WITH_WORD.test(title) && !READ_ALSO.LABEL_END.test(label))
    return null;
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
  const query = title
    .replace(READ_ALSO.INVISIBLE, "")
    .trim()
    .replace(READ_ALSO.LONE_SURROGATE, "\uFFFD");
  return { href: `/?q=${encodeURIComponent(query)}`, hrefSource: "search" };
}

/** `{ "t": "u" }` or `[{ title: "t", url: "u" }]` → [["t", "u"]] */
export function readAlsoLinks(sidecar: Sidecar): Array<[title: string, url: string]> {
  const links = sidecar.readAlso;
  if (!links) return [];
  return Array.isArray(links) ? links.map((l) => [l.title, l.url]) : Object.entries(links);
}

/** An article of the app, for read-also links to it. */
export interface KnownArticle {
  slug: string;
  title: string;
}

/**
 * The app's articles by title key. A build makes one and hands it to every parse:
 * folding every known title again for each article made a build of n articles cost n².
 */
export class KnownArticleIndex {
  private readonly byKey = new Map<string, string[]>();

  constructor(articles: Iterable<KnownArticle>) {
    for (const { slug, title } of articles) {
      const key = titleKey(title);
      const slugs = this.byKey.get(key);
      if (slugs) slugs.push(slug);
      else this.byKey.set(key, [slug]);
    }
  }

  /** The last article with this title key that is not `self` (an article never links to itself). */
  find(key: string, self: string): string | undefined {
    const slugs = this.byKey.get(key);
    if (!slugs) return undefined;
    for (let i = slugs.length - 1; i >= 0; i--) if (slugs[i] !== self) return slugs[i];
    return undefined;
  }
}

export interface ReadAlsoLinkerOptions {
  /** The article's own slug: it never links to itself. */
  slug: string;
  sidecar: Sidecar | null;
  /** The app's articles, so a read-also title can link to one of them (an index when parsing many). */
  knownArticles?: readonly KnownArticle[] | KnownArticleIndex;
}

/** Where one article's read-also titles link, and what became of its sidecar's links. */
export class ReadAlsoLinker {
  /** A warning for each sidecar link whose URL may not become a link. */
  readonly refused: Diagnostic[] = [];
  private readonly sidecarLinks = new Map<string, string>();
  private readonly used = new Set<string>();
  private readonly articles: HrefSources["articles"];

  constructor({ slug, sidecar, knownArticles }: ReadAlsoLinkerOptions) {
    for (const [title, url] of readAlsoLinks(sidecar ?? {})) {
      const reason = unsafeUrlReason(url);
      if (reason)
        this.refused.push({
          severity: "warning",
          code: "read-also-url-rejected",
          message: `sidecar readAlso link for "${title}" rejected: ${reason}`,
          line: null,
          text: url,
        });
      else this.sidecarLinks.set(titleKey(title), url.trim());
    }
    const known =
      knownArticles instanceof KnownArticleIndex
        ? knownArticles
        : new KnownArticleIndex(knownArticles ?? []);
    this.articles = { get: (key: string) => known.find(key, slug) };
  }

  /** The href of a read-also line's title. */
  link(title: string): ResolvedHref {
    const resolved = resolveHref(title, { sidecar: this.sidecarLinks, articles: this.articles });
    if (resolved.hrefSource === "sidecar") this.used.add(titleKey(title));
    return resolved;
  }

  /** A note for each sidecar link that no read-also line used: asked once every line is linked. */
  unused(): Diagnostic[] {
    return [...this.sidecarLinks.keys()]
      .filter((key) => !this.used.has(key))
      .map((key) => ({
        severity: "info",
        code: "read-also-link-unused",
        message: "a sidecar readAlso link matches no read-also line",
        line: null,
        text: key,
      }));
  }
}
