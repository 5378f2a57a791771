/**
 * What the tagger knows about one Arabic word before it looks at its neighbours: its folded
 * form, the clitics that may be glued to it, its shape, and whether it is a cue (a title, a
 * speech verb, a quotation mark). Cue lists are written in folded form (alef forms unified,
 * no tashkeel) and matched after clitics are split off, so وزير، والوزير، ولوزير all count.
 */
import { foldArabic } from "../../../text/fold.ts";

/** Titles and offices that stand right before a name (الرئيس بشار، وزير الخارجية سيرغي). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  [
    "رئيس",
    "الرئيس",
    "رئيسة",
    "الرئيسة",
    "وزير",
    "الوزير",
    "وزيرة",
    "الوزيرة",
    "نائب",
    "النائب",
    "نائبة",
    "مدير",
    "المدير",
    "مديرة",
    "المديرة",
    "المتحدث",
    "متحدث",
    "المتحدثة",
    "الناطق",
    "ناطق",
    "الشيخ",
    "شيخ",
    "الملك",
    "ملك",
    "الملكة",
    "الامير",
    "امير",
    "الاميرة",
    "السيد",
    "السيدة",
    "الدكتور",
    "الدكتورة",
    "دكتور",
    "د",
    "المستشار",
    "المستشارة",
    "مستشار",
    "السفير",
    "سفير",
    "اللواء",
    "العميد",
    "العقيد",
    "الجنرال",
    "الفريق",
    "المشير",
    "الرائد",
    "النقيب",
    "المدرب",
    "مدرب",
    "اللاعب",
    "لاعب",
    "الفنان",
    "الفنانة",
    "الكاتب",
    "الكاتبة",
    "الشاعر",
    "الامين",
    "امين",
    "المرشح",
    "الزعيم",
    "زعيم",
    "قائد",
    "القائد",
    "الامام",
    "البابا",
    "المهندس",
    "الاستاذ",
    "الحاج",
    "القاضي",
    "المحامي",
    "النجم",
    "الممثل",
    "الممثلة",
    "المخرج",
    "الصحفي",
    "السناتور",
    "المفوض",
    "المبعوث",
    "المندوب",
    "المسؤول",
    "مسؤول",
    "عضو",
    "العضو",
    "المطرب",
    "المطربة",
    "الروائي",
    "الباحث",
    "الخبير",
    "البروفيسور",
    "الاب",
    "الكاردينال",
    "المطران",
    "مساعد",
    "المساعد",
    "سكرتير",
    "السكرتير",
    "المدعي",
    "الحارس",
    "المهاجم",
    "رئيسا",
    "وزيرا",
    "حاكم",
    "الحاكم",
    "محافظ",
    "المحافظ",
    "عمدة",
    "الاسقف",
    "القس",
    "الحاخام",
    "المفتي",
    "العاهل",
    "ولي",
    "الوزيران",
    "الرئيسان",
    "المغني",
    "المغنية",
    "الموسيقار",
    "المؤرخ",
    "المفكر",
    "الفيلسوف",
    "العالم",
    "الطبيب",
    "البطل",
    "الملاكم",
    "المصارع",
    "المدافع",
    "الهداف",
    "الراحل",
    "الفقيد",
    "الشهيد",
    "الأسير",
    "المعتقل",
    "المواطن",
  ].map(foldArabic),
);

/** Words that introduce a name without being a title (بزعامة، تقديم، إخراج، مواطنه، زميله). */
export const AGENT_WORDS: ReadonlySet<string> = new Set(
  [
    "بزعامة",
    "زعامة",
    "برئاسة",
    "رئاسة",
    "بقيادة",
    "قيادة",
    "تقديم",
    "اخراج",
    "تاليف",
    "بطولة",
    "بقلم",
    "اعداد",
    "الحان",
    "غناء",
    "مواطنه",
    "زميله",
    "مواطنها",
    "زميلها",
    "نظيره",
    "نظيرته",
    "خلفا",
    "سلفه",
    "خليفته",
    "حكومة",
    "نظام",
    "عهد",
    "ادارة",
    "اسم",
    "يدعى",
    "المدعو",
  ].map(foldArabic),
);

/**
 * A nisba adjective with the article (البرازيلي، الروسي، التركية): nationality or origin,
 * which in news stands right before a name (الإسباني فابريغاس) or after a title.
 */
export function isNisba(split: CliticSplit): boolean {
  const w = split.noPrep;
  return w.startsWith("ال") && w.length >= 5 && (w.endsWith("ي") || w.endsWith("ية"));
}

/** Kinship words that introduce or sit inside a name (نجل الرئيس، أسامة بن لادن). */
export const KIN_WORDS: ReadonlySet<string> = new Set(
  [
    "ابن",
    "بن",
    "بنت",
    "ابنة",
    "نجل",
    "نجلة",
    "شقيق",
    "شقيقة",
    "زوجة",
    "زوج",
    "والد",
    "والدة",
    "ابو",
    "ام",
    "ال",
    "عبد",
  ].map(foldArabic),
);

/** Speech and report verbs around a quoted or named speaker (قال، أكد، أضاف ...). */
export const SPEECH_WORDS: ReadonlySet<string> = new Set(
  [
    "قال",
    "قالت",
    "يقول",
    "تقول",
    "اكد",
    "اكدت",
    "يؤكد",
    "اضاف",
    "اضافت",
    "اعلن",
    "اعلنت",
    "اشار",
    "اشارت",
    "اوضح",
    "اوضحت",
    "صرح",
    "صرحت",
    "ذكر",
    "ذكرت",
    "لفت",
    "لفتت",
    "اعتبر",
    "اعتبرت",
    "راى",
    "رات",
    "يرى",
    "اعرب",
    "اعربت",
    "دعا",
    "دعت",
    "طالب",
    "طالبت",
    "شدد",
    "شددت",
    "نفى",
    "نفت",
    "كشف",
    "كشفت",
    "تابع",
    "تابعت",
    "وصف",
    "وصفت",
    "قوله",
    "بحسب",
    "حسب",
    "ادعى",
    "اعترف",
    "اعترفت",
    "استقبل",
    "التقى",
    "بحث",
    "زار",
    "وقع",
    "حذر",
    "حذرت",
    "اتهم",
    "اتهمت",
    "ابلغ",
    "اجتمع",
    "اكدا",
    "قالا",
  ].map(foldArabic),
);

