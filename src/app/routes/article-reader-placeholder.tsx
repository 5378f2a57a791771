/*
 * Stand-ins until src/features/article/components/ArticleReader.tsx and
 * ArticleReaderSkeleton.tsx land (another engineer is writing them). Same names and props,
 * so switching is a change of import path in routes/article.tsx and routes/root.tsx.
 */
import type { Article } from "../../article/schema";

export function ArticleReader({ article }: { article: Article }) {
  return (
    <article dir={article.dir} className="mx-auto max-w-measure px-4 py-8 text-reader leading-reading">
      <h1 className="mb-6 text-3xl font-bold">{article.title}</h1>
      {article.sections.map((section) => (
        <section key={section.id} aria-labelledby={section.heading ? section.id : undefined}>
          {section.heading && (
            <h2 id={section.id} className="mt-8 mb-3 text-2xl font-bold">
              {section.heading}
            </h2>
          )}
          {section.blocks.map((block, index) =>
            block.type === "paragraph" ? (
              <p key={index} className="mb-4">
                {block.text}
              </p>
            ) : (
              <aside key={index} data-read-also="" aria-label={block.label} className="mb-4">
                {block.label} <a href={block.href}>{block.title}</a>
              </aside>
            ),
          )}
        </section>
      ))}
    </article>
  );
}

export function ArticleReaderSkeleton() {
  return (
    <div aria-hidden="true" className="mx-auto max-w-measure px-4 py-8">
      <div className="mb-6 h-10 w-3/4 rounded-md bg-border motion-safe:animate-pulse" />
      {[0, 1, 2, 3, 4, 5].map((index) => (
        <div key={index} className="mb-3 h-5 w-full rounded bg-border/70 motion-safe:animate-pulse" />
      ))}
    </div>
  );
}
