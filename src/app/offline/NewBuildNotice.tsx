import { useOutdatedBuild } from "./new-build";

/** Shown only in a tab left open across a deploy (see new-build.ts): one button, a reload. */
export function NewBuildNotice() {
  const outdated = useOutdatedBuild();
  if (!outdated) return null;
  return (
    <div
      role="status"
      data-print="hide"
      data-new-build-notice=""
      className="mx-auto mt-4 flex w-fit max-w-[calc(100%-2rem)] flex-wrap items-center gap-x-4 gap-y-2 rounded-xl border border-border bg-surface px-4 py-2 text-base text-ink"
    >
      <p>صدرت نسخة أحدث من القارئ؛ حدّث الصفحة لتعمل بها.</p>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="inline-flex min-h-11 items-center rounded-lg bg-accent px-4 font-bold text-page hover:opacity-90"
      >
        حدّث الصفحة
      </button>
    </div>
  );
}
