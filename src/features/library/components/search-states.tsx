import { Link } from "react-router";
import { STATUS_LINE } from "./library-layout";

/** While the results (or their code) load: the status line's place, so nothing moves. */
export function SearchPending() {
  return (
    <p role="status" aria-busy="true" className={STATUS_LINE}>
      جارٍ البحث…
    </p>
  );
}

export function NoResult({ query }: { query: string }) {
  return (
    <div className="rounded-2xl border border-border bg-surface p-5 sm:p-6">
      <h2 className="mb-2 text-xl font-bold">
        لا توجد في المكتبة مقالة تطابق «<bdi>{query}</bdi>»
      </h2>
      <p className="mb-3 text-lg">
        قد تكون المقالة التي تبحث عنها غير منشورة هنا بعد. جرّب كلمة أخرى من العنوان أو من نصّ
        المقالة.
      </p>
      <Link to="/">اعرض كل المقالات</Link>
    </div>
  );
}
