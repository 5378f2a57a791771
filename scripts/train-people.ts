/**
 * Trains the person tagger on ANERcorp and writes the model file.
 *
 *   npm run train:people                      # train split only, score dev, write model
 *   npm run train:people -- --all             # train on every sentence (dev included)
 *   npm run train:people -- --data <file> --out <model.json> --epochs 12 --seed 1 --curve
 *   npm run train:people -- --no-gazetteer    # without the outside word lists (for comparison)
 *
 * The development split (last tenth of the token lines, cut at a sentence boundary) is
 * defined in scripts/lib/conll.ts and shared with eval:people.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import {
  DEFAULT_DATA,
  DEFAULT_MODEL,
  DEV_FRACTION,
  argValue,
  devSplit,
  formatScore,
  readConll,
  reportFaults,
  toSentences,
  tokenCount,
} from "./lib/conll";
import { DEFAULT_TRAIN_OPTIONS, trainTagger } from "../src/pipeline/people/tagger/train";
import type { Sentence, TrainOptions } from "../src/pipeline/people/tagger/train";
import { TAGS, parseModel, serializeModel } from "../src/pipeline/people/tagger/model";
import type { TaggerModel } from "../src/pipeline/people/tagger/model";
import { Tagger } from "../src/pipeline/people/tagger/tagger";
import { scoreSpans } from "../src/pipeline/people/tagger/spans";
import { GAZETTEER_FILE, loadGazetteer } from "./lib/gazetteer";
import type { PersonTag } from "../src/pipeline/people/tagger/conll";

/** Weights are written as round(weight × SCALE). */
export const SCALE = 10;

function scoreOn(
  model: TaggerModel,
  sentences: readonly Sentence[],
): ReturnType<typeof scoreSpans> {
  // The sentences as running text, in order: the second pass looks across them.
  const tokens: string[] = [];
  const gold: PersonTag[] = [];
  const ranges: Array<[number, number]> = [];
  for (const s of sentences) {
    ranges.push([tokens.length, tokens.length + s.tokens.length]);
    tokens.push(...s.tokens);
    gold.push(...s.tags);
  }
  const tags = new Tagger(model).tagDocument(tokens, ranges);
  return scoreSpans(
    gold,
    Array.from(tags, (t) => TAGS[t] as PersonTag),
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const data = argValue(args, "--data") ?? DEFAULT_DATA;
  const out = argValue(args, "--out") ?? DEFAULT_MODEL;
  const all = args.includes("--all");
  const curve = args.includes("--curve");
  const options: TrainOptions = {
    ...DEFAULT_TRAIN_OPTIONS,
    epochs: Number(argValue(args, "--epochs") ?? DEFAULT_TRAIN_OPTIONS.epochs),
    seed: Number(argValue(args, "--seed") ?? DEFAULT_TRAIN_OPTIONS.seed),
    hashBits: Number(argValue(args, "--bits") ?? DEFAULT_TRAIN_OPTIONS.hashBits),
    prune: Number(argValue(args, "--prune") ?? DEFAULT_TRAIN_OPTIONS.prune),
    stackFolds: Number(argValue(args, "--stack") ?? DEFAULT_TRAIN_OPTIONS.stackFolds),
    docWindow: Number(argValue(args, "--window") ?? DEFAULT_TRAIN_OPTIONS.docWindow),
    vocabMin: Number(argValue(args, "--vocab-min") ?? DEFAULT_TRAIN_OPTIONS.vocabMin),
    vocabMin2: Number(argValue(args, "--vocab-min2") ?? DEFAULT_TRAIN_OPTIONS.vocabMin2),
    restarts: Number(argValue(args, "--restarts") ?? DEFAULT_TRAIN_OPTIONS.restarts),
    nameBias: Number(argValue(args, "--bias") ?? DEFAULT_TRAIN_OPTIONS.nameBias),
    // Outside word lists (scripts/build-gazetteer.ts); the model carries its own copy.
    ...(args.includes("--no-gazetteer") ? {} : { gazetteer: loadGazetteer() }),
    log: (m: string) => console.log(`  ${m}`),
  };

  const parsed = readConll(data, true);
  reportFaults(data, parsed.faults);
  const sentences = toSentences(parsed.lines);
  const { train, dev } = devSplit(sentences);
  const trainOn = all ? sentences : train;
  console.log(
    `data: ${data}: ${tokenCount(sentences)} tokens, ${sentences.length} sentences; ` +
      `dev = last ${DEV_FRACTION * 100}% (${tokenCount(dev)} tokens, ${dev.length} sentences)`,
  );
  console.log(
    `training on ${all ? "ALL data (dev included)" : "the train split"}: ${tokenCount(trainOn)} tokens, ` +
      `epochs ${options.epochs}, seed ${options.seed}, ${options.hashBits} hash bits, ${options.folds} list folds, ` +
      `gazetteer: ${options.gazetteer === undefined ? "none" : GAZETTEER_FILE.split("/").slice(-1)[0]}`,
  );

  const started = performance.now();
  const model = trainTagger(trainOn, {
    ...options,
    meta: {
      trainedOn: all ? "all" : "train-split",
      sawDev: all,
      data: data.split("/").slice(-2).join("/"),
      tokens: tokenCount(trainOn),
      devFraction: DEV_FRACTION,
      // Every training setting, so that eval:people can train the same model without the dev split.
      options: {
        epochs: options.epochs,
        seed: options.seed,
        hashBits: options.hashBits,
        folds: options.folds,
        prune: options.prune,
        stackFolds: options.stackFolds,
        docWindow: options.docWindow,
        vocabMin: options.vocabMin,
        vocabMin2: options.vocabMin2,
        restarts: options.restarts,
        margin: options.margin,
        missCost: options.missCost,
        nameBias: options.nameBias,
      },
      credit: "Trained on ANERcorp (Benajiba, Rosso and Benedí Ruiz, 2007), CC BY-SA 4.0",
    },
    onEpoch: (epoch, averaged, mistakes) => {
      const secs = ((performance.now() - started) / 1000).toFixed(1);
      if (curve && !all) {
        const s = scoreOn(averaged(), dev);
        console.log(
          `  epoch ${epoch}: ${mistakes} sentences wrong, dev ${formatScore(s)} (${secs} s)`,
        );
      } else {
        console.log(`  epoch ${epoch}: ${mistakes} sentences wrong (${secs} s)`);
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const file = serializeModel(model, SCALE);
  const json = JSON.stringify(file);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json + "\n");
  console.log(
    `trained in ${seconds.toFixed(1)} s; wrote ${out} (${(json.length / 1024).toFixed(0)} KB)`,
  );
  if (!all) {
    // Score the model as written (rounded, pruned), not the in-memory one.
    const s = scoreOn(parseModel(JSON.parse(json)), dev);
    console.log(`dev (not seen in training): ${formatScore(s)}`);
  }
}

main();
