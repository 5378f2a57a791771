import { describe, expect, it } from "vitest";
import { foldArabic } from "../../text/fold.ts";
import { createCueRecognizer } from "./cues.ts";
import type { RecognizedPeople, TextUnit } from "./recognizer.ts";
// Read through Vite's ?raw import: the app's tsconfig has no Node types, and the seed is
// read byte for byte as the pipeline would get it.
import SEED_TEXT from "../../../seeds/000_ba3d84ed962b3426.txt?raw";

const BOILERPLATE = "تخطى إلى المحتوى";
const READ_ALSO = /^اقرأ أيضاً:\s*/;

/** The seed's lines as the pipeline hands them over: title first, read-also by its title. */
function seedUnits(): TextUnit[] {
  return SEED_TEXT.split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && l !== BOILERPLATE)
    .map((text, i) => ({ key: `b${i}`, text: text.replace(READ_ALSO, "") }));
}

function units(...texts: string[]): TextUnit[] {
  return texts.map((text, i) => ({ key: `u${i}`, text }));
}

function recognize(input: TextUnit[]): RecognizedPeople {
  return createCueRecognizer().recognize(input);
}

/** The verbatim text of each of a person's mentions, in reading order. */
function mentionTexts(input: TextUnit[], result: RecognizedPeople, name: string): string[] {
  const person = result.people.find((p) => p.name === name);
  if (!person) return [];
  return result.mentions
    .filter((m) => m.person === person.id)
    .map((m) => input.find((u) => u.key === m.key)?.text.slice(m.start, m.end) ?? "");
}

/** Every mention text of the whole result, folded, to check what was never tagged. */
function allMentionTexts(input: TextUnit[], result: RecognizedPeople): string[] {
  return result.mentions.map((m) =>
    foldArabic(input.find((u) => u.key === m.key)?.text.slice(m.start, m.end) ?? ""),
  );
}

