/**
 * The hand-written person recognizer: finds people in Arabic news text from cues that
 * carry to any article (cue tables in cue-lexicon.ts, given names in given-names.ts),
 * never from a list of one article's names.
 *
 * Two passes over the units (title, headings, paragraphs, read-also titles):
 *  1. Cues propose names:
 *     - a title phrase and the name after it, bare or in quotes
 *       ("وزير الخارجيّة الروسي سيرغي لافروف", "رئيس المُخابرات التركيّة “هاكان فيدان”");
 *     - a verb of saying and the speaker after it ("وادّعى “بوغدانوف”، أنّ");
 *     - a frequent given name and the name words after it ("لقاء بشار الأسد").
 *     Quoted names after a medium or organisation word are not people ("وكالة “ريا نوفوستي”"),
 *     nor are places. Proposals that share a tail (الأسد / بشار الأسد) are one person.
 *  2. Every form of every person — the full name, its tails, the surname alone, with a
 *     glued clitic or not — is matched in every unit, before or after the cue that found it
 *     ("أردوغان" in the title, "نظام الأسد").
 *
 * Matching is on folded text (src/text/fold.ts); offsets and names are verbatim.
 *
 * Limits, by construction: a person named only by a surname and no cue anywhere in the
 * article (أردوغان alone) is not found; a name after a title runs until a function word,
 * punctuation, a frequent word or a word shape that cannot be a name, so an unusual common
 * word right after a name can still be taken into it; a title's role is the phrase before
 * the first full mention that has one (else "").
 *
 * Mention spans cover the whole written word, glued clitic included ("وعلي مملوك",
 * "لأردوغان"): a highlight that started after the clitic would put an inline boundary
 * inside a joined word (worst in the lam-alef ligature لأ), and only colour-only styling
 * survives that. The person's `name` never carries the clitic.
 */
import { foldWithOffsets } from "../../text/fold.ts";
import {
  DEFINITE_NAME_WORDS,
  FUNCTION_WORDS,
  KNOWN_NISBAS,
  NAME_LINKS,
  NISBA_SHAPE,
  NON_PERSON_HEADS,
  ORDINALS,
  PLACES,
  SPEECH_VERBS,
  STOP_WORDS,
  TITLE_CONSTRUCT_NOUNS,
  TITLE_EXTENSIONS,
  TITLE_HEADS_CONSTRUCT,
  TITLE_HEADS_DEFINITE,
} from "./cue-lexicon.ts";
import { COMMON_WORDS } from "./common-words.ts";
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES } from "./given-names.ts";
import type {
  PersonRecognizer,
  RecognizedMention,
  RecognizedPeople,
  RecognizedPerson,
  TextUnit,
} from "./recognizer.ts";

interface Token {
  /** Folded word. */
  f: string;
  /** Folded offsets, end exclusive. */
  s: number;
  e: number;
  /** Folded text between the previous token (or the start) and this one. */
  gap: string;
  /** Quote group this token is inside, -1 when outside quotes. */
  quote: number;
}

interface QuoteGroup {
  first: number;
  last: number;
  /** Punctuation between its words: a quoted sentence, not a name. */
  punct: boolean;
}

interface Unit {
  index: number;
  key: string;
  text: string;
  toSource: number[];
  tokens: Token[];
  quotes: QuoteGroup[];
}

interface Candidate {
  unit: number;
  /** Token range, end exclusive. */
  first: number;
  end: number;
  /** Folded words of the name, clitic taken off the first. */
  stems: string[];
  role: string;
  /** Weak candidates only name someone already found by a strong cue. */
  strong: boolean;
  /** Which cue proposed it. */
  cue: "title" | "speech" | "given";
}

