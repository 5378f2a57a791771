/**
 * The app's reader for /read, built from the reader's own parts (src/features/article) so
 * that a long article's body can arrive a slice at a time while everything else is made
 * once, for the whole article.
 *
 * Why not `<ArticleReader article={slice}>` with a growing slice: every part of the reader
 * reads one context built from the article, so each new slice re-rendered every name mark,
 * the outline and the people table already on the page, and a megabyte took seconds of
 * main-thread work in tasks of up to ~200 ms. Here the context (the mention index, the
 * outline, the people panel and its table) is the whole article's from the first render,
 * and a slice only adds its own sections: the work is the new text's and nothing else.
 *
 * The markup is ArticleReader's (same layout classes, same header); keep the two in step.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import type { Article, Person, Section } from "../../../article/schema";
import { ArticleSection } from "../../article/components/ArticleSection";
import { MentionCard } from "../../article/components/MentionCard";
import { MentionText } from "../../article/components/MentionText";
import { OutlineNav } from "../../article/components/OutlineNav";
import { PeoplePanel } from "../../article/components/PeoplePanel";
import { ReadingProgress } from "../../article/components/ReadingProgress";
import {
  ARTICLE_HEADER,
  LAYOUT_ARTICLE,
  LAYOUT_GRID,
  LAYOUT_OUTLINE,
  LAYOUT_PANEL,
  META,
  TITLE,
} from "../../article/components/reader-layout";
import { MentionController } from "../../article/hooks/mention-controller";
import { ReaderContext, type ReaderContextValue } from "../../article/hooks/reader-context";
import { createReaderStore } from "../../article/hooks/reader-store";
import { useSectionNavigation } from "../../article/hooks/useSectionNavigation";
import { MINUTE_NOUN, PERSON_NOUN, countNoun } from "../../article/utils/arabic-numbers";
import { TITLE_UNIT, buildMentionIndex } from "../../article/utils/mentions";

interface ProgressiveReaderProps {
  /** The whole article: the outline, the people panel and the mention index are built from it. */
  article: Article;
  /** The sections of the body on the page so far, in order (the last one may be cut short). */
  sections: readonly Section[];
  /**
   * The people panel is on the page. Its "who appears where" table has a column per
   * section, and ~190 columns took 40–90 ms of layout: it comes a frame after the first
   * slice rather than in the same frame. Its column is in the grid either way, so nothing moves.
   */
  withPanel: boolean;
}

export function ProgressiveReader({ article, sections, withPanel }: ProgressiveReaderProps) {
  const [store] = useState(createReaderStore);
  const [mentions] = useState(() => new MentionController(store));
  const [highlight, setHighlightState] = useState(true);
  const [activePerson, setActivePerson] = useState<string | null>(null);
  const articleRef = useRef<HTMLElement>(null);
  const cardId = `${article.slug}-person-card`;

  const index = useMemo(() => buildMentionIndex(article), [article]);
  const peopleById = useMemo(() => new Map<string, Person>(article.people.map((p) => [p.id, p])), [article]);
  const sectionIds = useMemo(() => article.sections.map((s) => s.id), [article]);
  const headedIds = useMemo(() => article.sections.filter((s) => s.heading !== null).map((s) => s.id), [article]);
  const { goToSection, release } = useSectionNavigation(sectionIds, headedIds, store);
  useEffect(() => {
    mentions.setOnMove(release);
    return () => {
      mentions.setOnMove(null);
      mentions.cancelTimers();
    };
  }, [mentions, release]);

  const value = useMemo<ReaderContextValue>(
    () => ({
      article,
      index,
      peopleById,
      highlight,
      setHighlight: (on: boolean) => {
        if (!on) mentions.close();
        setHighlightState(on);
      },
      activePerson,
      setActivePerson,
      store,
      mentions,
      goToSection,
      cardId,
    }),
    [article, index, peopleById, highlight, activePerson, store, mentions, goToSection, cardId],
  );

  // The same elements on every slice: React then skips the outline, the people panel (its
  // table has a cell per person and section, ~1,000 for a megabyte) and the rest, which
  // only change with the context (highlighting, the chosen person).
  const progress = useMemo(() => <ReadingProgress target={articleRef} dir={article.dir} />, [article.dir]);
  const outline = useMemo(() => <OutlineNav />, []);
  const card = useMemo(() => <MentionCard />, []);
  const panel = useMemo(() => (withPanel ? <PeoplePanel /> : null), [withPanel]);

  const lastId = article.sections[article.sections.length - 1]?.id;
  const peopleCount = article.people.length;
  return (
    <ReaderContext.Provider value={value}>
      {progress}
      <div dir={article.dir} className={LAYOUT_GRID}>
        <div className={LAYOUT_OUTLINE}>
          {outline}
        </div>
        <div className={LAYOUT_ARTICLE}>
          <article ref={articleRef} dir={article.dir} className="text-start leading-reading text-ink">
            <header className={ARTICLE_HEADER}>
              <h1 dir="auto" className={TITLE}>
                <MentionText unit={TITLE_UNIT} text={article.title} mentions={article.titleMentions} />
              </h1>
              <p className={`${META} flex flex-wrap gap-x-2 text-muted`}>
                <span>مدة القراءة: {countNoun(article.stats.readingMinutes, MINUTE_NOUN)}</span>
                {peopleCount > 0 && (
                  <>
                    <span aria-hidden="true">·</span>
                    <span>{countNoun(peopleCount, PERSON_NOUN)} في المقال</span>
                  </>
                )}
                {article.source.url !== null && (
                  <>
                    <span aria-hidden="true">·</span>
                    <a
                      href={article.source.url}
                      rel="noopener noreferrer"
                      className="underline underline-offset-4 hover:text-ink focus-visible:outline-2 focus-visible:outline-focus"
                    >
                      المصدر
                    </a>
                  </>
                )}
              </p>
            </header>
            {/* Whole sections are the article's own objects, so ArticleSection's memo skips them on later slices. */}
            {sections.map((section) => (
              <ArticleSection key={section.id} section={section} dir={article.dir} last={section.id === lastId} />
            ))}
          </article>
          {card}
        </div>
        <div className={LAYOUT_PANEL}>{panel}</div>
      </div>
    </ReaderContext.Provider>
  );
}
