/** The page's heading and promise: static, so the skeleton shows the real thing. */
export function ReadOwnIntro() {
  return (
    <>
      <h1 className="mb-1 text-3xl font-bold sm:text-4xl">اقرأ نصّك</h1>
      <p className="mb-2 text-lg text-muted">
        الصق مقالاً عربياً من أي موقع، أو اختر ملفاً نصياً، فتقرؤه هنا كما تُقرأ مقالات المكتبة: بعنوانه،
        وفهرس لأقسامه، وإبراز لمن يرد ذكرهم فيه.
      </p>
      <p className="mb-6 flex items-center gap-2 text-base text-muted">
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="size-5 shrink-0"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
        >
          <rect x="4" y="9" width="12" height="8" rx="1.5" />
          <path d="M7 9V6.5a3 3 0 0 1 6 0V9" />
        </svg>
        يُحلَّل النص في متصفحك، ولا يُرسَل إلى أي مكان.
      </p>
    </>
  );
}
