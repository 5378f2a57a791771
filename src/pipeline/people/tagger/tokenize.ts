/**
 * Tokenizing free text the way ANERcorp is tokenized, so that the tagger sees at run time
 * what it saw in training: whitespace words with their clitics still attached (وأردوغان
 * stays one token), and punctuation at the edges of a word split off, one mark per token
 * (ANERcorp writes `لافروف ،` and `" بوغدانوف "`). Offsets are UTF-16 code units into the
 * verbatim text, end exclusive, so a tagged span maps straight back onto the source.
 */

export interface TextToken {
  text: string;
  start: number;
  end: number;
}

// Punctuation that stands as its own token. Letters, digits, combining marks (tashkeel)
// and tatweel stay inside words; % and other symbols stay attached as in ANERcorp ("9%").
const EDGE_PUNCT = /[\p{P}]/u;
const SPACE = /[\s\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

const KEPT = new Set(["%", "\u066A", "\u2030"]);

function isEdgePunct(ch: string): boolean {
  return EDGE_PUNCT.test(ch) && !KEPT.has(ch);
}

export function tokenizeText(text: string): TextToken[] {
  const out: TextToken[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Skip whitespace and invisible direction controls: they never belong to a name.
    const ch = text[i] as string;
    if (SPACE.test(ch)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && !SPACE.test(text[j] as string)) j++;
    splitWord(text, i, j, out);
    i = j;
  }
  return out;
}

/** Splits one whitespace word [s, e) into leading marks, the core, and trailing marks. */
function splitWord(text: string, s: number, e: number, out: TextToken[]): void {
  let a = s;
  const lead: TextToken[] = [];
  while (a < e) {
    const cp = codePointLength(text, a);
    const ch = text.slice(a, a + cp);
    if (!isEdgePunct(ch)) break;
    lead.push({ text: ch, start: a, end: a + cp });
    a += cp;
  }
  let b = e;
  const trail: TextToken[] = [];
  while (b > a) {
    const cp = b - 2 >= a && isLowSurrogate(text.charCodeAt(b - 1)) ? 2 : 1;
    const ch = text.slice(b - cp, b);
    if (!isEdgePunct(ch)) break;
    trail.push({ text: ch, start: b - cp, end: b });
    b -= cp;
  }
  for (const t of lead) out.push(t);
  if (b > a) out.push({ text: text.slice(a, b), start: a, end: b });
  for (let k = trail.length - 1; k >= 0; k--) out.push(trail[k] as TextToken);
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))
    ? 2
    : 1;
}

const SENTENCE_END = new Set([".", "؟", "?", "!", "…", "؛"]);

/** True when a token ends a sentence (ANERcorp has no sentence breaks: we make our own). */
export function endsSentence(token: string): boolean {
  return SENTENCE_END.has(token);
}

/**
 * Cuts a token sequence into sentences after sentence-ending marks; returns [start, end)
 * index pairs. Decoding is linear in length, so a text without any mark is simply one long
 * sentence.
 */
export function sentenceRanges(tokens: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (endsSentence(tokens[i] as string)) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < tokens.length) out.push([start, tokens.length]);
  return out;
}
