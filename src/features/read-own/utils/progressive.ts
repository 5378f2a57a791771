/**
 * Showing a long article a slice at a time. Laying out a megabyte of Arabic text in one go
 * held Chromium's main thread for about a second; slices of a few screens each keep every
 * task short, and the reader can start reading while the rest is appended.
 *
 * A slice is "the first n blocks" in reading order: whole sections before it, and the
 * section it ends in cut after its block. Section objects are reused as they are whenever
 * they are whole, so memoised sections do not render again.
 *
 * The reader (ArticleReader with renderedSections, in components/ReadResult.tsx) renders
 * only the new sections of a slice, so slices are sized by the text they add (and by time,
 * in hooks/useProgressiveArticle.ts), not by what is already shown.
 *
 *   blockOffsets(article)            → [120, 250, 400, …]  (characters read by the end of each block)
 *   sliceEnd(offsets, 2, 1000)       → the number of blocks once ~1000 more characters are shown
 *   sliceArticle(article, 3)         → the article with its first three blocks
 */
import type { Article, Block, Section } from "../../../article/schema";

function blockChars(block: Block): number {
  return block.type === "paragraph" ? block.text.length : block.label.length + block.title.length;
}

/**
 * The text read by the end of each block, in reading order (a section's heading counts
 * with its first block): offsets[i] = characters in the headings and blocks up to block i.
 */
export function blockOffsets(article: Article): number[] {
  const offsets: number[] = [];
  let chars = 0;
  for (const section of article.sections) {
    chars += section.heading?.length ?? 0;
    for (const block of section.blocks) {
      chars += blockChars(block);
      offsets.push(chars);
    }
  }
  return offsets;
}

/**
 * How many blocks to show once about `chars` more characters are added to the first
 * `shown`: at least one block more, at most all of them.
 *
 *   sliceEnd([100, 200, 300, 400], 1, 150) → 3   (blocks 2 and 3 bring 200 characters)
 */
export function sliceEnd(offsets: readonly number[], shown: number, chars: number): number {
  const target = (shown > 0 ? (offsets[shown - 1] ?? 0) : 0) + chars;
  let lo = shown;
  let hi = offsets.length - 1;
  // The first block whose offset reaches the target.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] ?? 0) >= target) hi = mid;
    else lo = mid + 1;
  }
  return Math.min(offsets.length, Math.max(shown + 1, lo + 1));
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
  if (
    sections.length === article.sections.length &&
    sections[sections.length - 1] === article.sections[article.sections.length - 1]
  ) {
    return article;
  }
  return { ...article, sections };
}
