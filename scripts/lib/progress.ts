/**
 * A one-line progress bar on stderr, redrawn at most every 100 ms so that drawing costs
 * nothing next to the work it measures. Silent when stderr is not a terminal (CI logs,
 * pipes), so the printed table stays clean.
 *
 *   const bar = progressBar("pipeline 10,000", 10_000);  bar.tick(); …  bar.done();
 *   pipeline 10,000 [██████████░░░░░░░░░░]  52%  5,200/10,000  1,733/s  ETA 3 s
 *
 * Our own 50 lines rather than cli-progress: one bar, one line, no options to learn, and no
 * dependency for the build and the benchmark to share.
 */
export interface Progress {
  tick(n?: number): void;
  done(): void;
}

const WIDTH = 20;
const REDRAW_MS = 100;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

/** 75 → "1 min 15 s", 8 → "8 s" */
export function formatEta(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

/** From this many items a run is long enough to draw a bar instead of a line per item. */
export const LONG_RUN_ITEMS = 64;

/** A bar for a long run on a terminal; undefined otherwise, and the caller prints its lines. */
export function longRunBar(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): Progress | undefined {
  return stream.isTTY && total >= LONG_RUN_ITEMS ? progressBar(label, total, stream) : undefined;
}

export function progressBar(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  if (!stream.isTTY || total <= 0) return { tick: () => {}, done: () => {} };
  const started = performance.now();
  let count = 0;
  let drawn = 0;
  const draw = () => {
    const share = Math.min(1, count / total);
    const filled = Math.round(share * WIDTH);
    const rate = count / Math.max(1e-3, (performance.now() - started) / 1000);
    const eta = rate > 0 ? `  ETA ${formatEta((total - count) / rate)}` : "";
    stream.write(
      `\r${label} [${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}%  ${fmt(count)}/${fmt(total)}  ${fmt(rate)}/s${eta}\u001b[K`,
    );
    drawn = performance.now();
  };
  return {
    tick(n = 1) {
      count += n;
      if (performance.now() - drawn >= REDRAW_MS) draw();
    },
    done() {
      stream.write("\r\u001b[K");
    },
  };
}
