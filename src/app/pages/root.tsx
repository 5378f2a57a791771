import { Suspense, useEffect, useRef, useState, type ReactNode } from "react";
import { matchPath, Outlet, useLocation } from "react-router";
import { MAIN_ID, SkipLink } from "../../components/layout/SkipLink";
import { SiteHeader } from "../../components/layout/SiteHeader";
import { ArticleReaderSkeleton } from "../../features/article/components/ArticleReaderSkeleton";
import { LibrarySkeleton } from "../../features/library/components/LibrarySkeleton";
import { SettingsMenu } from "../../features/settings/components/SettingsMenu";
import { useFocusMainOnNavigate, useScrollOnNavigate } from "../navigation-effects";
import { NewBuildNotice } from "../offline/NewBuildNotice";
import { useOfflineReading } from "../offline/use-offline-reading";
import { usePendingLocation } from "../pending-location";
import { PAGE_PATHS } from "../route-table";

/** A fetch answered from the cache finishes well within this; no skeleton flash for it. */
const SKELETON_DELAY_MS = 120;

export function RootLayout() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const pendingPath = usePendingPathname();
  const showSkeleton = useDelayed(pendingPath !== null, SKELETON_DELAY_MS);
  const pendingSkeleton = showSkeleton && pendingPath !== null ? skeletonFor(pendingPath) : null;
  useScrollOnNavigate();
  useFocusMainOnNavigate(mainRef);
  useOfflineReading();

  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <SiteHeader actions={<SettingsMenu />} />
      <main
        ref={mainRef}
        id={MAIN_ID}
        tabIndex={-1}
        aria-busy={pendingPath !== null || undefined}
        className="flex-1 scroll-mt-4"
      >
        <NewBuildNotice />
        {/* Already on screen, this boundary keeps the old page up while the next one loads
            (navigations are transitions); its fallback only shows on a first client render,
            where there is no page yet. */}
        <Suspense fallback={skeletonFor(pathname)}>{pendingSkeleton ?? <Outlet />}</Suspense>
      </main>
    </div>
  );
}

/**
 * While a page's data or code loads: its skeleton. The pages that fetch have one; /read
 * (prerendered, its code cached by the service worker) only waits for its code, and keeps
 * the page before it on screen meanwhile.
 */
function skeletonFor(pathname: string): ReactNode {
  if (matchPath(PAGE_PATHS.article, pathname)) return <ArticleReaderSkeleton />;
  if (matchPath(PAGE_PATHS.library, pathname) || matchPath(PAGE_PATHS["library-page"], pathname))
    return <LibrarySkeleton />;
  return null;
}

/** The path being loaded, if it is another page (a new ?q= on the same page is not). */
function usePendingPathname(): string | null {
  const pending = usePendingLocation();
  const location = useLocation();
  if (pending === null) return null;
  return pending.pathname === location.pathname ? null : pending.pathname;
}

function useDelayed(value: boolean, delayMs: number): boolean {
  const [delayed, setDelayed] = useState(false);
  useEffect(() => {
    if (!value) return;
    const timer = window.setTimeout(() => setDelayed(true), delayMs);
    return () => {
      window.clearTimeout(timer);
      setDelayed(false);
    };
  }, [value, delayMs]);
  return value && delayed;
}
