import { useEffect, useRef, useState } from "react";
import { matchPath, Outlet, useLocation, useNavigation } from "react-router";
import { MAIN_ID, SkipLink } from "../../components/layout/SkipLink";
import { SiteHeader } from "../../components/layout/SiteHeader";
import { ArticleReaderSkeleton } from "../../features/article/components/ArticleReaderSkeleton";
import { LibrarySkeleton } from "../../features/library/components/LibrarySkeleton";
import { SettingsMenu } from "../../features/settings/components/SettingsMenu";
import { useFocusMainOnNavigate, useScrollOnNavigate } from "../navigation-effects";
import { NewBuildNotice } from "../offline/NewBuildNotice";
import { useOfflineReading } from "../offline/use-offline-reading";

/** A fetch answered from the cache finishes well within this; no skeleton flash for it. */
const SKELETON_DELAY_MS = 120;

export function RootLayout() {
  const mainRef = useRef<HTMLElement>(null);
  const pendingPath = usePendingPathname();
  const showSkeleton = useDelayed(pendingPath !== null, SKELETON_DELAY_MS);
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
        {showSkeleton && pendingPath !== null ? <PendingPage pathname={pendingPath} /> : <Outlet />}
      </main>
    </div>
  );
}

/** While a link's loader runs: the skeleton of the page it leads to. */
function PendingPage({ pathname }: { pathname: string }) {
  if (matchPath("/articles/:slug", pathname)) return <ArticleReaderSkeleton />;
  if (matchPath("/", pathname)) return <LibrarySkeleton />;
  return null;
}

/** The path being loaded, if it is another page (a new ?q= on the same page is not). */
function usePendingPathname(): string | null {
  const navigation = useNavigation();
  const location = useLocation();
  if (navigation.state !== "loading") return null;
  return navigation.location.pathname === location.pathname ? null : navigation.location.pathname;
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
