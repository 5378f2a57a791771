/**
 * The trained tagger behind the pipeline's PersonRecognizer interface.
 *
 * 1. Tokenize every text unit, keeping UTF-16 offsets into the verbatim text.
 * 2. Tag them all as one document (the second pass looks across the whole article).
 * 3. Make mentions from the tagged spans, the clitic (و ف ب ل ك) left outside the mention
 *    when the rest of the word is the name — except inside lam-alef (لأردوغان), where a
 *    boundary would split a ligature, so the whole word is the mention.
 * 4. Add a short quoted phrase right after a title (a hand-written cue, as a fallback), and
 *    repeat what the text itself establishes: once "بشار الأسد" is a name, a later or earlier
 *    bare "الأسد" (نظام الأسد) is the same name even where the tagger missed it.
 * 5. Group mentions into people: the same folded name, or a surname (or first name) alone
 *    that belongs to exactly one full name in the text, nearest first.
 * 6. Each person: id p1, p2 … in order of first mention; the fullest verbatim form as name;
 *    the title phrase right before a full mention as role (the first full mention that has
 *    one; "" when none has).
 */
import type {
  PersonRecognizer,
  RecognizedMention,
  RecognizedPeople,
  RecognizedPerson,
  TextUnit,
} from "../recognizer.ts";
import {
  FUNCTION_WORDS,
  SPEECH_WORDS,
  TITLE_WORDS,
  deepFold,
  featureFold,
  inSet,
  isNisba,
  isQuote,
  splitClitics,
  stripEdgePunct,
} from "./arabic.ts";
import type { TaggerModel } from "./model.ts";
import { Tagger } from "./tagger.ts";
import { sentenceRanges, tokenizeText } from "./tokenize.ts";
import type { TextToken } from "./tokenize.ts";

interface DocToken extends TextToken {
  unit: number;
  /** Folded form without edge punctuation, for matching. */
  key: string;
}

interface Mention {
  unit: number;
  /** Token range [first, last] in the document. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Folded words of the name, clitic removed. */
  words: string[];
  text: string;
  person?: Cluster;
}

interface Cluster {
  /** Folded words of the fullest name. */
  words: string[];
  mentions: Mention[];
}

const PUNCT_ONLY = /^[\p{P}\p{S}]+$/u;
const COMBINING = /[\u064B-\u065F\u0670\u0640]/;
const COMBINING_ALL = /[\u064B-\u065F\u0670\u0640]/g;
const ALEF_FORMS = /[\u0627\u0622\u0623\u0625\u0671]/;
const CLITIC_LETTERS = new Set(["و", "ف", "ب", "ل", "ك"]);

function isPunct(text: string): boolean {
  return PUNCT_ONLY.test(text);
}

/** UTF-16 length of the first `letters` letters of `word`, with the marks that follow them. */
function prefixLength(word: string, letters: number): number {
  let i = 0;
  let seen = 0;
  while (i < word.length && seen < letters) {
    i++;
    seen++;
    while (i < word.length && COMBINING.test(word[i] as string)) i++;
  }
  return i;
}

/**
 * A name another recognizer found (the hand-written cues, see ../combined.ts): UTF-16
 * offsets into `units[unit].text`. It joins the tagger's spans before repeats and grouping.
 */
export interface SpanHint {
  unit: number;
  start: number;
  end: number;
}

export interface TaggerRecognizer extends PersonRecognizer {
  /** As recognize, with names found by other means added (see SpanHint). */
  recognizeWith(units: readonly TextUnit[], hints: readonly SpanHint[]): RecognizedPeople;
}

/**
 * Tagger spans and hints together, overlaps resolved: the longer span wins (a hint "بشار
 * الأسد" over the tagger's "الأسد", the tagger's "رجب طيب أردوغان" over a hint "أردوغان"),
 * the tagger's on a tie. A longer span holds the shorter one's words, and grouping then
 * joins the shorter repeats to it.
 */
