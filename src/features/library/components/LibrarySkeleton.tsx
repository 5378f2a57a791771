/** The library's layout with grey bars for text: same column, same card heights. */
export function LibrarySkeleton() {
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-6 sm:px-6 sm:py-10" aria-hidden="true">
      <div className="mb-2 h-9 w-40 rounded-md bg-border motion-safe:animate-pulse" />
      <div className="mb-6 h-5 w-72 max-w-full rounded-md bg-border motion-safe:animate-pulse" />
      <div className="mb-8 h-12 w-full rounded-xl border border-border bg-surface" />
      <ul className="space-y-4">
        {[0, 1, 2].map((index) => (
          <li key={index} className="rounded-2xl border border-border bg-surface p-5 sm:p-6">
            <div className="mb-3 h-7 w-11/12 rounded-md bg-border motion-safe:animate-pulse" />
            <div className="mb-4 h-7 w-2/3 rounded-md bg-border motion-safe:animate-pulse" />
            <div className="mb-2 h-4 w-full rounded bg-border/70 motion-safe:animate-pulse" />
            <div className="mb-2 h-4 w-full rounded bg-border/70 motion-safe:animate-pulse" />
            <div className="mb-5 h-4 w-1/2 rounded bg-border/70 motion-safe:animate-pulse" />
            <div className="h-4 w-1/3 rounded bg-border/70 motion-safe:animate-pulse" />
          </li>
        ))}
      </ul>
      <span className="sr-only">جارٍ تحميل المقالات…</span>
    </div>
  );
}