interface Person {
  stems: string[];
  candidates: Candidate[];
  /** Reading position of the first candidate: unit, token. */
  order: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
// Straight and curly double quotes, guillemets, low-9: sites use them in either order in RTL text.
const QUOTE = /["“”«»„]/g;
const QUOTE_CHARS = new Set(['"', "“", "”", "«", "»", "„"]);
const WHITESPACE_ONLY = /^\s+$/;
// Between a title phrase and a quoted name: spaces, an optional comma, the opening quote.
const BEFORE_QUOTED_NAME = /^\s*[،,]?\s*["“”«»„]$/;
// و + word, ب/ل/ك + article, ب + a verbal noun of the تفعيل/تفاعل kind (بتقديم، بتعزيز).
const GLUED_WORD = /^(و.{3,}|[بك]ال|لل|بت.{4,})/;
// Never a name: a word ending in a possessive pronoun (سيادته، فريقه، ووجههم), a
// verbal noun behind ل/ب (لتمثيل، لمواجهة، بمشاركة).
// verbal noun behind ل/ب (لتمثيل، لمواجهة، بمشاركة), a future verb behind و/ف (فسيجد،
// وستعقد).
const NOT_A_NAME_WORD = /(ته|تها|تهم|تهما|وهم|هما)$|.{4,}ه$|^[لب][تم].{3,}|^[وف]س[يتن].{2,}/;
const TANWEEN = /[\u064B-\u064D]/;
const TASHKEEL = /[\u064B-\u065F\u0670\u0640]/;

/** Folded "أن/إن" and kin: the clause a speaker's name introduces ("قال X إن ..."). */
const THAT = new Set(["ان", "انه", "انها", "انهم", "بان", "بانه", "بانها"]);

function tokenize(index: number, unit: TextUnit): Unit {
  const { folded, toSource } = foldWithOffsets(unit.text);
  const tokens: Token[] = [];
  const quotes: QuoteGroup[] = [];
  let open = -1;
  let prevEnd = 0;
  const closeGroup = (): void => {
    open = -1;
  };
  for (const m of folded.matchAll(WORD)) {
    const s = m.index;
    const gap = folded.slice(prevEnd, s);
    for (const ch of gap) {
      if (!QUOTE_CHARS.has(ch)) continue;
      if (open === -1) {
        quotes.push({ first: tokens.length, last: tokens.length - 1, punct: false });
        open = quotes.length - 1;
      } else closeGroup();
    }
    const group = open === -1 ? undefined : quotes[open];
    if (group && group.last >= group.first && !WHITESPACE_ONLY.test(gap)) group.punct = true;
    if (group) group.last = tokens.length;
    tokens.push({ f: m[0], s, e: s + m[0].length, gap, quote: open });
    prevEnd = s + m[0].length;
  }
  return { index, key: unit.key, text: unit.text, toSource, tokens, quotes };
}

/**
 * Caches a pure per-word answer: an article repeats its words, and the cue tests run
 * on every token several times (the property tests parse thousands of articles).
 * Bounded so that a 5 MB article of distinct words cannot grow it without end.
 */
function perWord<T>(fn: (word: string) => T): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    let v = cache.get(word);
    if (v === undefined) {
      v = fn(word);
      if (cache.size >= 50_000) cache.clear();
      cache.set(word, v);
    }
    return v;
  };
}

/**
 * The readings of a word with a glued clitic taken off, the bare word first:
 *   "وبوغدانوف" → و+بوغدانوف, "للاسد" → ل+الاسد, "بالاسد" → ب+الاسد
 * `clitic` is how many folded letters of the written word precede the stem.
 */
const stems = perWord((word: string): readonly { clitic: number; stem: string }[] => {
  const out = [{ clitic: 0, stem: word }];
  const conj = /^[وف]/.test(word) && word.length >= 3 ? [{ clitic: 1, stem: word.slice(1) }] : [];
  out.push(...conj);
  for (const base of [{ clitic: 0, stem: word }, ...conj]) {
    const w = base.stem;
    if (w.length <= 3) continue;
    if (w.startsWith("لل")) out.push({ clitic: base.clitic + 1, stem: "ال" + w.slice(2) });
    if (/^[بلك]/.test(w)) out.push({ clitic: base.clitic + 1, stem: w.slice(1) });
  }
  return out;
});

function inTable(word: string, table: ReadonlySet<string>): boolean {
  return stems(word).some((v) => table.has(v.stem));
}

/** A function word or frequent news word, bare or behind a clitic (وفي، بأن) — given names excepted (فيصل is not ف+يصل). */
const isStop = perWord((word: string): boolean => {
  if (STOP_WORDS.has(word)) return true;
  if (GIVEN_NAMES.has(word)) return false;
  return stems(word).some((v) => v.clitic > 0 && v.stem.length >= 2 && STOP_WORDS.has(v.stem));
});

const isTitleHead = perWord(
  (word: string): boolean => inTable(word, TITLE_HEADS_DEFINITE) || TITLE_HEADS_CONSTRUCT.has(word),
);

/**
 * An indefinite word in construct state: it takes the next word into the title phrase.
 * A glued ل/ب is allowed ("الأمين العام لجامعة الدول العربية").
 */
const takesComplement = perWord((word: string): boolean =>
  stems(word).some(
    (v) =>
      (v.clitic === 0 || /^[لب]/.test(word)) &&
      (TITLE_HEADS_CONSTRUCT.has(v.stem) || TITLE_CONSTRUCT_NOUNS.has(v.stem)),
  ),
);

/** "نظيره"، "مدربه"، "نظيرتها": a construct title with a possessive suffix. */
function possessiveStem(word: string): boolean {
  const m = /^(.{3,}?)(ه|ها|هم)$/.exec(word);
  const base = m?.[1] ?? "";
  return TITLE_HEADS_CONSTRUCT.has(base) || TITLE_HEADS_CONSTRUCT.has(base.replace(/ت$/, "ة"));
}
const possessiveTitle = perWord((word: string): boolean =>
  stems(word).some((v) => possessiveStem(v.stem)),
);

/** A word that carries a title phrase on: "الخارجية"، "الروسي"، and the indefinite "روسي"،
 * "عسكرية" of "مسؤول روسي"، "متحدثة عسكرية إسرائيلية". */
const isExtension = perWord((word: string): boolean => {
  if (inTable(word, TITLE_EXTENSIONS) || inTable(word, KNOWN_NISBAS)) return true;
  return (
    !word.startsWith("ال") && (TITLE_EXTENSIONS.has("ال" + word) || KNOWN_NISBAS.has("ال" + word))
  );
});

/** Can this word be part of a person's name at all? */
const nameWord = perWord((word: string): boolean => {
  if (word.length < 2 || /\p{N}/u.test(word)) return false;
  if (isStop(word) || isTitleHead(word)) return false;
  if (GIVEN_NAMES.has(word)) return true;
  if (inTable(word, TITLE_CONSTRUCT_NOUNS) || inTable(word, SPEECH_VERBS) || inTable(word, PLACES))
    return false;
  return true;
});

const isSpeechVerb = perWord((word: string): boolean => inTable(word, SPEECH_VERBS));
const isNonPersonHead = perWord((word: string): boolean => inTable(word, NON_PERSON_HEADS));
const isDefiniteTitle = perWord((word: string): boolean => inTable(word, TITLE_HEADS_DEFINITE));

function cleanGap(t: Token | undefined): t is Token {
  return t !== undefined && WHITESPACE_ONLY.test(t.gap);
}

/**
 * Name words from token `j` on, at most `max` (a linked pair such as "بن سلمان" counts once):
 * stops at punctuation, quotes, function words and titles. A definite word ends a name, and
 * is taken only where Arabic names have one: after a given name ("بشار الأسد"), as a family
 * nisba ("نوري المالكي"), or in الله/الدين names ("حسن نصر الله"); otherwise it is the
 * sentence's next word ("سلفان شالوم النقاب" → "سلفان شالوم").
 *   "سيرغي لافروف في تصريحات" → [سيرغي, لافروف]
 *   "محمد بن عبد الرحمن آل ثاني" → all six words
 * `afterGiven`: the word before `j` is a given name (the gazetteer cue).
 */
function bareName(u: Unit, j: number, max: number, afterGiven = false): number {
  const { tokens } = u;
  let k = j;
  let words = 0;
  let prevGiven = afterGiven;
  while (k < tokens.length && words < max) {
    const t = tokens[k];
    if (!t || (k > j && !cleanGap(t))) break;
    if (NAME_LINKS.has(t.f)) {
      // Links chain ("بن عبد الرحمن"): take them all, then the word they lead to.
      let m = k + 1;
      while (NAME_LINKS.has(tokens[m]?.f ?? "") && cleanGap(tokens[m])) m++;
      const next = tokens[m];
      if (!cleanGap(next) || !nameWord(next.f)) break;
      k = m + 1;
      words++;
      prevGiven = true; // "عبد X" and "بن X" are given-name-like: a family name may follow
      continue;
    }
    if (words > 0 && ORDINALS.has(t.f)) {
      k++;
      break;
    }
    if (!nameWord(t.f)) break;
    const given = GIVEN_NAMES.has(t.f) || AMBIGUOUS_GIVEN_NAMES.has(t.f);
    if (!given && (NOT_A_NAME_WORD.test(t.f) || COMMON_WORDS.has(t.f))) break;
    // Tanween marks an indefinite common noun or adjective ("مسؤولٌ روسيٌّ"، "برنامجاً"),
    // never a name as news writes it.
    if (TANWEEN.test(sourceWord(u, t))) break;
    // Inside a name no word carries a conjunction or a preposition + article: "جو بايدن
    // بتقديم", "X والوفد" end the name (وليد، وائل are names, not و + word).
    if (k > j && !given && GLUED_WORD.test(t.f)) break;
    if (t.f.startsWith("ال")) {
      if (isExtension(t.f) || PLACES.has(t.f)) break;
      const familyNisba = NISBA_SHAPE.test(t.f) && !KNOWN_NISBAS.has(t.f);
      if (k > j && !prevGiven && !familyNisba && !DEFINITE_NAME_WORDS.has(t.f)) break;
      k++;
      // A definite word ends a name unless a link carries it on ("... آل ثاني").
      const next = tokens[k];
      if (cleanGap(next) && NAME_LINKS.has(next.f)) {
        words++;
        continue;
      }
      break;
    }
    prevGiven = given;
    k++;
    words++;
  }
  return k;
}

function sourceWord(u: Unit, t: Token): string {
  return u.text.slice(u.toSource[t.s] ?? 0, u.toSource[t.e] ?? u.text.length);
}

function sourceSpan(u: Unit, first: number, end: number, clitic = 0): [number, number] {
  const a = u.tokens[first];
  const b = u.tokens[end - 1];
  if (!a || !b) return [0, 0];
  return [u.toSource[a.s + clitic] ?? 0, u.toSource[b.e] ?? u.text.length];
}

function candidate(
  u: Unit,
  first: number,
  end: number,
  role: string,
  strong: boolean,
  cue: Candidate["cue"],
): Candidate {
  const words = u.tokens.slice(first, end).map((t) => t.f);
  const head = words[0] ?? "";
  // A clitic on the first word: keep the bare reading only if it is a known given name
  // or the bare word is what the cue saw ("وعلي" → "علي"); otherwise the word as written.
  const bare = stems(head).find((v) => v.clitic > 0 && GIVEN_NAMES.has(v.stem));
  if (bare) words[0] = bare.stem;
  return { unit: u.index, first, end, stems: words, role, strong, cue };
}

/** A quoted group starting at token j that can be a name: 1–4 words, no inner punctuation. */
function quotedName(u: Unit, j: number, allowedBefore: RegExp): number {
  const t = u.tokens[j];
  if (!t || t.quote === -1 || !allowedBefore.test(t.gap)) return -1;
  const g = u.quotes[t.quote];
  if (!g || g.first !== j || g.punct) return -1;
  const n = g.last - g.first + 1;
  if (n < 1 || n > 4) return -1;
  for (let k = g.first; k <= g.last; k++) {
    const w = u.tokens[k]?.f ?? "";
    if (!nameWord(w) && !NAME_LINKS.has(w)) return -1;
  }
  return g.last + 1;
}

/** Title phrase + name. Returns the token index to resume from. */
function titleCue(u: Unit, i: number, out: Candidate[]): number {
  const { tokens } = u;
  const head = tokens[i];
  if (!head) return i + 1;
  // "نظيره الروسي"، "مدربه": a construct title with a possessive is definite.
  const definite = isDefiniteTitle(head.f) || possessiveTitle(head.f);
  // "وزير"، "ووزير"، "برئيس"، "لرئيس"
  const construct = stems(head.f).some((v) => TITLE_HEADS_CONSTRUCT.has(v.stem));
  // "د. حسان دياب": the abbreviated doctor's title.
  const doctor = head.f === "د" && /^\.\s+$/.test(tokens[i + 1]?.gap ?? "");
  if (doctor) {
    const end = bareName(u, i + 1, 3);
    if (end > i + 1)
      out.push(
        candidate(u, i + 1, end, u.text.slice(...sourceSpan(u, i, i + 1)) + ".", true, "title"),
      );
    return Math.max(end, i + 1);
  }
  if (!definite && !construct) return i + 1;

  let needComplement = !definite;
  let unknownNisba = -1;
  let j = i + 1;
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    if (!cleanGap(t)) break;
    if (needComplement) {
      if (inTable(t.f, FUNCTION_WORDS) || isSpeechVerb(t.f)) break;
      needComplement = takesComplement(t.f);
      continue;
    }
    if (takesComplement(t.f)) {
      needComplement = true;
      continue;
    }
    // Titles stack: "أمير قطر الشيخ تميم"، "العاهل الأردني الملك عبد الله الثاني".
    if (TITLE_HEADS_DEFINITE.has(t.f)) continue;
    if (isExtension(t.f)) continue;
    if (NISBA_SHAPE.test(t.f) && !isStop(t.f)) {
      unknownNisba = j;
      continue;
    }
    break;
  }
  // A construct title with nothing after it ("رئيس،") is no title.
  if (j === i + 1 && !definite) return i + 1;