function mergeSpans(
  tagged: ReadonlyArray<[number, number]>,
  hinted: ReadonlyArray<[number, number]>,
  tokenCount: number,
): Array<[number, number]> {
  const all = [...tagged.map((s) => ({ s, rank: 0 })), ...hinted.map((s) => ({ s, rank: 1 }))];
  all.sort((x, y) => y.s[1] - y.s[0] - (x.s[1] - x.s[0]) || x.rank - y.rank || x.s[0] - y.s[0]);
  // Tokens already in a kept span: an overlap test costs the span's length, not the number
  // of spans kept, so a long text stays linear.
  const held = new Uint8Array(tokenCount);
  const kept: Array<[number, number]> = [];
  for (const { s } of all) {
    let free = true;
    for (let k = s[0]; k <= s[1] && free; k++) free = held[k] === 0;
    if (!free) continue;
    for (let k = s[0]; k <= s[1]; k++) held[k] = 1;
    kept.push(s);
  }
  return kept.sort((x, y) => x[0] - y[0]);
}

export function createTaggerRecognizer(model: TaggerModel): TaggerRecognizer {
  const tagger = new Tagger(model);
  const lists = model.lists;
  const knownName = (w: string): boolean => lists.first.has(w) || lists.rest.has(w);
  const leadingNisba = (w: string): boolean =>
    isNisba(splitClitics(w)) && !knownName(w) && model.gazetteer?.given.has(deepFold(w)) !== true;

  const recognizer: TaggerRecognizer = {
    recognize(units: readonly TextUnit[]): RecognizedPeople {
      return recognizer.recognizeWith(units, []);
    },
    recognizeWith(units: readonly TextUnit[], hints: readonly SpanHint[]): RecognizedPeople {
      const tokens: DocToken[] = [];
      const ranges: Array<[number, number]> = [];
      units.forEach((unit, u) => {
        const own = tokenizeText(unit.text);
        const base = tokens.length;
        for (const t of own) {
          const f = featureFold(t.text);
          tokens.push({ ...t, unit: u, key: stripEdgePunct(f) || f });
        }
        for (const [s, e] of sentenceRanges(own.map((t) => t.text)))
          ranges.push([base + s, base + e]);
      });
      const words = tokens.map((t) => t.text);
      const tags = tagger.tagDocument(words, ranges, Number.POSITIVE_INFINITY);

      // Spans from the tags, trimmed of punctuation, never across units.
      const spans: Array<[number, number]> = [];
      for (let i = 0; i < tokens.length; i++) {
        if (tags[i] === 0) continue;
        let j = i;
        while (
          j + 1 < tokens.length &&
          tags[j + 1] === 2 &&
          tokens[j + 1]?.unit === tokens[i]?.unit
        )
          j++;
        let a = i;
        let b = j;
        while (a <= b && isPunct(tokens[a]?.text ?? "")) a++;
        while (b >= a && isPunct(tokens[b]?.text ?? "")) b--;
        // A nisba adjective no list knows as a name does not begin one: it belongs to the
        // title before it (المبعوث الأممي [غير بيدرسون]). Here, not in the tagger itself
        // (tag:people): on ANERcorp such spans are too rare to measure.
        while (a < b && leadingNisba((tokens[a] as DocToken).key)) a++;
        // Words that training saw often and never in a name (التركي، المسؤول، آخر), or whose
        // definite form is such a word (روسي ← الروسي, a nisba adjective), make no name on
        // their own: the tagger's commonest slip right after a title (مسؤولٌ روسيٌّ آخر).
        const commonWord = (w: string): boolean => (lists.seen.get(w) ?? 0) >= 3 && !knownName(w);
        const notName = (w: string): boolean =>
          commonWord(w) || (w.endsWith("ي") && !lists.first.has(w) && commonWord(`ال${w}`));
        let neverName = a <= b;
        for (let k = a; k <= b && neverName; k++) neverName = notName((tokens[k] as DocToken).key);
        if (a <= b && !neverName) spans.push([a, b]);
        i = j;
      }

      const merged = mergeSpans(spans, hintSpans(tokens, hints), tokens.length);
      spans.length = 0;
      spans.push(...merged);
      const taken = new Uint8Array(tokens.length);
      for (const [a, b] of spans) for (let k = a; k <= b; k++) taken[k] = 1;
      spans.push(...quotedAfterTitle(tokens, taken));
      spans.sort((x, y) => x[0] - y[0]);

      const nameWords = new Set<string>();
      for (const [a, b] of spans) for (let k = a; k <= b; k++) nameWords.add(tokens[k]?.key ?? "");

      const mentionOf = (a: number, b: number): Mention => {
        const firstTok = tokens[a] as DocToken;
        const lastTok = tokens[b] as DocToken;
        const strip = cliticLetters(firstTok.key, nameWords, knownName);
        let start = firstTok.start;
        if (strip > 0) {
          const verbatim = firstTok.text;
          const cut = prefixLength(verbatim, strip);
          // Never split lam-alef (لأردوغان): ل then an alef form is one ligature on screen.
          const lastLetter = verbatim.slice(0, cut).replace(COMBINING_ALL, "").slice(-1);
          const lamAlef = lastLetter === "ل" && ALEF_FORMS.test(verbatim[cut] ?? "");
          if (!lamAlef) start += cut;
        }
        const text = units[firstTok.unit]?.text.slice(start, lastTok.end) ?? "";
        const ws: string[] = [];
        for (let k = a; k <= b; k++) {
          const key = (tokens[k] as DocToken).key;
          ws.push(k === a ? key.slice(strip) : key);
        }
        return { unit: firstTok.unit, first: a, last: b, start, end: lastTok.end, words: ws, text };
      };

      const mentions: Mention[] = spans.map(([a, b]) => mentionOf(a, b));
      addRepeats(tokens, mentions, mentionOf);
      mentions.sort((x, y) => x.first - y.first);

      const clusters = group(mentions);
      // No spread of mention arrays: a long paste can hold more mentions than arguments allowed.
      const firstAt = new Map(
        clusters.map((c) => [
          c,
          c.mentions.reduce((n, m) => Math.min(n, m.first), Number.POSITIVE_INFINITY),
        ]),
      );
      const order = [...clusters].sort(
        (x, y) => (firstAt.get(x) as number) - (firstAt.get(y) as number),
      );
      const people: RecognizedPerson[] = [];
      const ids = new Map<Cluster, string>();
      order.forEach((c, k) => {
        const id = `p${k + 1}`;
        ids.set(c, id);
        people.push({ id, name: fullestName(c), role: roleOf(c, tokens, units) });
      });
      const out: RecognizedMention[] = mentions.map((m) => ({
        key: units[m.unit]?.key ?? "",
        start: m.start,
        end: m.end,
        person: ids.get(m.person as Cluster) ?? "",
      }));
      return { people, mentions: out };
    },
  };
  return recognizer;
}

