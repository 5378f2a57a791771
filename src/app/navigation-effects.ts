import { useEffect, useLayoutEffect, useRef, type RefObject } from "react";
import { useLocation, useNavigationType } from "react-router";
import { MAIN_ID } from "../components/layout/SkipLink";

/*
 * What a full page load would do, for client-side navigation between pages — and nothing
 * for moves within a page: a change of hash alone (the article's outline, Back/Forward
 * between sections) belongs to the page, which scrolls and focuses its own headings.
 */

const positions = new Map<string, number>();

/**
 * New page: top (or, with a #hash, leave it to the page). Back/Forward to a page: where the
 * reader left it. The browser's own restoration is off because it acts on popstate, before
 * the new page is rendered, on the old page's layout.
 */
export function useScrollOnNavigate(): void {
  const location = useLocation();
  const navigationType = useNavigationType();
  const keyRef = useRef(location.key);
  const pageRef = useRef(location.pathname + location.search);

  useEffect(() => {
    const previous = window.history.scrollRestoration;
    window.history.scrollRestoration = "manual";
    const onScroll = () => positions.set(keyRef.current, window.scrollY);
    // Let the browser restore the position on reload or from the back-forward cache.
    const onPageHide = () => {
      window.history.scrollRestoration = "auto";
    };
    const onPageShow = () => {
      window.history.scrollRestoration = "manual";
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("pageshow", onPageShow);
      window.history.scrollRestoration = previous;
    };
  }, []);

  useLayoutEffect(() => {
    keyRef.current = location.key;
    const page = location.pathname + location.search;
    if (page === pageRef.current) return;
    pageRef.current = page;
    if (location.hash) return;
    const saved = navigationType === "POP" ? positions.get(location.key) : undefined;
    window.scrollTo({ top: saved ?? 0, behavior: "instant" });
  }, [location, navigationType]);
}

/**
 * After a client-side navigation the link that was clicked (or the retry button) is gone
 * and focus falls to <body>; put it on <main> instead, where a full page load's skip link
 * would have led. Only when focus was lost: a page that focused something itself keeps it,
 * and so does the search box while its query changes the URL. A change of hash alone is
 * the page's business.
 */
export function useFocusMainOnNavigate(main: RefObject<HTMLElement | null>): void {
  const location = useLocation();
  const previous = useRef(location);

  useEffect(() => {
    const before = previous.current;
    previous.current = location;
    if (before.key === location.key) return;
    if (
      before.pathname === location.pathname &&
      before.search === location.search &&
      before.hash !== location.hash
    )
      return;
    focusMainIfLost(main.current);
  }, [location, main]);
}

/** Focus on <main> if it fell to <body> (the focused element left the page). */
export function focusMainIfLost(main: HTMLElement | null = document.getElementById(MAIN_ID)): void {
  const active = document.activeElement;
  if (active === null || active === document.body) main?.focus({ preventScroll: true });
}
