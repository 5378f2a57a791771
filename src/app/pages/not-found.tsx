import { Link } from "react-router";

type NotFoundPageProps = {
  /** An article link that leads nowhere deserves a more precise sentence than any other URL. */
  what?: "page" | "article";
};

export function NotFoundPage({ what = "page" }: NotFoundPageProps) {
  const heading = what === "article" ? "لم نجد هذه المقالة" : "الصفحة غير موجودة";
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-12 sm:px-6 sm:py-20">
      <title>{`${heading} — قارئ الأخبار`}</title>
      <p className="mb-2 text-lg font-bold text-muted" aria-hidden="true">
        ٤٠٤
      </p>
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{heading}</h1>
      <p className="mb-8 text-lg">
        {what === "article"
          ? "لا توجد في المكتبة مقالة على هذا العنوان. ربما تغيّر رابطها أو لم تُنشر بعد."
          : "لا توجد صفحة على هذا الرابط. ربما فيه خطأ، أو نُقلت الصفحة."}
      </p>
      <Link
        to="/"
        className="inline-flex min-h-12 items-center rounded-xl bg-accent px-5 text-lg font-bold text-page no-underline hover:opacity-90"
      >
        العودة إلى المكتبة
      </Link>
    </div>
  );
}