/**
 * Hints as token ranges: the tokens of the hint's unit that it overlaps, punctuation trimmed.
 * The first token is found by binary search, so the work per hint is its own length, not
 * its distance from the start of its unit (a whole article as one paragraph stays linear).
 */
function hintSpans(
  tokens: readonly DocToken[],
  hints: readonly SpanHint[],
): Array<[number, number]> {
  if (hints.length === 0) return [];
  const out: Array<[number, number]> = [];
  for (const h of hints) {
    // The first token of the hint's unit that ends after the hint starts: tokens are in
    // (unit, offset) order.
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const t = tokens[mid] as DocToken;
      if (t.unit < h.unit || (t.unit === h.unit && t.end <= h.start)) lo = mid + 1;
      else hi = mid;
    }
    let a = -1;
    let b = -1;
    for (
      let k = lo;
      k < tokens.length && tokens[k]?.unit === h.unit && (tokens[k] as DocToken).start < h.end;
      k++
    ) {
      hintSteps.count++;
      if (isPunct((tokens[k] as DocToken).text)) continue;
      if (a < 0) a = k;
      b = k;
    }
    if (a >= 0) out.push([a, b]);
  }
  return out;
}

/** Tokens visited while placing hints: a test reads it to check that the work is linear. */
export const hintSteps = { count: 0 };

