// The engine's word lists (claims/words/<lang>.json): they validate, a
// malformed one is refused naming the file and the field, and the engine
// reads its words from them rather than from code.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLAIMS_DIR, checkWordsFiles } from "../../src/cli/load-claims";
import { ClaimsError } from "../../src/engine/claims";
import { findNumberSpans } from "../../src/engine/numbers";
import { tokenize } from "../../src/engine/tokens";
import { countTerms, termsPattern } from "../../src/engine/topic";
import { WORDS } from "../../src/engine/words";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function claimsCopy(edit: (words: Record<string, unknown>) => void, file = "en.json"): string {
  const dir = mkdtempSync(join(tmpdir(), "mesocheck-words-"));
  dirs.push(dir);
  cpSync(CLAIMS_DIR, dir, { recursive: true });
  const path = join(dir, "words", file);
  const words = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  edit(words);
  writeFileSync(path, JSON.stringify(words));
  return dir;
}

function refusal(dir: string): ClaimsError {
  try {
    checkWordsFiles(dir);
  } catch (e) {
    if (e instanceof ClaimsError) return e;
    throw e;
  }
  throw new Error("accepted");
}

describe("the words files", () => {
  it("validate", () => {
    expect(() => checkWordsFiles()).not.toThrow();
    expect(Object.keys(WORDS).sort()).toEqual(["en", "ru"]);
  });

  it("are refused when malformed, naming the file and the field", () => {
    const missing = refusal(
      claimsCopy((w) => delete (w.negation as Record<string, unknown>).negators),
    );
    expect(missing.message).toMatch(/words\/en\.json: negation\.negators: /);
    const badValue = refusal(
      claimsCopy((w) => ((w.numbers as { words: Record<string, unknown> }).words.two = "2")),
    );
    expect(badValue.message).toMatch(/words\/en\.json: numbers\.words\.two: /);
    const unknown = refusal(claimsCopy((w) => (w.extra = [])));
    expect(unknown.message).toMatch(/words\/en\.json: /);
    const wrongLang = refusal(claimsCopy((w) => (w.lang = "ru")));
    expect(wrongLang.message).toMatch(/words\/en\.json: lang: ru in a file named en\.json/);
  });
});

describe("the engine reads its words from the files", () => {
  it("counts the topic terms, a space standing for a space, a hyphen or nothing", () => {
    expect(countTerms("Mesotherapy, meso-therapy, meso therapy; мезотерапия и мезо-терапия")).toBe(
      5,
    );
    const terms = termsPattern(["ab cd", "x.y"]);
    expect("abcd ab-cd ab cd ab  cd xzy x.y".match(terms)).toEqual([
      "abcd",
      "ab-cd",
      "ab cd",
      "x.y",
    ]);
  });

  it("reads every language's number words and units", () => {
    for (const [lang, w] of Object.entries(WORDS)) {
      const [word, value] = Object.entries(w.numbers.words).at(-1)!;
      const [unit, days] = Object.entries(w.numbers.dayUnits)[0]!;
      const spans = findNumberSpans(tokenize(`${word} ${unit}`, lang as "en" | "ru"));
      expect(spans.get(0)?.find((s) => s.kind === "days")).toMatchObject({
        min: value * days,
        max: value * days,
      });
    }
  });
});

describe("the gate's prefilter", () => {
  it("finds a mention in every term, as written in lower case, capitalised and in capitals", async () => {
    const { TERM_MENTIONS } = await import("../../src/engine/topic");
    for (const w of Object.values(WORDS))
      for (const term of w.topicTerms)
        for (const form of [term, term[0]!.toUpperCase() + term.slice(1), term.toUpperCase()])
          expect(TERM_MENTIONS.some((m) => form.includes(m))).toBe(true);
    expect(TERM_MENTIONS).toContain("МЕЗО");
  });
});
