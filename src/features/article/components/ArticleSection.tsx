import { memo } from "react";
import type { Block, Section } from "../../../article/schema";
import { blockUnit, headingUnit } from "../utils/mentions";
import { MentionText } from "./MentionText";
import { ReadAlsoAside } from "./ReadAlsoAside";

/**
 * Where a heading lands when scrolled to: clear of the top edge and of a sticky bar the
 * app shell may set as `--reader-sticky-top`.
 */
export const SCROLL_MARGIN = "scroll-mt-[calc(var(--reader-sticky-top,0px)+1.25rem)]";

interface ArticleSectionProps {
  section: Section;
  dir: "rtl" | "ltr";
  /**
   * The last section is at least a screen tall on wide screens (where nothing follows the
   * article in its column), so that its heading too can be scrolled to the top.
   */
  last: boolean;
}

/**
 * A section: `<section aria-labelledby>` with an `h2` carrying the section's id. The lead
 * has no heading; it stays a plain block with the id, so `#lead` still has a target.
 */
export const ArticleSection = memo(function ArticleSection({
  section,
  dir,
  last,
}: ArticleSectionProps) {
  const blocks = (
    <div
      className="reader-blocks"
      data-last={last ? "" : undefined}
      data-lines={estimatedLines(section.blocks)}
    >
      {section.blocks.map((block, i) => (
        <ArticleBlock key={i} block={block} unit={blockUnit(section.id, i)} dir={dir} />
      ))}
    </div>
  );
  if (section.heading === null) {
    return (
      <div id={section.id} tabIndex={-1} dir={dir} className={SCROLL_MARGIN}>
        {blocks}
      </div>
    );
  }
  return (
    <section
      aria-labelledby={section.id}
      dir={dir}
      className={last ? "xl:min-h-[calc(100dvh-var(--reader-sticky-top,0px)-1.25rem)]" : undefined}
    >
      <h2
        id={section.id}
        tabIndex={-1}
        dir="auto"
        className={`${SCROLL_MARGIN} mt-[1.8em] mb-[0.6em] text-[1.3em] leading-[1.6] font-bold text-ink focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-focus`}
      >
        <MentionText
          unit={headingUnit(section.id)}
          text={section.heading}
          mentions={section.headingMentions}
        />
      </h2>
      {blocks}
    </section>
  );
});

/** Characters on a line of the reading column (65ch of Arabic text), for the estimate below. */
const CHARS_PER_LINE = 86;
/** A paragraph's bottom margin (1em) in lines of 1.9em. */
const BLOCK_GAP_LINES = 0.53;

/**
 * The blocks' height in lines, for `contain-intrinsic-block-size` while they are skipped
 * (see `.reader-blocks` in index.css). Only an estimate: once shown, the real height is
 * remembered; what must be exact (where a heading lands) does not depend on it.
 */
function estimatedLines(blocks: readonly Block[]): number {
  let lines = 0;
  for (const block of blocks) {
    const chars =
      block.type === "paragraph" ? block.text.length : block.label.length + block.title.length + 40;
    lines += Math.ceil(chars / CHARS_PER_LINE) + BLOCK_GAP_LINES;
  }
  return Math.round(lines);
}

function ArticleBlock({ block, unit, dir }: { block: Block; unit: string; dir: "rtl" | "ltr" }) {
  if (block.type === "readAlso") return <ReadAlsoAside block={block} unit={unit} dir={dir} />;
  return (
    <p dir="auto" className="mb-[1em]">
      <MentionText unit={unit} text={block.text} mentions={block.mentions} />
    </p>
  );
}
