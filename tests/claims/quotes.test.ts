// The quote checker that `npm run check:claims` runs: every quote a whole,
// verbatim span of its source, a Russian source's quote translated.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { quoteProblems } from "../../scripts/quotes";
import { loadClaims } from "../../src/cli/load-claims";
import type { Claim, Evidence, Source } from "../../src/engine/schema";

const SOURCES_DIR = fileURLToPath(new URL("../../../shared/sources/", import.meta.url));
const readSource = (file: string) => readFileSync(join(SOURCES_DIR, file), "utf8");

const EN = "001_0000000000000001.txt";
const RU = "000_0000000000000000.txt";
const sources: Source[] = [
  { file: EN, lang: "en", title: "t", about: "a", publisher: { en: "p", ru: "p" } },
  { file: RU, lang: "ru", title: "t", about: "a", publisher: { en: "p", ru: "p" } },
];
const TEXTS: Record<string, string> = {
  [EN]: [
    "Heading of the article",
    "",
    "Complications are much more serious:",
    "",
    "Necrosis. It needs surgery, sometimes.",
    "Contraindications include:",
    "  • acute inflammatory processes;",
    "  • pregnancy.",
    "It may take 3 to 10 visits, with intervals of 3-7 days.",
  ].join("\n"),
  [RU]: "Противопоказаний немного, но к ним нужно внимательно отнестись.",
};

const claimWith = (...evidence: Evidence[]) => ({ id: "c", evidence }) as unknown as Claim;
const problemsOf = (...evidence: Evidence[]) =>
  quoteProblems([claimWith(...evidence)], sources, (file) => TEXTS[file]!);
const en = (quote: string): Evidence => ({ source: EN, stance: "contradicts", quote });

describe("quote checks", () => {
  it("pass every quote of the claims database", () => {
    const db = loadClaims();
    const claims = db.claims.map((c) => c.claim);
    expect(claims.flatMap((c) => c.evidence).length).toBeGreaterThan(50);
    expect(quoteProblems(claims, db.sources, readSource)).toEqual([]);
  });

  it.each([
    "Necrosis. It needs surgery, sometimes.",
    "It needs surgery, sometimes.",
    "acute inflammatory processes",
    "Contraindications include",
    "pregnancy",
    "Heading of the article",
  ])("accept a whole sentence, list item or line: %s", (quote) => {
    expect(problemsOf(en(quote))).toEqual([]);
  });

  it.each([
    ["ending with a colon", "Complications are much more serious:"],
    ["ending with a comma", "It may take 3 to 10 visits,"],
    ["stopping inside a sentence", "It may take 3 to 10 visits"],
    ["stopping inside a word", "Necrosis. It needs surg"],
  ])("refuse a quote %s", (_name, quote) => {
    expect(problemsOf(en(quote))).toEqual([expect.stringContaining("ends mid-sentence")]);
  });

  it("refuse a quote that is not in its source, or differs from it in a letter", () => {
    expect(problemsOf(en("Necrosis. It needs surgery, always."))).toEqual([
      expect.stringContaining("not a verbatim span"),
    ]);
    expect(problemsOf(en("necrosis. It needs surgery, sometimes."))).toEqual([
      expect.stringContaining("not a verbatim span"),
    ]);
  });

  it("ask an English translation of a Russian source's quote, not of an English one", () => {
    const quote = "Противопоказаний немного, но к ним нужно внимательно отнестись.";
    const ru: Evidence = { source: RU, stance: "asserts", quote };
    expect(problemsOf(ru)).toEqual([expect.stringContaining("needs its English translation")]);
    expect(problemsOf({ ...ru, translation: "There are few contraindications." })).toEqual([]);
    expect(problemsOf({ ...ru, translation: quote })).toEqual([
      expect.stringContaining("repeats the quote"),
    ]);
    expect(problemsOf(en("pregnancy"))).toEqual([]);
  });

  it("name the claim and the evidence's index", () => {
    expect(problemsOf(en("pregnancy"), en("Complications are much more serious:"))).toEqual([
      expect.stringMatching(/^c evidence\.1: /),
    ]);
  });
});
