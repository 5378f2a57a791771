/**
 * Scores the person tagger, reproducibly:
 *
 *   npm run eval:people [-- --model <model.json>] [--data <train.txt>] [--dev-model <model.json>]
 *
 * 1. Dev split (last tenth of ANERcorp's train.txt, see scripts/lib/conll.ts): person-span
 *    precision, recall and F1, exact match as conlleval counts them. Scored with a model that
 *    never saw the dev split: the model itself if it was trained on the train split, else
 *    `--dev-model`, else one trained here and now on the train split with the same settings
 *    (deterministic, so the figures are the same on every run).
 * 2. The seed article against its hand-annotated gold file (22 mentions of 6 people), with
 *    the shipped model, and the people the tagger's recognizer and the pipeline's (tagger
 *    and hand-written cues, src/pipeline/people/combined.ts) make of it.
 * 3. A name-list baseline on both: every person name of the training part, matched longest
 *    first, nothing learned.
 * 4. Speed: tokens per second tagging the whole corpus file with a fresh tagger.
 */
import { readFileSync } from "node:fs";
import {
  DEFAULT_DATA,
  DEFAULT_MODEL,
  DEV_FRACTION,
  SEED_ARTICLE,
  SEED_GOLD,
  argValue,
  devSplit,
  formatScore,
  readConll,
  reportFaults,
  toSentences,
  tokenCount,
} from "./lib/conll";
import type { PersonTag } from "../src/pipeline/people/tagger/conll";
import { parseModel } from "../src/pipeline/people/tagger/model";
import type { TaggerModel } from "../src/pipeline/people/tagger/model";
import { TAGS } from "../src/pipeline/people/tagger/model";
import { Tagger } from "../src/pipeline/people/tagger/tagger";
import { scoreSpans, spansFromTags } from "../src/pipeline/people/tagger/spans";
import type { SpanScore } from "../src/pipeline/people/tagger/spans";
import { DEFAULT_TRAIN_OPTIONS, listKey, trainTagger } from "../src/pipeline/people/tagger/train";
import type { Sentence, TrainOptions } from "../src/pipeline/people/tagger/train";
import { createTaggerRecognizer } from "../src/pipeline/people/tagger/recognizer";
import { createCombinedRecognizer } from "../src/pipeline/people/combined";

function layout(sentences: readonly Sentence[]): {
  tokens: string[];
  gold: PersonTag[];
  ranges: Array<[number, number]>;
} {
  const tokens: string[] = [];
  const gold: PersonTag[] = [];
  const ranges: Array<[number, number]> = [];
  for (const s of sentences) {
    ranges.push([tokens.length, tokens.length + s.tokens.length]);
    tokens.push(...s.tokens);
    gold.push(...s.tags);
  }
  return { tokens, gold, ranges };
}

function tagAll(
  model: TaggerModel,
  sentences: readonly Sentence[],
  window = model.docWindow,
): { gold: PersonTag[]; pred: PersonTag[] } {
  const { tokens, gold, ranges } = layout(sentences);
  const tags = new Tagger(model).tagDocument(tokens, ranges, window);
  return { gold, pred: Array.from(tags, (t) => TAGS[t] as PersonTag) };
}

/** Longest-first matching of every name seen in training: the baseline a list gives. */
function nameListBaseline(train: readonly Sentence[], test: readonly Sentence[]): SpanScore {
  const names = new Set<string>();
  let longest = 1;
  for (const s of train) {
    for (const sp of spansFromTags(s.tags)) {
      names.add(s.tokens.slice(sp.start, sp.end).map(listKey).join(" "));
      longest = Math.max(longest, sp.end - sp.start);
    }
  }
  const gold: PersonTag[] = [];
  const pred: PersonTag[] = [];
  for (const s of test) {
    const keys = s.tokens.map(listKey);
    const tags: PersonTag[] = keys.map(() => "O");
    for (let i = 0; i < keys.length;) {
      let hit = 0;
      for (let n = Math.min(longest, keys.length - i); n >= 1 && hit === 0; n--) {
        if (names.has(keys.slice(i, i + n).join(" "))) hit = n;
      }
      if (hit === 0) {
        i++;
        continue;
      }
      tags[i] = "B-PERS";
      for (let k = 1; k < hit; k++) tags[i + k] = "I-PERS";
      i += hit;
    }
    gold.push(...s.tags);
    pred.push(...tags);
  }
  return scoreSpans(gold, pred);
}

/** The numeric training settings recorded in a model's meta (see train-people.ts). */
function trainingOptions(recorded: unknown): Partial<TrainOptions> {
  const out: Record<string, number> = {};
  if (typeof recorded === "object" && recorded !== null) {
    for (const [k, v] of Object.entries(recorded)) if (typeof v === "number") out[k] = v;
  }
  return out as Partial<TrainOptions>;
}