describe("cue recognizer on the seed", () => {
  const input = seedUnits();
  const result = recognize(input);

  it("feeds the title first and the read-also title bare", () => {
    expect(input[0]?.text).toBe(
      "روسيا تتحدث عن نيتها عقد اجتماع وزاري بين نظام الأسد والحكومة التركيّة وتُعلق على تصريحات أردوغان الأخيرة",
    );
    expect(input.some((u) => u.text.startsWith("مصادر تتحدّث عن لقاء استخباراتي"))).toBe(true);
  });

  it("finds exactly six people with their fullest names, roles and ids in order of first mention", () => {
    expect(result.people).toEqual([
      { id: "p1", name: "بشار الأسد", role: "" },
      { id: "p2", name: "رجب طيب أردوغان", role: "الرئيس التركي" },
      { id: "p3", name: "سيرغي لافروف", role: "وزير الخارجيّة الروسي" },
      { id: "p4", name: "ميخائيل بوغدانوف", role: "نائب وزير الخارجيّة الروسي" },
      { id: "p5", name: "هاكان فيدان", role: "رئيس المُخابرات التركيّة" },
      { id: "p6", name: "علي مملوك", role: "مُدير مخابرات نظام الأسد" },
    ]);
  });

  it("counts 22 mentions: 1, 2, 3, 12, 2, 2", () => {
    expect(result.mentions).toHaveLength(22);
    const count = (name: string): number => mentionTexts(input, result, name).length;
    expect(count("سيرغي لافروف")).toBe(1);
    expect(count("ميخائيل بوغدانوف")).toBe(2);
    expect(count("رجب طيب أردوغان")).toBe(3);
    expect(count("بشار الأسد")).toBe(12);
    expect(count("هاكان فيدان")).toBe(2);
    expect(count("علي مملوك")).toBe(2);
  });

  it("counts the title's mentions and every الأسد of نظام الأسد", () => {
    const inTitle = result.mentions.filter((m) => m.key === input[0]?.key);
    expect(inTitle.map((m) => input[0]?.text.slice(m.start, m.end))).toEqual(["الأسد", "أردوغان"]);
    const assad = mentionTexts(input, result, "بشار الأسد");
    expect(assad.filter((t) => t === "الأسد")).toHaveLength(10);
    expect(assad).toContain("بشّار الأسد");
  });

  it("reports offsets into the verbatim text, the glued clitic inside the span", () => {
    expect(mentionTexts(input, result, "علي مملوك")).toEqual(["وعلي مملوك", "علي مملوك"]);
    expect(mentionTexts(input, result, "ميخائيل بوغدانوف")).toEqual([
      "ميخائيل بوغدانوف",
      "بوغدانوف",
    ]);
    for (const m of result.mentions) {
      const text = input.find((u) => u.key === m.key)?.text ?? "";
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      // Never inside a word: the span starts and ends on word boundaries.
      expect(text.slice(m.start - 1, m.start)).toMatch(/^$|[\s“”"«»(،]/u);
      expect(text.slice(m.end, m.end + 1)).toMatch(/^$|[\s“”"«»)،.,]/u);
    }
  });

  it("never tags agencies or places", () => {
    const texts = allMentionTexts(input, result);
    for (const notPerson of [
      "ريا نوفوستي",
      "نوفوستي",
      "موسكو",
      "انقرة",
      "روسيا",
      "دمشق",
      "تركيا",
    ]) {
      expect(texts.some((t) => t.includes(notPerson))).toBe(false);
    }
  });

  it("gives ids safe in HTML attributes and CSS selectors, and links every mention", () => {
    const ids = new Set(result.people.map((p) => p.id));
    for (const id of ids) expect(id).toMatch(/^[A-Za-z][\w-]*$/);
    for (const m of result.mentions) expect(ids.has(m.person)).toBe(true);
  });
});

describe("cue recognizer on invented news text", () => {
  it("takes a title phrase with nisba and the bare name after it", () => {
    const input = units("وصل الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر في زيارة رسمية.");
    const result = recognize(input);
    expect(result.people).toEqual([{ id: "p1", name: "إيمانويل ماكرون", role: "الرئيس الفرنسي" }]);
  });

  it("extends a title over construct nouns and a country: وزير خارجية تركيا", () => {
    const input = units("واستقبل وزير خارجية تركيا مولود جاويش أوغلو نظيره الإيراني في أنقرة.");
    const result = recognize(input);
    expect(result.people).toEqual([
      { id: "p1", name: "مولود جاويش أوغلو", role: "وزير خارجية تركيا" },
    ]);
  });

  it("takes a quoted name after a title, and drops the conjunction from the role", () => {
    const input = units("والمتحدث باسم الخارجية الأمريكية “نيد برايس” لم يعلق على الأمر.");
    const result = recognize(input);
    expect(result.people).toEqual([
      { id: "p1", name: "نيد برايس", role: "المتحدث باسم الخارجية الأمريكية" },
    ]);
  });

  it("handles a name with a clitic glued to it: span covers the word, name does not", () => {
    const input = units(
      "التقى رئيس الوزراء العراقي مصطفى الكاظمي وفدا أمريكيا.",
      "وقدم الوفد رسالة للكاظمي من واشنطن، ثم غادر والكاظمي إلى أربيل.",
    );
    const result = recognize(input);
    expect(result.people).toEqual([
      { id: "p1", name: "مصطفى الكاظمي", role: "رئيس الوزراء العراقي" },
    ]);
    expect(mentionTexts(input, result, "مصطفى الكاظمي")).toEqual([
      "مصطفى الكاظمي",
      "للكاظمي",
      "والكاظمي",
    ]);
  });

  it("matches across tashkeel and shadda, and prefers the unvowelled form for the name", () => {
    const input = units(
      "أكّد الملكُ محمّد السادس دعمه للمبادرة.",
      "وكان محمد السادس قد استقبل الوفد.",
    );
    const result = recognize(input);
    expect(result.people).toHaveLength(1);
    expect(result.people[0]?.name).toBe("محمد السادس");
    expect(mentionTexts(input, result, "محمد السادس")).toEqual(["محمّد السادس", "محمد السادس"]);
  });

  it("never reads على (on) as علي (Ali)", () => {
    const input = units(
      "واجتمع اللواء علي حسين مع الوفد على هامش المؤتمر.",
      "وأكد الوفد على أهمية التعاون، وشدد على ضرورة الحل.",
    );
    const result = recognize(input);
    expect(result.people.map((p) => p.name)).toEqual(["علي حسين"]);
    expect(allMentionTexts(input, result)).toEqual(["علي حسين"]);
  });

  it("takes a quoted name after an agency or newspaper for a medium, not a person", () => {
    const input = units(
      "ونقلت صحيفة “حرييت” التركية عن المتحدث باسم الرئاسة “إبراهيم قالن”، قوله إن المحادثات مستمرة.",
      'وذكرت وكالة “سبوتنيك” أن الوفد وصل، وقالت قناة "الجزيرة" إن الاجتماع انتهى.',
    );
    const result = recognize(input);
    expect(result.people).toEqual([
      { id: "p1", name: "إبراهيم قالن", role: "المتحدث باسم الرئاسة" },
    ]);
    const texts = allMentionTexts(input, result);
    expect(
      texts.some((t) => t.includes("حرييت") || t.includes("سبوتنيك") || t.includes("الجزيرة")),
    ).toBe(false);
  });

  it("finds a surname that comes before the full name, in a headline", () => {
    const input = units(
      "بايدن يتعهد بدعم كييف",
      "تعهد الرئيس الأمريكي جو بايدن بتقديم مساعدات جديدة، وأكد بايدن أن بلاده لن تتراجع.",
    );
    const result = recognize(input);
    expect(result.people).toEqual([{ id: "p1", name: "جو بايدن", role: "الرئيس الأمريكي" }]);
    expect(mentionTexts(input, result, "جو بايدن")).toEqual(["بايدن", "جو بايدن", "بايدن"]);
  });

  it("produces nothing for a title with no name after it", () => {
    for (const text of [
      "وقال المتحدث باسم الوزارة إن الاجتماع سيعقد الأسبوع المقبل.",
      "وأشار المسؤول الروسي، أن بلاده مستعدة للحوار.",
      "وأكد الرئيس التركي في كلمته على ضرورة الحل السياسي.",
      "ويعتزم وزير الخارجية زيارة المنطقة.",
    ]) {
      expect(recognize(units(text))).toEqual({ people: [], mentions: [] });
    }
  });

  it("takes a speaker after a verb of saying, quoted or bare", () => {
    const quoted = units("وقال “كيريلوف”، إن القوات أحرزت تقدما.");
    expect(recognize(quoted).people).toEqual([{ id: "p1", name: "كيريلوف", role: "" }]);
    const bare = units("وأضاف بيسكوف أن الكرملين لم يتلق أي طلب.");
    expect(recognize(bare).people).toEqual([{ id: "p1", name: "بيسكوف", role: "" }]);
  });

  it("does not take a quotation after a speaker's title for a name", () => {
    const input = units("وقال الرئيس التركي “سنواصل عملياتنا”.", "وأضاف المسؤول الروسي “لا”.");
    expect(recognize(input)).toEqual({ people: [], mentions: [] });
    // A speaker's quoted name with the sentence going on is still a name, in guillemets too.
    const named = units("وقالت المتحدثة باسم الحكومة الفرنسية «أوليفيا غريغوار» إن المؤتمر سيعقد.");
    expect(recognize(named).people).toEqual([
      { id: "p1", name: "أوليفيا غريغوار", role: "المتحدثة باسم الحكومة الفرنسية" },
    ]);
  });

  it("does not take a place after a verb of saying for a person", () => {
    const input = units("وأكدت “موسكو”، أن العقوبات لن تؤثر، وقال مصدر إن دمشق ترفض.");
    expect(recognize(input).people).toEqual([]);
  });

  it("finds a frequent given name without a title", () => {
    const input = units("جرى اتصال هاتفي بين محمود عباس ونظيره، وناقش عباس الأوضاع.");
    const result = recognize(input);
    expect(result.people).toEqual([{ id: "p1", name: "محمود عباس", role: "" }]);
  });

  it("reads the leader's surname in نظام X once the leader is known", () => {
    const input = units(
      "وفد من نظام الأسد يصل إلى عمان",
      "وكان الرئيس السوري بشار الأسد قد استقبل الوفد، فيما قالت مصادر إن نظام الأسد يرفض الشروط.",
    );
    const result = recognize(input);
    expect(result.people).toEqual([{ id: "p1", name: "بشار الأسد", role: "الرئيس السوري" }]);
    expect(mentionTexts(input, result, "بشار الأسد")).toEqual(["الأسد", "بشار الأسد", "الأسد"]);
  });

  it("does not read نظام X as a person when X is nobody known", () => {
    expect(recognize(units("وانتقد النواب نظام الضرائب الجديد.")).people).toEqual([]);
  });

  it("keeps two people apart and a compound name whole", () => {
    const input = units(
      "والتقى الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني في القاهرة.",
      "وقال السيسي إن المباحثات كانت مثمرة.",
    );
    const result = recognize(input);
    expect(result.people).toEqual([
      { id: "p1", name: "عبد الفتاح السيسي", role: "الرئيس المصري" },
      { id: "p2", name: "عبد الله الثاني", role: "العاهل الأردني الملك" },
    ]);
    expect(mentionTexts(input, result, "عبد الفتاح السيسي")).toEqual([
      "عبد الفتاح السيسي",
      "السيسي",
    ]);
  });

  it("keeps linked names whole and stacks titles: أمير قطر الشيخ تميم بن حمد آل ثاني", () => {
    const input = units(
      "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني.",
      "وناقش بوتين وآل ثاني الملفات الإقليمية.",
    );
    const result = recognize(input);
    expect(result.people).toEqual([
      { id: "p1", name: "تميم بن حمد آل ثاني", role: "أمير قطر الشيخ" },
      { id: "p2", name: "محمد بن عبد الرحمن آل ثاني", role: "وزير الخارجية القطري" },
    ]);
    // "آل ثاني" alone goes to the one named last before it; "ثاني" alone is nobody.
    expect(mentionTexts(input, result, "محمد بن عبد الرحمن آل ثاني")).toEqual([
      "محمد بن عبد الرحمن آل ثاني",
      "وآل ثاني",
    ]);
  });

  it("ends a name at الله only inside the name: نصر الله is not every الله", () => {
    const input = units(
      "وقال زعيم حزب الله حسن نصر الله إن الله مع الصابرين، وأضاف نصر الله أن المقاومة باقية.",
    );
    const result = recognize(input);
    expect(result.people).toEqual([{ id: "p1", name: "حسن نصر الله", role: "زعيم حزب الله" }]);
    expect(mentionTexts(input, result, "حسن نصر الله")).toEqual(["حسن نصر الله", "نصر الله"]);
  });

  it("stops a name at the sentence's next word: a definite noun, a pronoun suffix, tanween", () => {
    const cases: [string, string][] = [
      ["كشف وزير الدفاع السابق سلفان شالوم النقاب عن خطة جديدة.", "سلفان شالوم"],
      ["وقدمت الوزيرة فايزة أبو النجا سيادته إلى الحضور.", "فايزة أبو النجا"],
      ["وقدم الفنان طلعت زكريا برنامجاً جديداً على القناة.", "طلعت زكريا"],
    ];
    for (const [text, name] of cases) {
      expect(recognize(units(text)).people.map((p) => p.name)).toEqual([name]);
    }
  });

  it("leaves a glued preposition out of the role but inside the mention", () => {
    const input = units("التقى الوزير بالمبعوث الأمريكي الخاص “آموس هوكشتاين” في بيروت.");
    const result = recognize(input);
    expect(result.people).toEqual([
      { id: "p1", name: "آموس هوكشتاين", role: "المبعوث الأمريكي الخاص" },
    ]);
  });

  it("reads titles behind a clitic, with a possessive, abbreviated, or over لجامعة", () => {
    const input = units(
      "التقى المبعوث الأمريكي آموس هوكشتاين برئيس مجلس النواب نبيه بري في بيروت.",
      "وقال بري لهوكشتاين إن لبنان لن يقبل بأي تنازل.",
      "ورحب الأمين العام لجامعة الدول العربية أحمد أبو الغيط بالخطوة، واتصل بنظيره التركي مولود جاويش أوغلو.",
      "وقال د. حسان دياب إن التحقيق يجب أن يستمر.",
    );
    const result = recognize(input);
    expect(result.people).toEqual([
      { id: "p1", name: "آموس هوكشتاين", role: "المبعوث الأمريكي" },
      { id: "p2", name: "نبيه بري", role: "رئيس مجلس النواب" },
      { id: "p3", name: "أحمد أبو الغيط", role: "الأمين العام لجامعة الدول العربية" },
      { id: "p4", name: "مولود جاويش أوغلو", role: "نظيره التركي" },
      { id: "p5", name: "حسان دياب", role: "د." },
    ]);
    // The speaker cue does not make "بري لهوكشتاين" a person: بري is already known.
    expect(mentionTexts(input, result, "نبيه بري")).toEqual(["نبيه بري", "بري"]);
    expect(mentionTexts(input, result, "آموس هوكشتاين")).toEqual(["آموس هوكشتاين", "لهوكشتاين"]);
  });

  it("ends a name before a frequent common word", () => {
    const input = units(
      "وأكدت وزيرة الخارجية الألمانية أنالينا بيربوك دعم برلين للمبادرة.",
      "وسجل النجم المصري محمد صلاح هدفين لفريقه.",
    );
    expect(recognize(input).people.map((p) => p.name)).toEqual(["أنالينا بيربوك", "محمد صلاح"]);
  });

  it("reads ابن سلمان as بن سلمان, and a surname that is also a given name only on its own", () => {
    const input = units(
      "ابن سلمان يستقبل بلينكن في الرياض",
      "استقبل ولي العهد السعودي الأمير محمد بن سلمان وزير الخارجية الأمريكي أنتوني بلينكن.",
      "وكان الرئيس الفلسطيني محمود عباس قد التقى بلينكن، وأكد عباس أن القيادة متمسكة بالحل.",
      "وفي طهران، قال المتحدث عباس عراقجي إن المحادثات مستمرة.",
    );
    const result = recognize(input);
    expect(mentionTexts(input, result, "محمد بن سلمان")).toEqual(["ابن سلمان", "محمد بن سلمان"]);
    // "عباس عراقجي" is somebody else's name: its عباس is not محمود عباس.
    expect(mentionTexts(input, result, "محمود عباس")).toEqual(["محمود عباس", "عباس"]);
  });

  it("returns nothing for empty input and text without Arabic names", () => {
    expect(recognize([])).toEqual({ people: [], mentions: [] });
    expect(recognize(units("", "   ", "Hello, world. 123"))).toEqual({ people: [], mentions: [] });
  });
});