/**
 * How many leading clitic letters to leave outside the mention: the word minus them must be
 * a name this text or the training data knows, and the word itself must not be one
 * (وليد and وائل begin with و and are names whole).
 */
function cliticLetters(
  key: string,
  nameWords: ReadonlySet<string>,
  knownName: (w: string) => boolean,
): number {
  const split = splitClitics(key);
  const candidates = [split.noConj, split.noPrep].filter((w) => w !== key);
  if (candidates.length === 0) return 0;
  if (knownName(key) && !candidates.some(knownName)) return 0;
  for (const w of candidates.reverse()) {
    const rest = key.length - w.length;
    // لل → ل + ال: the rest is not a plain suffix of the word; keep the word whole.
    if (!key.endsWith(w) || rest <= 0) continue;
    if (![...key.slice(0, rest)].every((c) => CLITIC_LETTERS.has(c))) continue;
    const stem = key.slice(rest);
    if (nameWords.has(stem) || knownName(stem)) return rest;
  }
  // An unknown word: a single و or ف before a word of four letters or more is a conjunction.
  if (split.noConj !== key && split.noConj.length >= 4 && !knownName(key))
    return key.length - split.noConj.length;
  return 0;
}

/** The word without a proclitic, when it has one, for matching a name's first word. */
function matchesWord(key: string, word: string): boolean {
  if (key === word) return true;
  const split = splitClitics(key);
  return split.noConj === word || split.noPrep === word;
}

/**
 * Repeats of names the tagger found, where it missed them: the full name again (وعلي مملوك
 * after "علي مملوك"), then the last word of a full name alone (نظام الأسد after بشار الأسد).
 */
function addRepeats(
  tokens: readonly DocToken[],
  mentions: Mention[],
  mentionOf: (a: number, b: number) => Mention,
): void {
  const covered = new Uint8Array(tokens.length);
  const cover = (m: Mention): void => {
    for (let k = m.first; k <= m.last; k++) covered[k] = 1;
  };
  mentions.forEach(cover);
  const fullNames = new Map<string, string[]>();
  for (const m of mentions) if (m.words.length >= 2) fullNames.set(m.words.join(" "), m.words);
  const longestFirst = [...fullNames.values()].sort((a, b) => b.length - a.length);
  // Where each name's first word stands (with or without a clitic), found in one pass.
  const firstWords = new Set(longestFirst.map((w) => w[0] as string));
  const startsAt = new Map<string, number[]>();
  if (firstWords.size > 0) {
    tokens.forEach((t, k) => {
      for (const w of firstWords) {
        if (t.key.endsWith(w) && matchesWord(t.key, w)) {
          const list = startsAt.get(w) ?? [];
          list.push(k);
          startsAt.set(w, list);
        }
      }
    });
  }
  for (const words of longestFirst) {
    for (const k of startsAt.get(words[0] as string) ?? []) {
      if (k + words.length > tokens.length) continue;
      let ok = true;
      for (let j = 0; j < words.length && ok; j++) {
        const t = tokens[k + j] as DocToken;
        ok =
          !covered[k + j] &&
          t.unit === (tokens[k] as DocToken).unit &&
          (j === 0 ? matchesWord(t.key, words[0] as string) : t.key === words[j]);
      }
      if (!ok) continue;
      const m = mentionOf(k, k + words.length - 1);
      mentions.push(m);
      cover(m);
    }
  }
  const surnames = new Set<string>();
  for (const words of fullNames.values()) {
    const last = words[words.length - 1] as string;
    if (last.length >= 4 && !FUNCTION_WORDS.has(last) && !TITLE_WORDS.has(last)) surnames.add(last);
  }
  if (surnames.size === 0) return;
  for (let k = 0; k < tokens.length; k++) {
    if (covered[k]) continue;
    const key = (tokens[k] as DocToken).key;
    const split = splitClitics(key);
    if (surnames.has(key) || surnames.has(split.noConj) || surnames.has(split.noPrep)) {
      const m = mentionOf(k, k);
      if (surnames.has(m.words[0] as string)) {
        mentions.push(m);
        covered[k] = 1;
      }
    }
  }
}

