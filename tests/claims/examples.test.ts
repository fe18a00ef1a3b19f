// Each claim's own examples (claims/<id>.json, `examples`): asserting ones are
// found with the claim, look-alikes are not. The build checks the same
// (scripts/check-claims.ts); here each failure is named.
import { describe, expect, it } from "vitest";
import { loadClaims } from "../../src/cli/load-claims";
import { createChecker } from "../../src/engine/engine";
import {
  describeFailure,
  describeOmissionFailure,
  failingExamples,
  failingOmissionExamples,
} from "../../src/engine/examples";

const db = loadClaims();

describe("claims' own examples", () => {
  it("are all judged as their claim file says", () => {
    expect(failingExamples(db, createChecker(db)).map(describeFailure)).toEqual([]);
  });

  it("every claim has asserting and look-alike examples in both languages", () => {
    for (const { claim } of db.claims) {
      for (const lang of ["en", "ru"] as const) {
        expect(claim.examples[lang].asserts.length, `${claim.id} ${lang}`).toBeGreaterThan(0);
        expect(claim.examples[lang].lookalikes.length, `${claim.id} ${lang}`).toBeGreaterThan(0);
      }
    }
  });

  it("a wrong example is reported with its claim, language and kind", () => {
    const painless = db.claims.find((c) => c.claim.id === "painless")!;
    const broken = {
      ...db,
      claims: [
        {
          ...painless,
          claim: {
            ...painless.claim,
            examples: {
              ...painless.claim.examples,
              en: { asserts: ["The weather is nice."], lookalikes: ["Mesotherapy is painless."] },
            },
          },
        },
      ],
    };
    expect(failingExamples(broken, createChecker(db)).map(describeFailure)).toEqual([
      'claims/painless.json: examples.en.asserts: asserting example not found: "The weather is nice."',
      'claims/painless.json: examples.en.lookalikes: look-alike found: "Mesotherapy is painless."',
    ]);
  });
});

describe("omission topics' own examples", () => {
  it("are all judged as claims/omissions.json says", () => {
    expect(failingOmissionExamples(db, createChecker(db)).map(describeOmissionFailure)).toEqual([]);
  });

  it("a wrong example is reported with its topic, language and kind", () => {
    const [first, ...rest] = db.omissions;
    const broken = {
      ...db,
      omissions: [
        {
          ...first!,
          topic: {
            ...first!.topic,
            examples: {
              ...first!.topic.examples,
              en: {
                mentions: ["Mesotherapy has no contraindications."],
                omits: ["Contraindications include pregnancy and epilepsy."],
              },
            },
          },
        },
        ...rest,
      ],
    };
    expect(failingOmissionExamples(broken, createChecker(db)).map(describeOmissionFailure)).toEqual(
      [
        'claims/omissions.json: contraindications: examples.en.mentions: a page that mentions it gets the omission: "Mesotherapy has no contraindications."',
        'claims/omissions.json: contraindications: examples.en.omits: omission not found: "Contraindications include pregnancy and epilepsy."',
      ],
    );
  });
});
