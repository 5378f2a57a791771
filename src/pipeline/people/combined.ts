/**
 * The recognizer the build and /read use: the trained tagger and the hand-written cues
 * together.
 *
 * - Names: the union of both. The tagger finds names no cue describes (a name never seen,
 *   with no title before it); the cues find a few the tagger misses for reasons of its
 *   training text (ANERcorp's encyclopaedia article on the lion teaches that الأسد after
 *   "لقاء بشار" is an animal). Where the two overlap, the longer span wins (see mergeSpans
 *   in tagger/recognizer.ts): a partial name is a worse error than a full one.
 * - Repeats, grouping into people, ids and names: the tagger recognizer's, run once over
 *   the union, so each person is one cluster whichever recognizer found which mention.
 * - Roles: the cue recognizer's, when it gives one for a person sharing a mention; its role
 *   rules were checked on the fixtures one by one. Else the tagger recognizer's.
 * - Names: the cue recognizer's spelling of the same name when it has one (it prefers a
 *   form written without tashkeel: بشار الأسد over بشّار الأسد); else the tagger's.
 *
 * The sidecar's corrections are applied by the pipeline after this (parse-article.ts).
 */
import { foldArabic } from "../../text/fold.ts";
import { createCueRecognizer } from "./cues.ts";
import type { PersonRecognizer, RecognizedPeople, TextUnit } from "./recognizer.ts";
import type { TaggerModel } from "./tagger/model.ts";
import { createTaggerRecognizer } from "./tagger/recognizer.ts";
import type { SpanHint } from "./tagger/recognizer.ts";

export function createCombinedRecognizer(
  model: TaggerModel,
  cues: PersonRecognizer = createCueRecognizer(),
): PersonRecognizer {
  const tagger = createTaggerRecognizer(model);
  return {
    recognize(units: readonly TextUnit[]): RecognizedPeople {
      const fromCues = cues.recognize(units);
      const unitOf = new Map(units.map((u, i) => [u.key, i]));
      const hints: SpanHint[] = [];
      for (const m of fromCues.mentions) {
        const unit = unitOf.get(m.key);
        if (unit !== undefined) hints.push({ unit, start: m.start, end: m.end });
      }
      const result = tagger.recognizeWith(units, hints);

      const cueRole = new Map(fromCues.people.map((p) => [p.id, p.role]));
      const cueName = new Map(fromCues.people.map((p) => [p.id, p.name]));
      const cueMentions = new Map<string, string[]>();
      for (const m of fromCues.mentions) {
        const at = `${m.key}\u0000${m.start}`;
        const atEnd = `${m.key}\u0001${m.end}`;
        for (const k of [at, atEnd]) cueMentions.set(k, [...(cueMentions.get(k) ?? []), m.person]);
      }
      // The cue persons that share a mention boundary with each person, in mention order:
      // the first with a role gives the role, the first with the same folded name its
      // spelling. A clitic the two recognizers cut differently moves only the start, so
      // either end counts.
      const owners = new Map<string, string[]>();
      for (const m of result.mentions) {
        const list = owners.get(m.person) ?? [];
        list.push(
          ...(cueMentions.get(`${m.key}\u0000${m.start}`) ?? []),
          ...(cueMentions.get(`${m.key}\u0001${m.end}`) ?? []),
        );
        owners.set(m.person, list);
      }
      return {
        people: result.people.map((p) => {
          const cue = owners.get(p.id) ?? [];
          const role = cue.map((id) => cueRole.get(id) ?? "").find((r) => r !== "") ?? p.role;
          const folded = foldArabic(p.name);
          const name =
            cue
              .map((id) => cueName.get(id) ?? "")
              .find((n) => n !== "" && foldArabic(n) === folded) ?? p.name;
          return { ...p, name, role };
        }),
        mentions: result.mentions,
      };
    },
  };
}