/** Short function words: prepositions and particles that are never names. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [
    "في",
    "من",
    "الى",
    "على",
    "علي",
    "عن",
    "مع",
    "بين",
    "ان",
    "او",
    "ثم",
    "قد",
    "لا",
    "ما",
    "لم",
    "لن",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "التي",
    "الذي",
    "الذين",
    "كان",
    "كانت",
    "هو",
    "هي",
    "بعد",
    "قبل",
    "خلال",
    "حول",
    "عند",
    "حتى",
    "منذ",
    "لدى",
    "كما",
    "وقد",
    "اي",
    "كل",
    "غير",
  ].map(foldArabic),
);

const QUOTES = new Set(['"', "“", "”", "«", "»", "„", "‟", "'", "‘", "’", "`", "″"]);

export function isQuote(token: string): boolean {
  return QUOTES.has(token);
}

/**
 * Folds a token for features: foldArabic, every quotation mark to `"`, every comma to `,`.
 * ANERcorp writes « » and " where news sites write “ ”; they are the same cue.
 */
export function featureFold(token: string): string {
  if (token.length === 1) {
    if (QUOTES.has(token)) return '"';
    if (token === "،" || token === ",") return ",";
    if (token === "؟") return "?";
    if (token === "؛") return ";";
  }
  // foldArabic itself only when the word has something to fold: most words have not, and
  // this runs once per distinct word of every text the tagger reads.
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 0x0622 && c <= 0x06ed && (c <= 0x0625 || c >= 0x0640)) {
      if (c >= 0x0641 && c <= 0x064a) continue;
      if (c >= 0x0660 && c <= 0x066f) continue;
      if (c >= 0x0672 && c <= 0x06d5) continue;
      return foldArabic(token);
    }
  }
  return token;
}

/** A further normalization for features only (never for name matching): ى→ي, ة→ه, as ANERcorp mixes them. */
export function deepFold(folded: string): string {
  return folded.replace(/\u0649/g, "\u064A").replace(/\u0629/g, "\u0647");
}

const LETTER = /\p{L}/u;
const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF]/;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;

/** A compressed class string: A Arabic, x/X Latin lower/upper, d digit, p punctuation, o other. */
export function wordShape(token: string): string {
  // The common case first, without regular expressions: a word of Arabic letters only.
  let plain = token.length > 0;
  for (let i = 0; i < token.length && plain; i++) {
    const c = token.charCodeAt(i);
    plain = (c >= 0x0621 && c <= 0x064a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670;
  }
  if (plain) return "A";
  let shape = "";
  let last = "";
  for (const ch of token) {
    let c: string;
    if (ARABIC_LETTER.test(ch)) c = "A";
    else if (LATIN_LETTER.test(ch)) c = ch === ch.toUpperCase() ? "X" : "x";
    else if (DIGIT.test(ch)) c = "d";
    else if (LETTER.test(ch)) c = "L";
    else if (/\p{M}/u.test(ch) || ch === "\u0640") continue;
    else if (QUOTES.has(ch)) c = "q";
    else c = "p";
    if (c !== last) shape += c;
    last = c;
  }
  return shape.length > 4 ? shape.slice(0, 4) + "+" : shape;
}

/** The word with punctuation stripped from both ends (CoNLL tokens such as `أ)` or `"محمد`). */
export function stripEdgePunct(token: string): string {
  return token.replace(/^[\p{P}\p{S}]+/u, "").replace(/[\p{P}\p{S}]+$/u, "");
}

export interface CliticSplit {
  /** Without a leading و/ف. */
  noConj: string;
  /** Also without a leading ب/ل/ك (لل → ال). */
  noPrep: string;
  /** Also without the article ال. */
  core: string;
  /** Which clitics were split off, e.g. "و+ل+ال". */
  signature: string;
}

const CONJ = new Set(["و", "ف"]);
const PREP = new Set(["ب", "ل", "ك"]);

/**
 * Splits proclitics off a folded word. Ambiguous by nature (بشار is not ب + شار), so every
 * level is offered to the learner as a separate feature rather than trusted as an answer.
 */
export function splitClitics(folded: string): CliticSplit {
  const sig: string[] = [];
  let w = folded;
  if (w.length >= 4 && CONJ.has(w[0] as string)) {
    sig.push(w[0] as string);
    w = w.slice(1);
  }
  const noConj = w;
  if (w.length >= 4 && PREP.has(w[0] as string)) {
    sig.push(w[0] as string);
    // ل + ال is written لل: للرئيس = ل + الرئيس.
    w = w[0] === "ل" && w[1] === "ل" ? "ا" + w.slice(1) : w.slice(1);
  }
  const noPrep = w;
  if (w.length >= 4 && w.startsWith("ال")) {
    sig.push("ال");
    w = w.slice(2);
  }
  return { noConj, noPrep, core: w, signature: sig.join("+") };
}

/** True when any clitic level of the word is in the set. */
export function inSet(set: ReadonlySet<string>, folded: string, split: CliticSplit): boolean {
  return set.has(folded) || set.has(split.noConj) || set.has(split.noPrep);
}