  // The role leaves out a glued و/ف/ب/ك/ل when the rest is written out ("والرئيس" →
  // "الرئيس", "بالمبعوث" → "المبعوث"); "للرئيس" keeps its word, as ل+ل has no verbatim "الرئيس".
  const role = (end: number): string => {
    const glued = stems(head.f).find(
      (v) =>
        v.clitic > 0 &&
        head.f.endsWith(v.stem) &&
        (TITLE_HEADS_CONSTRUCT.has(v.stem) ||
          TITLE_HEADS_DEFINITE.has(v.stem) ||
          possessiveStem(v.stem)),
    );
    const [s, e] = sourceSpan(u, i, end, glued?.clitic ?? 0);
    return u.text.slice(s, e);
  };

  const quotedEnd = quotedName(u, j, BEFORE_QUOTED_NAME);
  // "وقال الرئيس التركي “سنواصل عملياتنا”." quotes the speaker, it does not name him: a
  // verb of saying before the title and the sentence ending with the quote.
  const afterQuote = tokens[quotedEnd];
  const quotation =
    quotedEnd > j &&
    isSpeechVerb(tokens[i - 1]?.f ?? "") &&
    (afterQuote
      ? /^\s*["“”«»„]\s*[.!?؟]/.test(afterQuote.gap)
      : /^\s*["“”«»„]\s*[.!?؟]?\s*$/.test(
          u.text.slice(u.toSource[tokens[quotedEnd - 1]?.e ?? 0] ?? 0),
        ));
  if (quotedEnd > j && !quotation) {
    const single = quotedEnd - j === 1;
    out.push(
      candidate(
        u,
        j,
        quotedEnd,
        role(j),
        !single || !(tokens[j]?.f ?? "").startsWith("ال"),
        "title",
      ),
    );
    return quotedEnd;
  }
  const end = cleanGap(tokens[j]) ? bareName(u, j, 3) : j;
  if (end > j) {
    const first = tokens[j]?.f ?? "";
    // "الرئيس الأسد": a lone definite word may be a surname or an adjective we do not know.
    const strong = !(end - j === 1 && first.startsWith("ال"));
    out.push(candidate(u, j, end, role(j), strong, "title"));
    return end;
  }
  if (unknownNisba === j - 1 && unknownNisba > i + 1) {
    // "الرئيس المصري السيسي قال": the unknown -ي word closing the phrase is the name.
    out.push(candidate(u, unknownNisba, j, role(unknownNisba), false, "title"));
  }
  return j;
}

/** Verb of saying + speaker, quoted or bare, followed by "، أن/إن ..." or a comma. */
function speechCue(u: Unit, i: number, out: Candidate[]): void {
  const { tokens } = u;
  const verb = tokens[i];
  if (!verb || !isSpeechVerb(verb.f)) return;
  const j = i + 1;
  const quotedEnd = quotedName(u, j, /^\s*["“”«»„]$/);
  const after = (end: number): boolean => {
    const next = tokens[end];
    if (!next) return true;
    const gap = next.gap.replace(QUOTE, "");
    if (/[،,:]/.test(gap)) return true;
    return WHITESPACE_ONLY.test(gap) && THAT.has(next.f);
  };
  if (quotedEnd > j && quotedEnd - j <= 3 && after(quotedEnd)) {
    const first = tokens[j]?.f ?? "";
    out.push(candidate(u, j, quotedEnd, "", !first.startsWith("ال"), "speech"));
    return;
  }
  if (!cleanGap(tokens[j]) || (tokens[j]?.f ?? "").startsWith("ال")) return;
  const end = bareName(u, j, 3);
  const next = tokens[end];
  if (end > j && next && /^[\s،,]+$/.test(next.gap) && THAT.has(next.f)) {
    out.push(candidate(u, j, end, "", true, "speech"));
  }
}

/** Frequent given name + 1–3 name words: "لقاء بشار الأسد", "وعلي مملوك". */
function givenNameCue(u: Unit, i: number, out: Candidate[]): void {
  const { tokens } = u;
  const t = tokens[i];
  if (!t) return;
  const prev = tokens[i - 1];
  // "شارع جمال عبد الناصر", "مسجد محمد علي": a place or body named after someone.
  if (prev && cleanGap(t) && isNonPersonHead(prev.f)) return;
  let next = i + 1;
  if (t.f === "عبد") {
    if (!cleanGap(tokens[i + 1])) return;
    next = i + 2;
  } else if (!stems(t.f).some((v) => GIVEN_NAMES.has(v.stem))) return;
  if (!cleanGap(tokens[next])) return;
  const end = bareName(u, next, 2, true);
  if (end > next) out.push(candidate(u, i, end, "", true, "given"));
}

/** Quoted words right after a medium/organisation word: never a person. */
function blockedNames(u: Unit, blocked: Set<string>): void {
  u.tokens.forEach((t, i) => {
    if (!isNonPersonHead(t.f)) return;
    const end = quotedName(u, i + 1, /^\s*["“”«»„]$/);
    if (end > i + 1)
      blocked.add(
        u.tokens
          .slice(i + 1, end)
          .map((w) => w.f)
          .join(" "),
      );
  });
}

function isSuffix(short: readonly string[], long: readonly string[]): boolean {
  if (short.length > long.length) return false;
  const off = long.length - short.length;
  return short.every((w, k) => long[off + k] === w);
}

/** Reading position: unit, then token (2^32 tokens per unit is beyond any article). */
function at(unit: number, token: number): number {
  return unit * 2 ** 32 + token;
}

function position(c: Candidate): number {
  return at(c.unit, c.first);
}

function groupPeople(candidates: readonly Candidate[]): Person[] {
  const people: Person[] = [];
  const sorted = [...candidates].sort((a, b) => position(a) - position(b));
  for (const c of sorted.filter((x) => x.stems.length >= 2)) {
    const p = people.find((q) => isSuffix(c.stems, q.stems) || isSuffix(q.stems, c.stems));
    if (p) {
      if (c.stems.length > p.stems.length) p.stems = c.stems;
      p.candidates.push(c);
    } else people.push({ stems: c.stems, candidates: [c], order: position(c) });
  }
  for (const c of sorted.filter((x) => x.stems.length === 1)) {
    const matches = people.filter((q) => q.stems[q.stems.length - 1] === c.stems[0]);
    // Two people with one surname: the one mentioned last before this cue.
    const before = matches.filter((q) => q.order <= position(c));
    const p = before[before.length - 1] ?? matches[0];
    if (p) p.candidates.push(c);
    else if (c.strong) people.push({ stems: c.stems, candidates: [c], order: position(c) });
  }
  return people;
}

interface Form {
  person: Person;
  stems: string[];
  /** A surname that is also a given name (عباس): not where it starts or ends another name. */
  guarded: boolean;
}

/** "ابن سلمان" and "بن سلمان" are one name. */
function canon(word: string): string {
  return word === "ابن" ? "بن" : word;
}

/**
 * A lone word inside another name: after a given name ("حسن عباس") or before a further
 * name word ("عباس عراقجي"). "وأكد عباس أن" and "ناقش عباس الأوضاع" are the known person.
 */
function partOfOtherName(u: Unit, i: number): boolean {
  const t = u.tokens[i];
  const prev = u.tokens[i - 1];
  const next = u.tokens[i + 1];
  if (t && cleanGap(t) && prev && GIVEN_NAMES.has(prev.f)) return true;
  return (
    cleanGap(next) &&
    !next.f.startsWith("ال") &&
    nameWord(next.f) &&
    !COMMON_WORDS.has(next.f) &&
    !NOT_A_NAME_WORD.test(next.f)
  );
}

interface Found {
  person: Person;
  unit: Unit;
  first: number;
  end: number;
  clitic: number;
  full: boolean;
}

/** Every full name, tail and surname of every person, wherever it is written. */
function findMentions(units: readonly Unit[], people: readonly Person[]): Found[] {
  const forms = new Map<string, Form[]>();
  for (const person of people) {
    for (let k = 0; k < person.stems.length; k++) {
      const tail = person.stems.slice(k).map(canon);
      // "ثاني" alone is not "تميم بن حمد آل ثاني": a tail starts at a link, never after one;
      // nor at الله/الدين ("نصر الله" is not every "الله").
      if (k > 0 && NAME_LINKS.has(person.stems[k - 1] ?? "")) continue;
      if (DEFINITE_NAME_WORDS.has(tail[0] ?? "")) continue;
      const lone = tail.length === 1 && person.stems.length > 1;
      // A surname alone must be a safe word: not a function word or a place.
      const w = tail[0] ?? "";
      if (lone && (w.length < 3 || isStop(w) || PLACES.has(w))) continue;
      const list = forms.get(w) ?? [];
      list.push({ person, stems: tail, guarded: lone && GIVEN_NAMES.has(w) });
      forms.set(w, list);
    }
  }
  const found: Found[] = [];
  const lastSeen = new Map<Person, number>();
  for (const u of units) {
    const { tokens } = u;
    for (let i = 0; i < tokens.length;) {
      const t = tokens[i];
      if (!t) break;
      let best: { form: Form; clitic: number } | undefined;
      for (const v of stems(t.f)) {
        if (v.clitic > 0 && v.stem.length < 3 && !NAME_LINKS.has(v.stem)) continue;
        for (const form of forms.get(canon(v.stem)) ?? []) {
          const rest = form.stems.slice(1);
          const ok = rest.every((w, k) => {
            const x = tokens[i + 1 + k];
            return cleanGap(x) && canon(x.f) === w;
          });
          if (!ok || (form.guarded && partOfOtherName(u, i))) continue;
          const longer = !best || form.stems.length > best.form.stems.length;
          const tie = best && form.stems.length === best.form.stems.length;
          const nearer =
            tie &&
            best &&
            (lastSeen.get(form.person) ?? -1) > (lastSeen.get(best.form.person) ?? -1);
          if (longer || nearer) best = { form, clitic: v.clitic };
        }
        if (best) break; // the bare reading wins over a clitic reading
      }
      if (!best) {
        i++;
        continue;
      }
      const end = i + best.form.stems.length;
      found.push({
        person: best.form.person,
        unit: u,
        first: i,
        end,
        clitic: best.clitic,
        full: best.form.stems.length === best.form.person.stems.length,
      });
      lastSeen.set(best.form.person, at(u.index, i));
      i = end;
    }
  }
  return found;
}

/** The verbatim full name, clitic off, preferring a form written without tashkeel. */
function verbatimName(person: Person, found: readonly Found[]): string {
  const forms: string[] = [];
  for (const m of found) {
    if (m.person !== person || !m.full) continue;
    const word = m.unit.tokens[m.first]?.f ?? "";
    // "للاسد" cannot lose its clitic verbatim (the alef of ال is not written).
    if (m.clitic > 0 && word.slice(m.clitic, m.clitic + 2) !== (person.stems[0] ?? "").slice(0, 2))
      continue;
    const [s, e] = sourceSpan(m.unit, m.first, m.end, m.clitic);
    forms.push(m.unit.text.slice(s, e));
  }
  return forms.find((f) => !TASHKEEL.test(f)) ?? forms[0] ?? person.stems.join(" ");
}

function chooseRole(person: Person): string {
  const byOrder = [...person.candidates].sort((a, b) => position(a) - position(b));
  const full = byOrder.find((c) => c.stems.length === person.stems.length && c.role);
  return (full ?? byOrder.find((c) => c.role))?.role ?? "";
}

export function recognizeWithCues(input: readonly TextUnit[]): RecognizedPeople {
  const units = input.map((u, i) => tokenize(i, u));
  const blocked = new Set<string>();
  for (const u of units) blockedNames(u, blocked);

  const candidates: Candidate[] = [];
  for (const u of units) {
    for (let i = 0; i < u.tokens.length;) i = titleCue(u, i, candidates);
    for (let i = 0; i < u.tokens.length; i++) speechCue(u, i, candidates);
    for (let i = 0; i < u.tokens.length; i++) givenNameCue(u, i, candidates);
  }
  // A word already known as someone's surname starts no new name on a given-name or speech
  // cue: in "محمود عباس ... وناقش عباس الأوضاع" the second عباس is him, not "عباس الأوضاع";
  // in "وقال بري لهوكشتاين إن" the speaker is بري.
  const surnames = new Set(
    candidates.filter((c) => c.stems.length > 1).map((c) => c.stems[c.stems.length - 1] ?? ""),
  );
  const kept = candidates.filter(
    (c) =>
      !blocked.has(c.stems.join(" ")) &&
      !c.stems.every((w) => PLACES.has(w)) &&
      !NON_PERSON_HEADS.has(c.stems[0] ?? "") &&
      !(c.cue !== "title" && surnames.has(c.stems[0] ?? "")),
  );

  const people = groupPeople(kept);
  const found = findMentions(units, people);
  const firstSeen = new Map<Person, number>();
  for (const m of found) {
    const pos = at(m.unit.index, m.first);
    if (!firstSeen.has(m.person)) firstSeen.set(m.person, pos);
  }
  const ordered = people
    .filter((p) => firstSeen.has(p))
    .sort((a, b) => (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0));
  const ids = new Map<Person, string>(ordered.map((p, k) => [p, `p${k + 1}`]));

  const outPeople: RecognizedPerson[] = ordered.map((p) => ({
    id: ids.get(p) ?? "",
    name: verbatimName(p, found),
    role: chooseRole(p),
  }));
  const mentions: RecognizedMention[] = found.map((m) => {
    const [start, end] = sourceSpan(m.unit, m.first, m.end);
    return { key: m.unit.key, start, end, person: ids.get(m.person) ?? "" };
  });
  return { people: outPeople, mentions };
}

export function createCueRecognizer(): PersonRecognizer {
  return { recognize: recognizeWithCues };
}
