import { Link } from "react-router";

/** The library's heading: static, so the skeleton shows the real thing. */
export function LibraryIntro() {
  return (
    <>
      <h1 className="mb-1 text-3xl font-bold sm:text-4xl">المقالات</h1>
      <p className="mb-6 text-lg text-muted">
        أخبار بالعربية للقراءة المريحة: فهرس للأقسام، وإبراز لمن يرد ذكرهم في النص. وعندك مقال من
        موقع آخر؟ <Link to="/read">الصقه هنا واقرأه</Link>.
      </p>
    </>
  );
}