const CUE_WINDOW = 4;
const MAX_QUOTED_NAME = 4;

/**
 * A hand-written cue kept as a fallback beside the tagger: a short quoted phrase right after
 * a title is a name (نائب وزير الخارجية الروسي “ميخائيل بوغدانوف”، مدير مخابرات النظام
 * “علي مملوك”). A quoted phrase after anything else (وكالة “ريا نوفوستي”) is not taken.
 */
function quotedAfterTitle(tokens: readonly DocToken[], taken: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let q = 1; q < tokens.length; q++) {
    const open = tokens[q] as DocToken;
    if (!isQuote(open.text)) continue;
    let close = q + 1;
    while (
      close < tokens.length &&
      close - q - 1 <= MAX_QUOTED_NAME &&
      !isPunct((tokens[close] as DocToken).text) &&
      (tokens[close] as DocToken).unit === open.unit
    ) {
      close++;
    }
    const inner = close - q - 1;
    const closer = tokens[close];
    if (inner < 1 || inner > MAX_QUOTED_NAME || closer === undefined || !isQuote(closer.text))
      continue;
    if (closer.unit !== open.unit) continue;
    let titled = false;
    for (let j = q - 1, steps = 0; j >= 0 && steps < CUE_WINDOW; j--, steps++) {
      const t = tokens[j] as DocToken;
      if (t.unit !== open.unit || isPunct(t.text)) break;
      const split = splitClitics(t.key);
      if (
        FUNCTION_WORDS.has(t.key) ||
        FUNCTION_WORDS.has(split.noConj) ||
        inSet(SPEECH_WORDS, t.key, split)
      )
        break;
      if (inSet(TITLE_WORDS, t.key, split)) titled = true;
    }
    let free = titled;
    for (let k = q + 1; k < close && free; k++) {
      const t = tokens[k] as DocToken;
      free = !taken[k] && !inSet(TITLE_WORDS, t.key, splitClitics(t.key)) && /^\p{L}/u.test(t.key);
    }
    if (free) out.push([q + 1, close - 1]);
    q = close;
  }
  return out;
}

