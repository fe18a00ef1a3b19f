// Hostile text: the engine never throws, and every finding points at its sentence.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadClaims } from "../../src/cli/load-claims";
import { createChecker } from "../../src/engine/engine";

const checker = createChecker(loadClaims());
const claimWords = [
  "mesotherapy",
  "мезотерапия",
  "painless",
  "безболезненна",
  "no age limit",
  "every other day",
  "раз в 2 дня",
  "not",
  "не",
  "Myth:",
  "?",
  "—",
  ".",
  " ",
  "\n",
  "Dr.",
  "18",
  "70 лет",
];

/** Any Unicode, with claim words mixed in so that matching paths run too. */
const hostileText = fc
  .array(fc.oneof(fc.string({ unit: "binary" }), fc.constantFrom(...claimWords)), { maxLength: 60 })
  .map((parts) => parts.join(""));

function checkOffsets(blocks: string[]): void {
  const { findings } = checker.check(blocks, { force: true });
  for (const f of findings) {
    expect(blocks[f.block]!.slice(f.start, f.end)).toBe(f.text);
    expect(f.text.trim()).toBe(f.text);
  }
}

describe("the engine on any input", () => {
  it("returns findings without throwing, with offsets that point at the sentence", () => {
    fc.assert(
      fc.property(fc.array(hostileText, { maxLength: 5 }), (blocks) => checkOffsets(blocks)),
      { numRuns: 300 },
    );
  });

  it.each([
    [
      "surrogates, lone and paired",
      "\uD83D\uDE00 mesotherapy \uD800 is painless \uDC00. ".repeat(50),
    ],
    ["RTL and combining marks", "\u202Eמזותרפיה\u202C mesotherapy is pa\u0301inless. ".repeat(50)],
    ["NUL characters", "mesotherapy\u0000is\u0000painless. \u0000".repeat(50)],
    ["1 MB without punctuation", "mesotherapy is painless and safe ".repeat(32_000)],
    ["a million spaces", " ".repeat(1_000_000) + "Mesotherapy is painless."],
    [
      "Turkish dotted capital I, which lower-cases to two characters",
      "İİİ Mesotherapy is painless. İ".repeat(20),
    ],
  ])("%s", (_name, text) => {
    checkOffsets([text]);
  });
});

describe("matching time grows linearly", () => {
  // Ratios, not wall-clock limits: the input four times as long should take
  // as long as four checks of the short one (linear), not four times that (quadratic).
  const adversarial = [
    ["a run of trailing quotes", (n: number) => "Is mesotherapy painless" + '"'.repeat(n) + "x"],
    ["dots and spaces", (n: number) => ". ".repeat(n) + "Mesotherapy is painless."],
    ["negations before a claim", (n: number) => "not no never ".repeat(n) + "painless"],
    ["numbers and ranges", (n: number) => "every 1-2-3-4 days ".repeat(n)],
    ["abbreviations", (n: number) => "Dr. e.g. i.e. ".repeat(n) + "Mesotherapy is painless."],
    ["likenesses", (n: number) => "Mesotherapy, like PRP, ".repeat(n) + "is painless."],
    ["leading denials", (n: number) => "far from anything but ".repeat(n) + "painless"],
    // A gap counts no dash or quotation mark, up to a bound: runs of them stay linear.
    ["dashes and quotes in a gap", (n: number) => "no — « » “ ” ".repeat(n) + "pain"],
    ["a run of Russian dashes", (n: number) => "возраст — — ".repeat(n) + "не помеха"],
    // Each name before a head ("Zed Treatment") asks whether the sentence is a title: counted once a sentence.
    [
      "names before procedure heads",
      (n: number) => "the Zed treatment ".repeat(n) + "is painless.",
    ],
  ] as const;

  /**
   * The least of five samples, each `times` checks of the text. Both sizes are
   * timed in samples of the same length, so a busy machine's noise (another
   * process's time slices, a collection) falls on both alike; and it only ever
   * adds, so the least sample is the measure.
   */
  function timeOf(text: string, times: number): number {
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      for (let j = 0; j < times; j++) checker.check([text], { force: true });
      samples.push(performance.now() - t0);
    }
    return Math.min(...samples);
  }

  it.each(adversarial)(
    "%s",
    (_name, make) => {
      const short = make(20_000);
      const long = make(80_000);
      // Warm-up at both sizes: the first run at a size also pays for the heap growing.
      timeOf(short, 1);
      timeOf(long, 1);
      // Linear gives ~1, quadratic ~4; the limit sits between them at 2, a
      // margin that noise falling on both samples alike does not cross; the
      // best of three attempts is the measure.
      const ratios: number[] = [];
      for (let attempt = 0; attempt < 3 && !(ratios.at(-1)! < 2); attempt++)
        ratios.push(timeOf(long, 1) / timeOf(short, 4));
      expect(Math.min(...ratios)).toBeLessThan(2);
    },
    // Up to four rounds of checks of up to 80,000 tokens: seconds here, and ten
    // times that on a shared core, which the default 20 s did not always cover.
    120_000,
  );
});
