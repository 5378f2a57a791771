import { useLayoutEffect, useState, useTransition, type ReactNode } from "react";
import { Router, type Location } from "react-router";
import type { AppHistory } from "./history";
import { PendingLocationContext } from "./pending-location";

/*
 * React Router in its declarative mode, driven by our own transition.
 *
 * Why not the data router (createBrowserRouter): it costs about 18 kB more gzipped, which
 * the article page cannot afford (its budget is 110 kB of JavaScript), and its
 * loaders only did what a suspending query does here: pages read their data with
 * useSuspenseQuery and the layout's Suspense boundary waits for it.
 *
 * Why not <BrowserRouter>: it also moves to a new location in a transition, which keeps the
 * old page on screen while the new one loads, but it keeps to itself that a move is pending.
 * The layout needs to know, to mark itself busy and put up the next page's skeleton if the
 * wait is long; so this is BrowserRouter with useTransition in place of startTransition.
 */

export function AppRouter({ history, children }: { history: AppHistory; children: ReactNode }) {
  const [current, setCurrent] = useState({ location: history.location, action: history.action });
  const [pending, setPending] = useState<Location | null>(null);
  const [isPending, startTransition] = useTransition();

  useLayoutEffect(
    () =>
      history.listen(({ location, action }) => {
        setPending(location);
        startTransition(() => setCurrent({ location, action }));
      }),
    [history],
  );

  return (
    <PendingLocationContext value={isPending ? pending : null}>
      <Router
        basename={import.meta.env.BASE_URL}
        location={current.location}
        navigationType={current.action}
        navigator={history}
      >
        {children}
      </Router>
    </PendingLocationContext>
  );
}