function main(): void {
  const args = process.argv.slice(2);
  const data = argValue(args, "--data") ?? DEFAULT_DATA;
  const modelPath = argValue(args, "--model") ?? DEFAULT_MODEL;
  const model = parseModel(JSON.parse(readFileSync(modelPath, "utf8")));
  const meta = model.meta;
  console.log(
    `model: ${modelPath} (trained on ${String(meta.trainedOn ?? "?")}: ${String(meta.tokens ?? "?")} tokens, ` +
      `${model.layers.length} passes)`,
  );

  const parsed = readConll(data, true);
  reportFaults(data, parsed.faults);
  const sentences = toSentences(parsed.lines);
  const { train, dev } = devSplit(sentences);

  // 1. Dev, with a model that never saw it.
  let devModel = model;
  let devModelNote = "the model above (trained on the train split only)";
  if (meta.sawDev === true) {
    const devPath = argValue(args, "--dev-model");
    if (devPath !== undefined) {
      devModel = parseModel(JSON.parse(readFileSync(devPath, "utf8")));
      devModelNote = devPath;
    } else {
      const started = performance.now();
      console.log(
        "the model above saw the dev split: training one on the train split only, same settings …",
      );
      devModel = trainTagger(train, {
        ...DEFAULT_TRAIN_OPTIONS,
        ...trainingOptions(meta.options),
        // The same outside word lists as the shipped model: its own copy.
        ...(model.gazetteer === undefined ? {} : { gazetteer: model.gazetteer }),
      });
      devModelNote = `trained here on the train split (${((performance.now() - started) / 1000).toFixed(0)} s)`;
    }
  }
  const devScores = tagAll(devModel, dev);
  console.log(
    `\nDEV: last ${DEV_FRACTION * 100}% of ${data.split("/").pop() ?? data} ` +
      `(${tokenCount(dev)} tokens, ${dev.length} sentences), model: ${devModelNote}`,
  );
  console.log(`  tagger      ${formatScore(scoreSpans(devScores.gold, devScores.pred))}`);
  console.log(`  name list   ${formatScore(nameListBaseline(train, dev))}`);

  // 2. The seed article.
  const goldSeed = readConll(SEED_GOLD, true);
  reportFaults(SEED_GOLD, goldSeed.faults);
  const seedSentences = toSentences(goldSeed.lines);
  const seedScores = tagAll(model, seedSentences, Number.POSITIVE_INFINITY);
  console.log(`\nSEED: ${SEED_ARTICLE} against ${SEED_GOLD} (shipped model)`);
  console.log(`  tagger      ${formatScore(scoreSpans(seedScores.gold, seedScores.pred))}`);
  console.log(`  name list   ${formatScore(nameListBaseline(sentences, seedSentences))}`);
  const text = readFileSync(SEED_ARTICLE, "utf8");
  const units = text
    .split("\n")
    .map((t, i) => ({ key: `line${i + 1}`, text: t }))
    .filter((u) => u.text.trim() !== "");
  // The tagger's recognizer alone, and the one the build and /read use (tagger + cues).
  for (const [label, recognizer] of [
    ["tagger recognizer", createTaggerRecognizer(model)],
    ["pipeline (tagger + cues)", createCombinedRecognizer(model)],
  ] as const) {
    const people = recognizer.recognize(units);
    console.log(
      `  ${label}: ${people.mentions.length} mentions of ${people.people.length} people:`,
    );
    for (const p of people.people) {
      const n = people.mentions.filter((m) => m.person === p.id).length;
      console.log(`    ${p.id} ${p.name} ×${n}  role: ${p.role === "" ? "—" : p.role}`);
    }
  }

  // 3. Speed, on every token of the corpus file, each run with a fresh tagger (cold word
  // cache), best of three. Wall-clock time, and CPU time: on a shared machine other work
  // slows the wall clock, not the tagger.
  const all = layout(sentences);
  let bestWall = Number.POSITIVE_INFINITY;
  let bestCpu = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const tagger = new Tagger(model);
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    tagger.tagDocument(all.tokens, all.ranges);
    bestWall = Math.min(bestWall, (performance.now() - wall0) / 1000);
    const cpu = process.cpuUsage(cpu0);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1e6);
  }
  console.log(
    `\nSPEED: ${all.tokens.length} tokens, fresh tagger, best of 3: ` +
      `${Math.round(all.tokens.length / bestWall)} tokens/s wall-clock (${bestWall.toFixed(2)} s), ` +
      `${Math.round(all.tokens.length / bestCpu)} tokens/s of CPU time`,
  );
}

main();
