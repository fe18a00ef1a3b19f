// Each claim's own example sentences (claims/<id>.json, `examples`), checked
// by the build and a unit test: every asserting example is found with its
// claim, no look-alike is.
import type { ClaimsDb } from "./claims";
import type { Checker } from "./engine";

export interface ExampleFailure {
  claim: string;
  lang: "en" | "ru";
  kind: "asserts" | "lookalikes";
  text: string;
}

export function failingExamples(db: ClaimsDb, checker: Checker): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  for (const { claim } of db.claims) {
    for (const lang of ["en", "ru"] as const) {
      const { asserts, lookalikes } = claim.examples[lang];
      const found = (text: string) =>
        checker.checkSentence(text, lang).some((r) => r.claim.id === claim.id);
      for (const text of asserts)
        if (!found(text)) failures.push({ claim: claim.id, lang, kind: "asserts", text });
      for (const text of lookalikes)
        if (found(text)) failures.push({ claim: claim.id, lang, kind: "lookalikes", text });
    }
  }
  return failures;
}

export function describeFailure(f: ExampleFailure): string {
  const what = f.kind === "asserts" ? "asserting example not found" : "look-alike found";
  return `claims/${f.claim}.json: examples.${f.lang}.${f.kind}: ${what}: "${f.text}"`;
}

export interface OmissionExampleFailure {
  topic: string;
  lang: "en" | "ru";
  kind: "mentions" | "omits";
  text: string;
}

/**
 * Each omission topic's own examples (claims/omissions.json): short pages,
 * blocks one a line, checked as if about mesotherapy. A page that `mentions`
 * the topic must not get its omission; one that `omits` it must.
 */
export function failingOmissionExamples(db: ClaimsDb, checker: Checker): OmissionExampleFailure[] {
  const failures: OmissionExampleFailure[] = [];
  for (const { topic } of db.omissions) {
    for (const lang of ["en", "ru"] as const) {
      const omitted = (text: string) =>
        checker.omissionsOf(text.split("\n"), lang).includes(topic.topic);
      for (const text of topic.examples[lang].mentions)
        if (omitted(text)) failures.push({ topic: topic.topic, lang, kind: "mentions", text });
      for (const text of topic.examples[lang].omits)
        if (!omitted(text)) failures.push({ topic: topic.topic, lang, kind: "omits", text });
    }
  }
  return failures;
}

export function describeOmissionFailure(f: OmissionExampleFailure): string {
  const what =
    f.kind === "mentions" ? "a page that mentions it gets the omission" : "omission not found";
  return `claims/omissions.json: ${f.topic}: examples.${f.lang}.${f.kind}: ${what}: ${JSON.stringify(f.text)}`;
}
