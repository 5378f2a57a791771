/**
 * Showing a long article a slice at a time. Laying out a megabyte of Arabic text in one go
 * held Chromium's main thread for about a second; slices of a few screens each keep every
 * task short, and the reader can start reading while the rest is appended.
 *
 * A slice is "the first n blocks" in reading order: whole sections before it, and the
 * section it ends in cut after its block. Section objects are reused as they are whenever
 * they are whole, so memoised sections do not render again.
 *
 * The reader (components/ProgressiveReader.tsx) renders only the new sections of a step,
 * so /read uses fixed steps (`growth` 0). `growth` makes each step a share of what is
 * already shown, for a renderer whose every step re-renders all of it: fixed steps there
 * make the work quadratic.
 *
 *   articleSteps(article, 1000, 0.5) → [10, 20, 30, 45, 68, 100]  (100 blocks of 100 characters)
 *   sliceArticle(article, 3)      → the article with its first three blocks
 */
import type { Article, Block, Section } from "../../../article/schema";

function blockChars(block: Block): number {
  return block.type === "paragraph" ? block.text.length : block.label.length + block.title.length;
}

/**
 * The number of blocks to show after each step: the first step about `firstChars` of text,
 * each later one the larger of that and `growth` times the text already shown.
 */
export function articleSteps(article: Article, firstChars: number, growth = 0): number[] {
  const steps: number[] = [];
  let blocks = 0;
  let chars = 0;
  let shown = 0;
  for (const section of article.sections) {
    chars += section.heading?.length ?? 0;
    for (const block of section.blocks) {
      blocks += 1;
      chars += blockChars(block);
      if (chars >= Math.max(firstChars, shown * growth)) {
        steps.push(blocks);
        shown += chars;
        chars = 0;
      }
    }
  }
  if (steps[steps.length - 1] !== blocks || steps.length === 0) steps.push(blocks);
  return steps;
}

/** The article cut after its first `blocks` blocks (the whole article, same object, when that is all of it). */
export function sliceArticle(article: Article, blocks: number): Article {
  const sections: Section[] = [];
  let left = blocks;
  for (const section of article.sections) {
    // A section whose first block is not shown yet is not shown either (its heading would
    // stand alone); an empty section is shown once the ones before it are whole.
    if (left < 0 || (left === 0 && section.blocks.length > 0)) break;
    if (section.blocks.length <= left) sections.push(section);
    else sections.push({ ...section, blocks: section.blocks.slice(0, left) });
    left -= section.blocks.length;
  }
  if (sections.length === article.sections.length && sections[sections.length - 1] === article.sections[article.sections.length - 1]) {
    return article;
  }
  return { ...article, sections };
}
