import { useTransition, type ReactNode } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { Link, useLocation } from "react-router";
import { ErrorBoundary } from "../../components/ErrorBoundary";
import { focusMainIfLost } from "../navigation-effects";
import { isFetchJsonError, FETCH_TIMEOUT_MS, type FetchFailureKind } from "../../lib/fetch-json";
import { toArabicDigits } from "../../lib/arabic-numbers";
import { NotFoundPage } from "./not-found";

type Subject = "article" | "library" | "page";

const NOUN: Record<Subject, string> = {
  article: "المقالة",
  library: "قائمة المقالات",
  page: "الصفحة",
};

const HEADING: Record<Subject, string> = {
  article: "تعذّر فتح المقالة",
  library: "تعذّر تحميل المكتبة",
  page: "تعذّر عرض الصفحة",
};

/** One sentence per kind of failure: what happened, in the reader's terms, and what helps. */
function explain(kind: FetchFailureKind | "unknown", status: number | null, noun: string): string {
  switch (kind) {
    case "network":
      return `لم نتمكّن من الوصول إلى الخادم لتحميل ${noun}. تحقّق من اتصالك بالإنترنت ثم أعد المحاولة.`;
    case "timeout":
      return `انتظرنا ${noun} أكثر من ${toArabicDigits(FETCH_TIMEOUT_MS / 1000)} ثوانٍ دون أن تصل؛ يبدو أن الاتصال بطيء. أعد المحاولة.`;
    case "http":
      return `ردّ الخادم بخطأ${status === null ? "" : ` (رمز ${toArabicDigits(status)})`} بدل ${noun}. غالبًا ما يكون عطلًا مؤقتًا؛ أعد المحاولة بعد قليل.`;
    case "invalid-json":
      return `وصل ملف ${noun} تالفًا ولا يمكن قراءته.`;
    case "invalid-data":
      return `وصل ملف ${noun} بصيغة لا يعرفها القارئ، فلم نعرضه كي لا نعرض نصًّا ناقصًا أو مشوّهًا.`;
    case "not-found":
      return `لم نجد ${noun}.`;
    default:
      return `حدث خطأ غير متوقّع أثناء عرض ${noun}.`;
  }
}

/**
 * Around each page: a missing article (its JSON answered 404, or its address cannot name
 * one) or later library page (one past its last) is the 404 page; any other failure says
 * what failed and offers a retry that really fetches again (the library's first page always
 * exists: its query reports a 404 as a server fault). A link elsewhere leaves the error behind.
 */
export function PageBoundary({ subject, children }: { subject: Subject; children: ReactNode }) {
  const { pathname, search } = useLocation();
  const queryClient = useQueryClient();
  return (
    <ErrorBoundary
      resetKey={pathname + search}
      // A failure is not kept: the next time the page is shown (a retry, a link back to
      // it), it fetches afresh instead of rethrowing the error the cache would hold.
      onError={() =>
        queryClient.removeQueries({ predicate: (query) => query.state.status === "error" })
      }
      // The retry button is gone with the message: focus goes where a page load leads.
      onRecovered={focusMainIfLost}
      fallback={(error, reset) =>
        isFetchJsonError(error) && error.kind === "not-found" && subject !== "page" ? (
          <NotFoundPage what={subject === "article" ? "article" : "page"} />
        ) : (
          <LoadError error={error} subject={subject} retry={reset} />
        )
      }
    >
      {children}
    </ErrorBoundary>
  );
}

function LoadError({
  error,
  subject,
  retry,
}: {
  error: unknown;
  subject: Subject;
  retry: () => void;
}) {
  // In a transition, the page fetching again keeps this message (and its busy button) on
  // screen until the page can show, or fails anew and this comes back with the new failure.
  const [retrying, startRetry] = useTransition();
  const kind = isFetchJsonError(error) ? error.kind : "unknown";
  const status = isFetchJsonError(error) ? error.status : null;

  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-12 sm:px-6 sm:py-20">
      <title>{`${HEADING[subject]} — قارئ الأخبار`}</title>
      <div role="alert">
        <h1 className="mb-4 text-3xl font-bold">{HEADING[subject]}</h1>
        <p className="mb-8 text-lg">{explain(kind, status, NOUN[subject])}</p>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={() => startRetry(retry)}
          disabled={retrying}
          aria-disabled={retrying}
          className="inline-flex min-h-12 items-center rounded-xl bg-accent px-5 text-lg font-bold text-page hover:opacity-90 disabled:opacity-70"
        >
          {retrying ? "جارٍ إعادة المحاولة…" : "أعد المحاولة"}
        </button>
        {subject !== "library" && <Link to="/">العودة إلى المكتبة</Link>}
      </div>
    </div>
  );
}

/** Last resort, if the layout itself fails: no header (it may be what broke), still Arabic. */
export function RootError() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <title>حدث خطأ — قارئ الأخبار</title>
      <h1 className="mb-4 text-3xl font-bold">حدث خطأ غير متوقّع</h1>
      <p className="mb-8 text-lg">تعذّر عرض الصفحة. أعد تحميلها، أو عُد إلى المكتبة.</p>
      <a href={import.meta.env.BASE_URL}>العودة إلى المكتبة</a>
    </main>
  );
}
