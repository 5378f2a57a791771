/**
 * What a Chromium trace of a page load says the renderer's main thread spent its time on:
 * self time by kind of work (parse HTML, style, layout, script, React's callbacks, paint), and
 * every task over 50 ms with what it mostly was. Read by bench/trace-load.ts.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: { url?: string; type?: string; documentLoaderURL?: string };
    beginData?: { url?: string };
  };
}

export const KINDS = [
  "parse HTML",
  "parse CSS",
  "style",
  "layout",
  "script compile/eval",
  "script callbacks (React, hydration)",
  "GC",
  "paint/composite",
  "other",
] as const;
export type Kind = (typeof KINDS)[number];

const BY_NAME: Record<string, Kind> = {
  ParseHTML: "parse HTML",
  ParseAuthorStyleSheet: "parse CSS",
  UpdateLayoutTree: "style",
  RecalculateStyles: "style",
  "Document::updateStyleAndLayoutTree": "style",
  Layout: "layout",
  UpdateLayout: "layout",
  "LocalFrameView::layout": "layout",
  EvaluateScript: "script compile/eval",
  "v8.compile": "script compile/eval",
  "v8.compileModule": "script compile/eval",
  "v8.evaluateModule": "script compile/eval",
  "v8.produceModuleCache": "script compile/eval",
  "V8.CompileCode": "script compile/eval",
  "v8.parseOnBackground": "script compile/eval",
  FunctionCall: "script callbacks (React, hydration)",
  TimerFire: "script callbacks (React, hydration)",
  FireAnimationFrame: "script callbacks (React, hydration)",
  FireIdleCallback: "script callbacks (React, hydration)",
  EventDispatch: "script callbacks (React, hydration)",
  RunMicrotasks: "script callbacks (React, hydration)",
  "v8.run": "script callbacks (React, hydration)",
  MinorGC: "GC",
  MajorGC: "GC",
  "V8.GC_SCAVENGER": "GC",
  "V8.GC_MARK_COMPACTOR": "GC",
  BlinkGC: "GC",
  Paint: "paint/composite",
  PrePaint: "paint/composite",
  PaintImage: "paint/composite",
  Layerize: "paint/composite",
  UpdateLayer: "paint/composite",
  UpdateLayerTree: "paint/composite",
  CompositeLayers: "paint/composite",
  Commit: "paint/composite",
  "ProxyMain::BeginMainFrame::commit": "paint/composite",
};

export interface LongTask {
  /** From navigation start, ms. */
  start: number;
  duration: number;
  /** Its two largest kinds of work, with their ms, and the script or document it ran. */
  what: string;
}

export interface LoadSummary {
  /** Main-thread self time by kind, ms, from navigation start to the trace's end. */
  byKind: Record<Kind, number>;
  total: number;
  longTasks: LongTask[];
  fcp: number | null;
  lcp: number | null;
}

const round = (v: number) => Math.round(v);

/** The main thread that parsed the page whose URL ends with `pathname`. */
function mainThread(events: TraceEvent[], pathname: string): { pid: number; tid: number } {
  const parse = events.find(
    (e) => e.name === "ParseHTML" && (e.args?.beginData?.url ?? "").includes(pathname),
  );
  if (!parse) throw new Error(`trace: no ParseHTML of ${pathname}`);
  return { pid: parse.pid, tid: parse.tid };
}

function shortUrl(url: string | undefined): string {
  if (!url) return "";
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

export function summariseLoad(events: TraceEvent[], pathname: string): LoadSummary {
  const { pid, tid } = mainThread(events, pathname);
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X");
  const navigation = events.find(
    (e) =>
      e.name === "navigationStart" &&
      e.pid === pid &&
      (e.args?.data?.documentLoaderURL ?? "").includes(pathname),
  );
  const firstParse = onMain.find((e) => e.name === "ParseHTML")!;
  const origin = navigation?.ts ?? firstParse.ts;
  const mark = (name: string) => {
    const found = events.filter((e) => e.name === name && e.pid === pid && e.ts >= origin).at(-1);
    return found ? round((found.ts - origin) / 1000) : null;
  };

  const byKind = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const longTasks: LongTask[] = [];
  const tasks = onMain
    .filter((e) => e.name === "RunTask" && e.ts + (e.dur ?? 0) >= origin)
    .sort((a, b) => a.ts - b.ts);
  const inner = onMain.filter((e) => e.name !== "RunTask").sort((a, b) => a.ts - b.ts);
  let cursor = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    while (cursor < inner.length && inner[cursor]!.ts < task.ts) cursor++;
    const children: TraceEvent[] = [];
    for (let i = cursor; i < inner.length && inner[i]!.ts < end; i++) children.push(inner[i]!);
    const own = selfTimes(task, children);
    for (const kind of KINDS) byKind[kind] += own.byKind[kind];
    const duration = (task.dur ?? 0) / 1000;
    if (duration > 50) {
      const top = KINDS.map((k) => [k, own.byKind[k]] as const)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 2)
        .filter(([, v]) => v >= 1)
        .map(([k, v]) => `${k} ${round(v)}`)
        .join(", ");
      longTasks.push({
        start: round((task.ts - origin) / 1000),
        duration: round(duration),
        what: `${top}${own.source ? ` (${own.source})` : ""}`,
      });
    }
  }
  const total = KINDS.reduce((sum, k) => sum + byKind[k], 0);
  return {
    byKind,
    total,
    longTasks,
    fcp: mark("firstContentfulPaint"),
    lcp: mark("largestContentfulPaint::Candidate"),
  };
}

/**
 * Self time by kind inside one task: each event's duration less its children's, the task's
 * own remainder counted as "other". The source is the document or script of its longest event.
 */
function selfTimes(
  task: TraceEvent,
  children: TraceEvent[],
): { byKind: Record<Kind, number>; source: string } {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const stack: { end: number; kind: Kind; childTime: number; dur: number }[] = [];
  let topLevel = 0;
  let longest: TraceEvent | null = null;
  const close = (until: number) => {
    while (stack.length && stack.at(-1)!.end <= until) {
      const done = stack.pop()!;
      byKind[done.kind] += Math.max(0, done.dur - done.childTime) / 1000;
      if (stack.length) stack.at(-1)!.childTime += done.dur;
      else topLevel += done.dur;
    }
  };
  for (const event of children) {
    close(event.ts);
    const dur = event.dur ?? 0;
    // An unknown event inherits its parent's kind: its time is part of that work.
    const kind = BY_NAME[event.name] ?? stack.at(-1)?.kind ?? "other";
    stack.push({ end: event.ts + dur, kind, childTime: 0, dur });
    const url = event.args?.data?.url ?? event.args?.beginData?.url;
    if (url && (!longest || dur > (longest.dur ?? 0))) longest = event;
  }
  close(Number.POSITIVE_INFINITY);
  byKind.other += Math.max(0, (task.dur ?? 0) - topLevel) / 1000;
  const source = longest
    ? `${longest.name} ${shortUrl(longest.args?.data?.url ?? longest.args?.beginData?.url)}`
    : "";
  return { byKind, source };
}
