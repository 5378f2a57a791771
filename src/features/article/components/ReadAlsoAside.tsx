import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Article, ReadAlsoBlock } from "../../../article/schema";
import { printableHref } from "../../../lib/print";
import { useReader } from "../hooks/reader-context";
import { toArabicDigits } from "../../../lib/arabic-numbers";
import { MentionText } from "./MentionText";

const READ_ALSO = "اقرأ أيضاً";

interface ReadAlsoAsideProps {
  block: ReadAlsoBlock;
  unit: string;
  dir: "rtl" | "ltr";
}

/**
 * A "read also" line, where it stood in the text: a labelled aside holding one link.
 * Landmarks need distinct names, so a second one in the same article is "اقرأ أيضاً (٢)".
 */
export function ReadAlsoAside({ block, unit, dir }: ReadAlsoAsideProps) {
  const { article } = useReader();
  const ordinal = readAlsoOrdinal(article, block.id);
  const label = ordinal > 1 ? `${READ_ALSO} (${toArabicDigits(ordinal)})` : READ_ALSO;
  const title = (
    <MentionText unit={unit} text={block.title} mentions={block.mentions} interactive={false} />
  );
  return (
    <aside
      data-read-also=""
      aria-label={label}
      dir={dir}
      className="my-[1.5em] rounded-e-md border-s-4 border-accent bg-surface py-[0.6em] ps-[1em] pe-[0.8em]"
    >
      <p className="text-[0.8em] font-bold text-muted">{READ_ALSO}</p>
      <p dir="auto" className="font-bold">
        <RelatedLink href={block.href}>{title}</RelatedLink>
      </p>
    </aside>
  );
}

const linkClass =
  "text-accent underline decoration-1 underline-offset-[0.35em] hover:decoration-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus";

/**
 * In-app paths go through the router; anything else is an ordinary link. On paper the
 * address is printed after the title, decoded so that an Arabic query reads as Arabic.
 */
function RelatedLink({ href, children }: { href: string; children: ReactNode }) {
  if (href.startsWith("/") && !href.startsWith("//")) {
    return (
      <Link to={href} className={linkClass} data-print-href={printableHref(href)}>
        {children}
      </Link>
    );
  }
  return (
    <a
      href={href}
      className={linkClass}
      rel="noopener noreferrer"
      data-print-href={printableHref(href)}
    >
      {children}
    </a>
  );
}

/** 1 for the article's first read-also line, 2 for the second … */
function readAlsoOrdinal(article: Article, id: string): number {
  let ordinal = 0;
  for (const section of article.sections) {
    for (const block of section.blocks) {
      if (block.type !== "readAlso") continue;
      ordinal += 1;
      if (block.id === id) return ordinal;
    }
  }
  return 1;
}
