/**
 * A schema-valid library index for component tests: the seed's article and two others,
 * with tashkeel and hamza forms in their text so the search's folding has work to do.
 */
import {
  libraryPageSchema,
  librarySchema,
  type Library,
  type LibraryPage,
} from "../article/schema";
import { buildSearchIndex } from "../lib/search/build-index";
import { libraryPages } from "../pipeline/library-pages";
import { sampleArticle } from "./sample-article";

export const sampleLibrary: Library = librarySchema.parse({
  schemaVersion: 1,
  articles: [
    {
      slug: sampleArticle.slug,
      title: sampleArticle.title,
      excerpt:
        "بعد أنّ اعترف وزير الخارجيّة الروسي سيرغي لافروف في تصريحاتٍ سابقةٍ أنّ بلاده تعمل منذ سنوات على إعادة العلاقات بين نظام الأسد والحكومة التركيّة…",
      readingMinutes: 3,
      sections: 6,
      people: 6,
      peopleNames: [
        "بشّار الأسد",
        "رجب طيب أردوغان",
        "سيرغي لافروف",
        "ميخائيل بوغدانوف",
        "هاكان فيدان",
        "علي مملوك",
      ],
    },
    {
      slug: "samarkand-summit",
      title: "قِمّة شنغهاي للتعاون تُفتتح في سمرقند",
      excerpt:
        "افتُتحت في العاصمة الأوزبكيّة القديمة قمّةُ منظمة شنغهاي للتعاون بحضور رؤساء الدول الأعضاء.",
      readingMinutes: 1,
      sections: 2,
      people: 0,
      peopleNames: [],
    },
    {
      slug: "istanbul-grain-talks",
      title: "محادثات الحبوب في إسطنبول تدخل أسبوعها الثاني",
      excerpt: "يواصل المفاوضون في إسطنبول بحث تمديد اتفاق تصدير الحبوب عبر البحر الأسود.",
      readingMinutes: 12,
      sections: 4,
      people: 1,
      peopleNames: ["آمنة إبراهيم"],
    },
  ],
});

/** The same library as its one page (articles/pages/1.json): what the library page reads. */
export const sampleLibraryPage: LibraryPage = libraryPageSchema.parse(
  libraryPages(sampleLibrary)[0],
);

/**
 * The full-text search's files for a library, as stubFetch answers them: each article's
 * title, with its excerpt and people standing in for its text.
 */
export function searchFilesOf(library: Library): Record<string, { body: string }> {
  const docs = library.articles.map((entry) => ({
    slug: entry.slug,
    title: entry.title,
    text: [entry.excerpt, ...entry.peopleNames].join("\n"),
  }));
  return Object.fromEntries(
    [...buildSearchIndex(docs)].map(([file, body]) => [`/${file}`, { body }]),
  );
}

/** The library's files, as stubFetch answers them: its page and the search's index. */
export const sampleLibraryFiles = {
  "/articles/pages/1.json": { json: sampleLibraryPage },
  ...searchFilesOf(sampleLibrary),
};
