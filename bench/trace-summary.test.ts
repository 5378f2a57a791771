import { describe, expect, it } from "vitest";
import { summariseLoad, type TraceEvent } from "./trace-summary.ts";

const PAGE = "/articles/one";
const at = (ms: number) => 1_000_000 + ms * 1000;
const main = { pid: 1, tid: 7 };
const x = (
  name: string,
  startMs: number,
  durMs: number,
  args?: TraceEvent["args"],
): TraceEvent => ({
  name,
  ph: "X",
  ts: at(startMs),
  dur: durMs * 1000,
  ...main,
  ...(args && { args }),
});

const events: TraceEvent[] = [
  {
    name: "navigationStart",
    ph: "R",
    ts: at(0),
    ...main,
    args: { data: { documentLoaderURL: `http://site${PAGE}` } },
  },
  // A 120 ms task: parsing (20 ms of its own) with a 90 ms layout inside it; 10 ms unaccounted.
  x("RunTask", 10, 120),
  x("ParseHTML", 10, 110, { beginData: { url: `http://site${PAGE}` } }),
  x("Layout", 30, 90),
  // A 30 ms task of script: short, so not listed.
  x("RunTask", 200, 30),
  x("FunctionCall", 200, 30, { data: { url: "http://site/assets/app.js" } }),
  // Another thread's work is not the page's main thread.
  { ...x("RunTask", 300, 500), tid: 9 },
  { name: "firstContentfulPaint", ph: "R", ts: at(150), ...main },
];

describe("summariseLoad", () => {
  it("sums the main thread's self time by kind and lists the tasks over 50 ms", () => {
    const summary = summariseLoad(events, PAGE);
    expect(summary.byKind["parse HTML"]).toBe(20);
    expect(summary.byKind.layout).toBe(90);
    expect(summary.byKind["script callbacks (React, hydration)"]).toBe(30);
    expect(summary.byKind.other).toBe(10);
    expect(summary.total).toBe(150);
    expect(summary.fcp).toBe(150);
    expect(summary.longTasks).toEqual([
      { start: 10, duration: 120, what: `layout 90, parse HTML 20 (ParseHTML ${PAGE})` },
    ]);
  });

  it("refuses a trace that never parsed the page", () => {
    expect(() => summariseLoad(events, "/articles/other")).toThrow(/no ParseHTML/);
  });
});