function group(mentions: readonly Mention[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byName = new Map<string, Cluster>();
  // Full names first, longest first, so a shorter full form joins the longer one it ends.
  const full = [
    ...new Set(mentions.filter((m) => m.words.length > 1).map((m) => m.words.join(" "))),
  ]
    .map((s) => s.split(" "))
    .sort((a, b) => b.length - a.length);
  for (const words of full) {
    const key = words.join(" ");
    const home = clusters.find((c) => endsWith(c.words, words));
    if (home) byName.set(key, home);
    else {
      const c: Cluster = { words, mentions: [] };
      clusters.push(c);
      byName.set(key, c);
    }
  }
  for (const m of mentions) {
    let c = byName.get(m.words.join(" "));
    if (c === undefined && m.words.length === 1) c = nearestOwner(m, mentions, clusters);
    if (c === undefined) {
      c = { words: m.words, mentions: [] };
      clusters.push(c);
      byName.set(m.words.join(" "), c);
    }
    m.person = c;
    c.mentions.push(m);
  }
  return clusters.filter((c) => c.mentions.length > 0);
}

function endsWith(whole: readonly string[], part: readonly string[]): boolean {
  if (part.length > whole.length) return false;
  const off = whole.length - part.length;
  return part.every((w, i) => whole[off + i] === w);
}

/**
 * The full name a one-word mention belongs to: one whose last word it is (a surname), or
 * failing that whose first word it is; if several, the one mentioned nearest, before first.
 */
function nearestOwner(
  m: Mention,
  mentions: readonly Mention[],
  clusters: readonly Cluster[],
): Cluster | undefined {
  const w = m.words[0] as string;
  const full = clusters.filter((c) => c.words.length > 1);
  let owners = full.filter((c) => c.words[c.words.length - 1] === w);
  if (owners.length === 0) owners = full.filter((c) => c.words[0] === w);
  if (owners.length <= 1) return owners[0];
  let best: Cluster | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const other of mentions) {
    if (other.words.length < 2) continue;
    const owner = owners.find(
      (c) => endsWith(c.words, other.words) || c.words.join(" ") === other.words.join(" "),
    );
    if (owner === undefined) continue;
    // Before the mention counts as nearer than the same distance after it.
    const d = other.first < m.first ? m.first - other.first : (other.first - m.first) * 1.5;
    if (d < bestDistance) {
      bestDistance = d;
      best = owner;
    }
  }
  return best ?? owners[0];
}

/** The fullest verbatim form: most words, then most often written so, then first. */
function fullestName(c: Cluster): string {
  const counts = new Map<string, number>();
  for (const m of c.mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  let best = c.mentions[0] as Mention;
  for (const m of c.mentions) {
    const better =
      m.words.length > best.words.length ||
      (m.words.length === best.words.length &&
        (counts.get(m.text) ?? 0) > (counts.get(best.text) ?? 0));
    if (better) best = m;
  }
  return best.text;
}

const ROLE_WINDOW = 6;

/** The title phrase right before the first full mention that has one. */
function roleOf(c: Cluster, tokens: readonly DocToken[], units: readonly TextUnit[]): string {
  const longest = c.mentions.reduce((n, m) => Math.max(n, m.words.length), 0);
  for (const m of c.mentions) {
    if (m.words.length < Math.min(2, longest)) continue;
    const role = rolePhrase(m, tokens, units);
    if (role !== "") return role;
  }
  return "";
}

function rolePhrase(m: Mention, tokens: readonly DocToken[], units: readonly TextUnit[]): string {
  let j = m.first - 1;
  const inUnit = (k: number): boolean => k >= 0 && tokens[k]?.unit === m.unit;
  while (inUnit(j) && isQuote(tokens[j]?.text ?? "")) j--;
  const lastOfRole = j;
  let titleAt = -1;
  for (let steps = 0; inUnit(j) && steps < ROLE_WINDOW; steps++, j--) {
    const t = tokens[j] as DocToken;
    if (isPunct(t.text)) break;
    const split = splitClitics(t.key);
    if (FUNCTION_WORDS.has(t.key) || FUNCTION_WORDS.has(split.noConj)) break;
    if (inSet(SPEECH_WORDS, t.key, split)) break;
    if (inSet(TITLE_WORDS, t.key, split)) titleAt = j;
  }
  if (titleAt < 0) return "";
  const first = tokens[titleAt] as DocToken;
  const last = tokens[lastOfRole] as DocToken;
  // Leave a conjunction or preposition glued to the title outside: ونائب → نائب.
  const split = splitClitics(first.key);
  const titleForm =
    [split.noPrep, split.noConj, first.key].find((w) => TITLE_WORDS.has(w)) ?? first.key;
  const drop = first.key.endsWith(titleForm) ? first.key.length - titleForm.length : 0;
  const start = first.start + prefixLength(first.text, drop);
  return units[m.unit]?.text.slice(start, last.end) ?? "";
}
