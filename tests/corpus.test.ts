// The corpus is what the figures stand on: every line well formed, no page in
// both splits, no sentence from a page reserved for the hidden evaluation.
import { describe, expect, it } from "vitest";
import {
  pageKey,
  pageOf,
  problems,
  readLines,
  reservedKeys,
  splitOf,
  SPLITS,
} from "../scripts/corpus";

const train = readLines(SPLITS.train);
const test = readLines(SPLITS.test);

describe("tests/corpus", () => {
  it("has no problem: known claims, unique ids, no reserved page, no text inside another", () => {
    expect(problems([...train, ...test])).toEqual([]);
  });

  it("is split by page: each line is in the split its page's hash gives, so no page is in both", () => {
    expect(train.filter((l) => splitOf(l) !== "train").map((l) => l.id)).toEqual([]);
    expect(test.filter((l) => splitOf(l) !== "test").map((l) => l.id)).toEqual([]);
    const pages = (lines: typeof train) =>
      lines.flatMap((l) => {
        const page = pageOf(l);
        return page ? [{ id: l.id, key: pageKey(page) }] : [];
      });
    const trainPages = new Set(pages(train).map((p) => p.key));
    expect(
      pages(test)
        .filter((p) => trainPages.has(p.key))
        .map((p) => p.id),
    ).toEqual([]);
  });

  it("checks a modelled line's source page: reserved, or set on a real line, is a problem", () => {
    // An address from the reserved list itself, read at run time (never written into the repo).
    const reserved = `http://${[...reservedKeys()][0]!}`;
    const line = { id: "x-1", lang: "en" as const, text: "Mesotherapy is painless.", labels: [] };
    expect(problems([{ ...line, from: "modelled", modelledOn: reserved }])).toEqual([
      `x-1: reserved page ${reserved}`,
    ]);
    expect(
      problems([{ ...line, from: "https://example.org/a", modelledOn: "https://example.org/b" }]),
    ).toEqual(["x-1: modelledOn belongs to a modelled line"]);
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
