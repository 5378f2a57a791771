/**
 * The app's reader for /read: ArticleReader, with the body a slice at a time (the slices
 * come from hooks/useProgressiveArticle.ts) and the people panel a frame after the first.
 *
 * Why not `<ArticleReader article={slice}>` with a growing slice: every part of the reader
 * reads one context built from the article, so each new slice re-rendered every name mark,
 * the outline and the people table already on the page, and a megabyte took seconds of
 * main-thread work in tasks of up to ~200 ms. ArticleReader is given the whole article
 * (its context, outline and people panel are built once from it) and only the sections
 * shown so far, so a slice's work is its new text's and nothing else.
 */
import type { Article, Section } from "../../../article/schema";
import { ArticleReader } from "../../article/components/ArticleReader";

interface ProgressiveReaderProps {
  /** The whole article: the outline, the people panel and the mention index are built from it. */
  article: Article;
  /** The sections of the body on the page so far, in order (the last one may be cut short). */
  sections: readonly Section[];
  /**
   * The people panel is on the page. Its "who appears where" table has a column per
   * section, and ~190 columns took 40–90 ms of layout: it comes a frame after the first
   * slice rather than in the same frame.
   */
  withPanel: boolean;
}

export function ProgressiveReader({ article, sections, withPanel }: ProgressiveReaderProps) {
  return <ArticleReader article={article} renderedSections={sections} withPanel={withPanel} />;
}
