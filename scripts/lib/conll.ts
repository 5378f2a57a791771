/**
 * Node-side helpers for the person tagger's scripts: reading CoNLL files from disk,
 * reporting their faults on stderr, cutting sentences, the development split that
 * training and evaluation share, and how their scores are printed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseConll, toPersonTag } from "../../src/pipeline/people/tagger/conll";
import type { ConllFault, ConllLine, ParsedConll } from "../../src/pipeline/people/tagger/conll";
import type { SpanScore } from "../../src/pipeline/people/tagger/spans";
import { endsSentence } from "../../src/pipeline/people/tagger/tokenize";
import type { Sentence } from "../../src/pipeline/people/tagger/train";

/**
 * ANERcorp's train.txt is not in the repository (CC BY-SA, and large): `--data <file>` names it,
 * or ANERCORP_TRAIN; without either, the team's shared data folder beside the checkout.
 */
export const DEFAULT_DATA =
  process.env.ANERCORP_TRAIN ??
  path.resolve(import.meta.dirname, "../../../shared/data/anercorp/train.txt");
export const DEFAULT_MODEL = "src/pipeline/people/tagger/model.json";
export const SEED_ARTICLE = "seeds/000_ba3d84ed962b3426.txt";
export const SEED_GOLD = "src/pipeline/people/tagger/fixtures/seed-000.conll";

/** The development split: the last tenth of the token lines, cut at a sentence boundary. */
export const DEV_FRACTION = 0.1;

export function readConll(path: string, requireTags: boolean): ParsedConll {
  return parseConll(readFileSync(path, "utf8"), requireTags);
}

export function reportFaults(path: string, faults: readonly ConllFault[], limit = 5): void {
  if (faults.length === 0) return;
  process.stderr.write(`${path}: ${faults.length} line(s) skipped\n`);
  for (const f of faults.slice(0, limit)) {
    process.stderr.write(`  line ${f.line}: ${f.reason}: ${JSON.stringify(f.raw)}\n`);
  }
  if (faults.length > limit) process.stderr.write(`  … and ${faults.length - limit} more\n`);
}

/**
 * Sentences from the usable lines: a blank line or a sentence-ending mark closes one
 * (ANERcorp has no blank lines at all). Faulty lines are left out.
 */
export function toSentences(lines: readonly ConllLine[]): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { tokens: [], tags: [] };
  const close = (): void => {
    if (cur.tokens.length > 0) out.push(cur);
    cur = { tokens: [], tags: [] };
  };
  for (const line of lines) {
    if (line.kind === "blank") close();
    if (line.kind !== "token") continue;
    cur.tokens.push(line.token);
    cur.tags.push(toPersonTag(line.tag ?? "O"));
    if (endsSentence(line.token)) close();
  }
  close();
  return out;
}

export function tokenCount(sentences: readonly Sentence[]): number {
  return sentences.reduce((n, s) => n + s.tokens.length, 0);
}

/** Splits off the last `fraction` of the tokens, starting at the first sentence past the cut. */
export function devSplit(
  sentences: readonly Sentence[],
  fraction = DEV_FRACTION,
): { train: Sentence[]; dev: Sentence[] } {
  const total = tokenCount(sentences);
  const cut = total * (1 - fraction);
  let seen = 0;
  let k = 0;
  while (k < sentences.length && seen < cut) {
    seen += (sentences[k] as Sentence).tokens.length;
    k++;
  }
  return { train: sentences.slice(0, k), dev: sentences.slice(k) };
}

export function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`${name}=`));
  return eq === undefined ? undefined : eq.slice(name.length + 1);
}

/**
 * A person-span score as the scripts print it, the same in each, so that figures from
 * training, evaluation and cross-validation can be compared line for line.
 */
export function formatScore(s: SpanScore): string {
  return (
    `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  ` +
    `(${s.correct} correct of ${s.predicted} found, ${s.gold} in gold)`
  );
}
