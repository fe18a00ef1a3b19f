// The corpus is what the figures stand on: every line well formed, no page in
// both splits, no sentence from a page reserved for the hidden evaluation.
import { describe, expect, it } from "vitest";
import { pageKey, problems, readLines, splitOf, SPLITS } from "../scripts/corpus";

const train = readLines(SPLITS.train);
const test = readLines(SPLITS.test);

describe("tests/corpus", () => {
  it("has no problem: known claims, unique ids, no reserved page, no text inside another", () => {
    expect(problems([...train, ...test])).toEqual([]);
  });

  it("is split by page: each line is in the split its page's hash gives, so no page is in both", () => {
    expect(train.filter((l) => splitOf(l) !== "train").map((l) => l.id)).toEqual([]);
    expect(test.filter((l) => splitOf(l) !== "test").map((l) => l.id)).toEqual([]);
    const trainPages = new Set(
      train.filter((l) => l.from !== "modelled").map((l) => pageKey(l.from)),
    );
    expect(
      test.filter((l) => l.from !== "modelled" && trainPages.has(pageKey(l.from))).map((l) => l.id),
    ).toEqual([]);
  });

  it("holds real text: most English and a good share of Russian sentences come from real pages", () => {
    const share = (lang: string) => {
      const mine = [...train, ...test].filter((l) => l.lang === lang);
      return mine.filter((l) => l.from !== "modelled").length / mine.length;
    };
    expect(share("en")).toBeGreaterThanOrEqual(0.6);
    expect(share("ru")).toBeGreaterThanOrEqual(0.4);
  });
});
