import { useEffect, useMemo, useRef, useState } from "react";
import type { Article, Person, Section } from "../../../article/schema";
import { MentionController } from "../hooks/mention-controller";
import { ReaderContext } from "../hooks/reader-context";
import type { ReaderContextValue } from "../hooks/reader-context";
import { createReaderStore } from "../hooks/reader-store";
import { useSectionNavigation } from "../hooks/useSectionNavigation";
import { MINUTE_NOUN, PERSON_NOUN, countNoun } from "../../../lib/arabic-numbers";
import { TITLE_UNIT, buildMentionIndex } from "../utils/mentions";
import { ArticleSection } from "./ArticleSection";
import { MentionCard } from "./MentionCard";
import { MentionText } from "./MentionText";
import { OutlineNav } from "./OutlineNav";
import { PeoplePanel } from "./PeoplePanel";
import { ReadingProgress } from "./ReadingProgress";
import {
  ARTICLE_HEADER,
  LAYOUT_ARTICLE,
  LAYOUT_GRID,
  LAYOUT_OUTLINE,
  LAYOUT_PANEL,
  META,
  TITLE,
} from "./reader-layout";

interface ArticleReaderProps {
  article: Article;
  /**
   * The body sections on the page so far, in order, while the rest are still being laid
   * out (the last one may be cut short): /read shows a long pasted text a slice at a time.
   * The whole article by default. Everything else (the outline, the people panel, the
   * mention index, the title and its meta line) is always the whole article's, so a new
   * slice renders only its own sections: whole sections that are the article's own
   * objects are skipped by ArticleSection's memo.
   */
  renderedSections?: readonly Section[];
  /**
   * The people panel is on the page (by default it is). Its "who appears where" table has
   * a column per section, and for a megabyte (~190 columns) its layout took 40–90 ms, so
   * /read adds it a frame after the first slice. Its column is in the grid either way, so
   * nothing moves when it comes.
   */
  withPanel?: boolean;
}

/**
 * The article page's content: outline, article, people panel, reading progress. Renders
 * the same markup on the server and on the client's first render; everything that reads
 * the window happens in effects and handlers. The one place that lays out an article:
 * the prerendered article pages hydrate against this markup, and /read uses it too.
 */
export function ArticleReader(props: ArticleReaderProps) {
  // A different article is a different reader: no card, choice or scroll state carries over.
  return <Reader key={props.article.slug} {...props} />;
}

function Reader({
  article,
  renderedSections = article.sections,
  withPanel = true,
}: ArticleReaderProps) {
  const [store] = useState(createReaderStore);
  const [mentions] = useState(() => new MentionController(store));
  const [highlight, setHighlightState] = useState(true);
  const [activePerson, setActivePerson] = useState<string | null>(null);
  const articleRef = useRef<HTMLElement>(null);
  const cardId = `${article.slug}-person-card`;

  const index = useMemo(() => buildMentionIndex(article), [article]);
  const peopleById = useMemo(
    () => new Map<string, Person>(article.people.map((p) => [p.id, p])),
    [article],
  );
  const sectionIds = useMemo(() => article.sections.map((s) => s.id), [article]);
  const headedIds = useMemo(
    () => article.sections.filter((s) => s.heading !== null).map((s) => s.id),
    [article],
  );
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

  // The same elements on every render: React then skips the outline, the people panel (its
  // table has a cell per person and section, ~1,000 for a megabyte) and the rest when only
  // the rendered sections change; they still follow the context (highlighting, the chosen person).
  const progress = useMemo(
    () => <ReadingProgress target={articleRef} dir={article.dir} />,
    [article.dir],
  );
  const outline = useMemo(() => <OutlineNav />, []);
  const card = useMemo(() => <MentionCard />, []);
  const panel = useMemo(() => (withPanel ? <PeoplePanel /> : null), [withPanel]);

  const lastId = article.sections[article.sections.length - 1]?.id;
  const peopleCount = article.people.length;
  return (
    <ReaderContext.Provider value={value}>
      {progress}
      <div dir={article.dir} className={LAYOUT_GRID}>
        <div className={LAYOUT_OUTLINE}>{outline}</div>
        <div className={LAYOUT_ARTICLE}>
          <article
            ref={articleRef}
            dir={article.dir}
            className="text-start leading-reading text-ink"
          >
            <header className={ARTICLE_HEADER}>
              <h1 dir="auto" className={TITLE}>
                <MentionText
                  unit={TITLE_UNIT}
                  text={article.title}
                  mentions={article.titleMentions}
                />
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
            {renderedSections.map((section) => (
              <ArticleSection
                key={section.id}
                section={section}
                dir={article.dir}
                last={section.id === lastId}
              />
            ))}
          </article>
          {card}
        </div>
        <div className={LAYOUT_PANEL}>{panel}</div>
      </div>
    </ReaderContext.Provider>
  );
}
