// What a page about mesotherapy leaves out (claims/omissions.json), judged on
// whole pages: the five source articles, promotional pages, pages of denials,
// the demo articles and pages about something else.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readPage } from "../../src/cli/html-page";
import { loadClaims } from "../../src/cli/load-claims";
import { createChecker } from "../../src/engine/engine";
import type { OmissionTopicId } from "../../src/engine/schema";

const db = loadClaims();
const checker = createChecker(db);
const SOURCES = new URL("../../../shared/sources/", import.meta.url);
const read = (url: URL) => readFileSync(fileURLToPath(url), "utf8");
const fixture = (name: string) => readPage(read(new URL(`fixtures/${name}`, import.meta.url)));
const example = (name: string) =>
  readPage(read(new URL(`../../examples/${name}`, import.meta.url)));

function omissionsOf(blocks: string[]): OmissionTopicId[] {
  const result = checker.check(blocks);
  expect(result.about.mesotherapy).toBe(true);
  return result.omissions.map((o) => o.topic);
}

describe("omissions on the five source articles", () => {
  it.each([
    // 000 lists contraindications and complications, wants sterility, and lists what not to do after.
    ["000_779f7493814da442.txt", []],
    ["001_768b966119802768.txt", []],
    // 002 says only that "there are a number of contraindications" and to consult a doctor: it names
    // none, says nothing of who should do it or in what conditions, nor of anything after. It does say
    // the procedure "may lead to a number of complications", and a stated complication counts.
    ["002_8c39179911c7d896.txt", ["contraindications", "specialist", "aftercare"]],
    // 003 names no list of bans after, but bans alcohol "no earlier than 7 days after the procedure".
    ["003_82c8f06e4d5d37e9.txt", []],
    ["004_023dcdcc2760be36.txt", []],
  ] as const)("%s leaves out %j", (file, expected) => {
    expect(omissionsOf(readPage(read(new URL(file, SOURCES))).blocks)).toEqual(expected);
  });

  it("the four that list contraindications get no contraindications omission", () => {
    for (const file of [
      "000_779f7493814da442.txt",
      "001_768b966119802768.txt",
      "003_82c8f06e4d5d37e9.txt",
      "004_023dcdcc2760be36.txt",
    ])
      expect(omissionsOf(readPage(read(new URL(file, SOURCES))).blocks), file).not.toContain(
        "contraindications",
      );
  });
});

describe("omissions on promotional pages that name no risk", () => {
  it.each([
    ["promo-en.txt", "en"],
    ["promo-ru.txt", "ru"],
  ] as const)(
    "%s gets contraindications, complications and aftercare, not specialist (its cosmetologists inject)",
    (name, lang) => {
      const result = checker.check(fixture(name).blocks);
      expect(result.about).toMatchObject({ mesotherapy: true, lang });
      expect(result.omissions.map((o) => o.topic)).toEqual([
        "contraindications",
        "complications",
        "aftercare",
      ]);
      // Notes in the page's language, with the sources' words behind them.
      for (const o of result.omissions) {
        const topic = db.omissions.find((t) => t.topic.topic === o.topic)!.topic;
        expect(o.note).toBe(topic.note[lang]);
        expect(o.evidence).toEqual(topic.evidence);
      }
    },
  );

  it.each([
    ["denials-en.txt", "en"],
    ["denials-ru.txt", "ru"],
  ] as const)("%s denies all four, and so leaves all four out", (name, lang) => {
    const result = checker.check(fixture(name).blocks);
    expect(result.about).toMatchObject({ mesotherapy: true, lang });
    expect(result.omissions.map((o) => o.topic)).toEqual([
      "contraindications",
      "complications",
      "specialist",
      "aftercare",
    ]);
  });
});

