/**
 * K-fold cross-validation of the person tagger over all of train.txt, the figure choices are
 * made on (the dev split alone has only 298 names: one name is 0.3 points of F1).
 *
 *   npx tsx scripts/cv-people.ts [--folds 5] [--data <train.txt>] [--restarts 3] [--epochs 8]
 *                                [--bias 12] [--dev] [--no-gazetteer]
 *                                [--biases 8,12,16]   # also score other last-pass decoding biases
 *                                [--bits 20]          # hash table size (2^bits buckets)
 *
 * Folds are contiguous blocks of sentences, so one news story stays in one fold (a random
 * split would put the same story, and its names, on both sides). Each fold is tagged by a
 * model trained on the other folds, with the same settings `train:people` uses unless told
 * otherwise; the scores are pooled over all folds (span counts added up), and each fold's F1
 * is printed too, to show the spread. `--dev` also scores the dev split with a model
 * trained on the train split.
 */
import {
  DEFAULT_DATA,
  argValue,
  devSplit,
  formatScore,
  readConll,
  reportFaults,
  toSentences,
  tokenCount,
} from "./lib/conll";
import type { PersonTag } from "../src/pipeline/people/tagger/conll";
import { TAGS } from "../src/pipeline/people/tagger/model";
import { Tagger } from "../src/pipeline/people/tagger/tagger";
import { scoreSpans, summarize } from "../src/pipeline/people/tagger/spans";
import type { SpanScore } from "../src/pipeline/people/tagger/spans";
import { DEFAULT_TRAIN_OPTIONS, trainTagger } from "../src/pipeline/people/tagger/train";
import type { Sentence, TrainOptions } from "../src/pipeline/people/tagger/train";
import { loadGazetteer } from "./lib/gazetteer";

/** Scores with the last pass's decoding bias at each of `biases` (decoding only: no retraining). */
function score(
  options: TrainOptions,
  train: readonly Sentence[],
  test: readonly Sentence[],
  biases: readonly number[],
): SpanScore[] {
  const trained = trainTagger(train, options);
  const tokens: string[] = [];
  const gold: PersonTag[] = [];
  const ranges: Array<[number, number]> = [];
  for (const s of test) {
    ranges.push([tokens.length, tokens.length + s.tokens.length]);
    tokens.push(...s.tokens);
    gold.push(...s.tags);
  }
  return biases.map((bias) => {
    const layers = trained.layers.map((l, k) =>
      k === trained.layers.length - 1 ? { ...l, nameBias: bias } : l,
    );
    const tags = new Tagger({ ...trained, layers }).tagDocument(tokens, ranges);
    return scoreSpans(
      gold,
      Array.from(tags, (t) => TAGS[t] as PersonTag),
    );
  });
}

function main(): void {
  const args = process.argv.slice(2);
  const data = argValue(args, "--data") ?? DEFAULT_DATA;
  const folds = Number(argValue(args, "--folds") ?? 5);
  const num = (name: string, fallback: number): number => Number(argValue(args, name) ?? fallback);
  const options: TrainOptions = {
    ...DEFAULT_TRAIN_OPTIONS,
    epochs: num("--epochs", DEFAULT_TRAIN_OPTIONS.epochs),
    restarts: num("--restarts", DEFAULT_TRAIN_OPTIONS.restarts),
    nameBias: num("--bias", DEFAULT_TRAIN_OPTIONS.nameBias),
    stackFolds: num("--stack", DEFAULT_TRAIN_OPTIONS.stackFolds),
    hashBits: num("--bits", DEFAULT_TRAIN_OPTIONS.hashBits),
    ...(args.includes("--no-gazetteer") ? {} : { gazetteer: loadGazetteer() }),
  };
  const parsed = readConll(data, true);
  reportFaults(data, parsed.faults, 0);
  const sentences = toSentences(parsed.lines);
  console.log(
    `${folds}-fold CV over ${tokenCount(sentences)} tokens; epochs ${options.epochs}, restarts ${options.restarts}, ` +
      `bias ${options.nameBias}, stack ${options.stackFolds}, ${options.hashBits} hash bits, gazetteer ${options.gazetteer === undefined ? "no" : "yes"}`,
  );
  const started = performance.now();
  const biases = (argValue(args, "--biases") ?? String(options.nameBias)).split(",").map(Number);
  const totals = biases.map(() => ({ gold: 0, predicted: 0, correct: 0 }));
  const label = (b: number): string => (biases.length > 1 ? ` bias ${b}` : "");
  for (let f = 0; f < folds; f++) {
    const lo = Math.floor((f * sentences.length) / folds);
    const hi = Math.floor(((f + 1) * sentences.length) / folds);
    const scores = score(
      options,
      [...sentences.slice(0, lo), ...sentences.slice(hi)],
      sentences.slice(lo, hi),
      biases,
    );
    const secs = ((performance.now() - started) / 1000).toFixed(0);
    scores.forEach((s, k) => {
      const t = totals[k] as { gold: number; predicted: number; correct: number };
      t.gold += s.gold;
      t.predicted += s.predicted;
      t.correct += s.correct;
      console.log(`  fold ${f + 1}${label(biases[k] as number)}: ${formatScore(s)}  [${secs} s]`);
    });
  }
  totals.forEach((t, k) =>
    console.log(
      `CV pooled${label(biases[k] as number)}: ${formatScore(summarize(t.gold, t.predicted, t.correct))}`,
    ),
  );
  if (args.includes("--dev")) {
    const { train, dev } = devSplit(sentences);
    score(options, train, dev, biases).forEach((s, k) =>
      console.log(`DEV${label(biases[k] as number)}:       ${formatScore(s)}`),
    );
  }
}

main();
