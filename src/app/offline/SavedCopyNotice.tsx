import { useOnline, useShownFromCopy } from "./use-connection";

/**
 * Says when the page shows a saved copy: offline (whatever the page's data came from, it
 * cannot be refreshed), or online when the server could not be reached and the data came
 * from the copy kept on this device. Nothing otherwise; never printed.
 */
export function SavedCopyNotice({
  dataUrl,
  className = "",
}: {
  dataUrl: string;
  className?: string;
}) {
  const online = useOnline();
  const fromCopy = useShownFromCopy(dataUrl);
  if (online && !fromCopy) return null;
  return (
    <p
      role="status"
      data-print="hide"
      data-saved-copy-notice=""
      className={`rounded-xl border border-border bg-surface px-4 py-2 text-base text-ink ${className}`}
    >
      {online
        ? "تعذّر الوصول إلى الخادم، فنعرض لك نسخة محفوظة على هذا الجهاز؛ قد لا تكون أحدث نسخة."
        : "أنت غير متصل بالإنترنت: تقرأ نسخة محفوظة على هذا الجهاز، وقد لا تكون أحدث نسخة."}
    </p>
  );
}