describe("denials are no mentions", () => {
  const page = (lang: "en" | "ru", ...blocks: string[]) => checker.omissionsOf(blocks, lang);

  it.each([
    ["en", "Mesotherapy has no side effects.", "complications"],
    ["en", "There are no contraindications to mesotherapy.", "contraindications"],
    ["en", "You can do it at home yourself, no doctor needed.", "specialist"],
    ["en", "There are no restrictions after the procedure.", "aftercare"],
    ["ru", "Мезотерапия не вызывает осложнений.", "complications"],
    ["ru", "Никаких побочных эффектов!", "complications"],
    ["ru", "Противопоказаний нет.", "contraindications"],
    ["ru", "Уколы можно делать дома самостоятельно.", "specialist"],
  ] as const)("%s: %s leaves out %s", (lang, text, topic) => {
    expect(page(lang, text)).toContain(topic);
  });

  it.each([
    ["en", "Bruises may appear at the puncture sites.", "complications"],
    ["en", "Mesotherapy is not done during pregnancy.", "contraindications"],
    ["en", "Only a qualified doctor should perform it.", "specialist"],
    ["en", "Avoid the sauna for three days after the session.", "aftercare"],
    ["ru", "После процедуры возможны синяки и отёки.", "complications"],
    ["ru", "При беременности мезотерапию не делают.", "contraindications"],
    ["ru", "Процедуру должен проводить квалифицированный врач.", "specialist"],
    ["ru", "После сеанса нельзя ходить в сауну.", "aftercare"],
  ] as const)("%s: %s mentions %s", (lang, text, topic) => {
    expect(page(lang, text)).not.toContain(topic);
  });

  it("a question, or a claim reported as others', is no mention", () => {
    expect(page("en", "Does mesotherapy have side effects?")).toContain("complications");
    expect(page("en", "Some clinics claim there are side effects, but that is a myth.")).toContain(
      "complications",
    );
  });

  it("a sentence asserting a claim that denies the topic is no mention (safe while breastfeeding)", () => {
    expect(page("en", "Mesotherapy is safe while breastfeeding.")).toContain("contraindications");
    expect(page("en", "Mesotherapy is not safe while breastfeeding.")).not.toContain(
      "contraindications",
    );
  });

  it("a list opens with its head and reaches only a few sentences", () => {
    const head = "Contraindications:";
    expect(page("en", head, "Pregnancy;", "epilepsy.")).not.toContain("contraindications");
    const far = [head, "A.", "B.", "C.", "D.", "E.", "Pregnancy."];
    expect(page("en", ...far)).toContain("contraindications");
    // A sentence about contraindications that ends in a full stop opens no list.
    expect(page("en", "The list of contraindications is short.", "Pregnancy.")).toContain(
      "contraindications",
    );
  });
});

describe("omissions on the demo articles", () => {
  // The demo pages' paragraphs are wrapped in their HTML source, and the
  // extracted blocks keep those newlines, at which sentences are split; a
  // browser renders them as spaces, so they are read that way here.
  const rendered = (name: string) =>
    example(name).blocks.map((b) => b.replace(/\s+/gu, " ").trim());

  it("the English article lists contraindications, warns against self-injection; a reader's comment names bruises and a sauna ban", () => {
    expect(omissionsOf(rendered("article-en.html"))).toEqual([]);
  });

  it("the Russian article never names a restriction after the procedure", () => {
    expect(omissionsOf(rendered("article-ru.html"))).toEqual(["aftercare"]);
  });
});

describe("pages not about mesotherapy", () => {
  it("get no omissions, even when checked anyway", () => {
    const page = example("offtopic-en.html");
    const result = checker.check(page.blocks, { signals: page.signals });
    expect(result.about.mesotherapy).toBe(false);
    expect(result.omissions).toEqual([]);
    expect(checker.check(page.blocks, { signals: page.signals, force: true }).omissions).toEqual(
      [],
    );
  });

  it("a Russian recipe gets none", () => {
    const result = checker.check([
      "Борщ по-домашнему",
      "Свёклу натрите на тёрке, капусту нашинкуйте. Варите бульон два часа, затем добавьте овощи.",
    ]);
    expect(result.about.mesotherapy).toBe(false);
    expect(result.omissions).toEqual([]);
  });
});
