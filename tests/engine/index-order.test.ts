// Each language's rules are indexed on that language's first sentence, or
// ahead when prepare() asks (createChecker): what a checker read or prepared
// before, in either language, never changes what it finds.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readPage } from "../../src/cli/html-page";
import { loadClaims } from "../../src/cli/load-claims";
import { createChecker } from "../../src/engine/engine";

const db = loadClaims();
const example = (name: string) =>
  readPage(readFileSync(fileURLToPath(new URL(`../../examples/${name}`, import.meta.url)), "utf8"))
    .blocks;

describe("a checker's languages, in whatever order it meets them", () => {
  const en = example("article-en.html");
  const ru = example("article-ru.html");
  const fresh = (blocks: string[]) => createChecker(db).check(blocks);

  it.each([
    ["English after Russian", en, ru],
    ["Russian after English", ru, en],
  ])("%s: the same result as a fresh checker's", (_, page, before) => {
    const checker = createChecker(db);
    checker.check(before);
    const result = checker.check(page);
    expect(result.findings.length).toBeGreaterThan(5);
    expect(result).toEqual(fresh(page));
  });

  it.each([
    ["English", "en", en],
    ["Russian", "ru", ru],
  ] as const)(
    "%s prepared ahead (a gate passed): the same result as a fresh checker's",
    (_, lang, page) => {
      const checker = createChecker(db);
      checker.prepare(lang);
      checker.prepare(lang === "en" ? "ru" : "en");
      const result = checker.check(page);
      expect(result.findings.length).toBeGreaterThan(5);
      expect(result).toEqual(fresh(page));
    },
  );
});
