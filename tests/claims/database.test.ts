// The claims database: it parses, its evidence is quoted verbatim from the
// source articles, its verdicts agree with its evidence, and a malformed
// database is refused with a message that names the file and the field.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { CLAIMS_DIR, loadClaims } from "../../src/cli/load-claims";
import { ClaimsError } from "../../src/engine/claims";
import { createChecker } from "../../src/engine/engine";

const SOURCES_DIR = fileURLToPath(new URL("../../../shared/sources/", import.meta.url));
const REQUIRED_IDS = [
  "age-limit",
  "painless",
  "harmless",
  "no-downtime",
  "few-contraindications",
  "chronic-disease-ok",
  "instant-results",
  "lasting-results",
  "session-interval",
  "home-injections",
  "acne-active",
  "combine-procedures",
  "pregnancy-ok",
  "blood-thinners-ok",
  "aftercare-none",
];

const db = loadClaims();
const claims = db.claims.map((c) => c.claim);
const collapse = (text: string) => text.replace(/\s+/gu, " ").trim();
const sourceText = new Map<string, string>();
function source(file: string): string {
  let text = sourceText.get(file);
  if (text === undefined)
    sourceText.set(file, (text = collapse(readFileSync(join(SOURCES_DIR, file), "utf8"))));
  return text;
}

describe("the claims database", () => {
  it("parses every claims/*.json through loadClaims()", () => {
    const files = readdirSync(CLAIMS_DIR).filter((f) => f.endsWith(".json"));
    const others = ["sources.json", "caveats.json", "omissions.json"];
    const claimFiles = files.filter((f) => !others.includes(f));
    for (const f of others) expect(files).toContain(f);
    expect(claims.map((c) => `${c.id}.json`).sort()).toEqual(claimFiles.sort());
    expect(db.sources.length).toBe(5);
    expect(db.caveats.length).toBeGreaterThan(0);
  });

  it("has the 15 required claims", () => {
    const ids = claims.map((c) => c.id);
    expect(REQUIRED_IDS).toHaveLength(15);
    for (const id of REQUIRED_IDS) expect(ids).toContain(id);
  });

  it("lists source files that exist in shared/sources", () => {
    for (const s of db.sources) expect(existsSync(join(SOURCES_DIR, s.file)), s.file).toBe(true);
  });

  describe.each(claims.map((c) => [c.id, c] as const))("%s", (_id, claim) => {
    it.each(claim.evidence.map((e, i) => [i, e.source, e.quote] as const))(
      "evidence %i quotes %s verbatim: %s",
      (_i, file, quote) => {
        expect(source(file)).toContain(collapse(quote));
      },
    );

    it("has evidence that contradicts it", () => {
      expect(claim.evidence.some((e) => e.stance === "contradicts")).toBe(true);
    });

    if (claim.verdict === "contradicted") {
      it("is contradicted, so no evidence asserts it", () => {
        expect(claim.evidence.filter((e) => e.stance === "asserts")).toEqual([]);
      });
    } else {
      it("is disputed, so some evidence asserts it", () => {
        expect(claim.evidence.some((e) => e.stance === "asserts")).toBe(true);
      });
    }

    it("has an assertion and a note in both languages", () => {
      for (const lang of ["en", "ru"] as const) {
        expect(claim.assertion[lang].trim()).not.toBe("");
        expect(claim.note[lang].trim()).not.toBe("");
        expect(claim.match[lang].patterns.length).toBeGreaterThan(0);
      }
    });
  });

  describe.each(db.omissions.map((o) => [o.topic.topic, o.topic] as const))(
    "omission topic %s",
    (_topic, topic) => {
      it.each(topic.evidence.map((e, i) => [i, e.source, e.quote] as const))(
        "evidence %i quotes %s verbatim: %s",
        (_i, file, quote) => {
          expect(source(file)).toContain(collapse(quote));
        },
      );

      it("has a note, rules and examples in both languages", () => {
        for (const lang of ["en", "ru"] as const) {
          expect(topic.note[lang].trim()).not.toBe("");
          expect(topic.examples[lang].mentions.length).toBeGreaterThan(0);
          expect(topic.examples[lang].omits.length).toBeGreaterThan(0);
        }
      });
    },
  );

  it("has the four omission topics, in the order pages get them", () => {
    expect(db.omissions.map((o) => o.topic.topic)).toEqual([
      "contraindications",
      "complications",
      "specialist",
      "aftercare",
    ]);
  });

  it("lists no alternative twice in one element of a pattern or template (a copy adds nothing)", () => {
    const repeats: string[] = [];
    const visit = (value: unknown, at: string): void => {
      if (typeof value === "string") {
        for (const element of value.split(" ")) {
          const alts = element.split("|");
          for (const alt of new Set(alts.filter((a, i) => alts.indexOf(a) !== i)))
            repeats.push(`${at}: ${alt}`);
        }
      } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${at}.${i}`));
      else if (value && typeof value === "object")
        for (const [k, v] of Object.entries(value)) visit(v, `${at}.${k}`);
    };
    for (const dir of [CLAIMS_DIR, join(CLAIMS_DIR, "lexicon")])
      for (const name of readdirSync(dir).filter((n) => n.endsWith(".json")))
        visit(JSON.parse(readFileSync(join(dir, name), "utf8")), name);
    expect(repeats).toEqual([]);
  });

  it("cites known source files in caveats", () => {
    const known = new Set(db.sources.map((s) => s.file));
    for (const c of db.caveats)
      for (const s of c.sources) expect(known.has(s), `${c.id}: ${s}`).toBe(true);
  });
});

describe("a malformed claims directory", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  /** A copy of claims/ with one file changed. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test breaks claim JSON in arbitrary ways
  function copyWith(name: string, change: (data: any) => unknown): string {
    const dir = mkdtempSync(join(tmpdir(), "mesocheck-claims-"));
    dirs.push(dir);
    cpSync(CLAIMS_DIR, dir, { recursive: true });
    const path = join(dir, name);
    const data = existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : undefined;
    const changed = change(data);
    writeFileSync(
      path,
      typeof changed === "string" ? changed : JSON.stringify(changed ?? data, null, 2),
    );
    return dir;
  }

  function loadError(dir: string): ClaimsError {
    try {
      loadClaims(dir);
    } catch (e) {
      expect(e).toBeInstanceOf(ClaimsError);
      return e as ClaimsError;
    }
    throw new Error("loadClaims() did not throw");
  }

  it("loads an unchanged copy", () => {
    const dir = copyWith("painless.json", (d) => d);
    expect(loadClaims(dir).claims.length).toBe(claims.length);
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test breaks claim JSON in arbitrary ways
  it.each<[string, string, (d: any) => unknown, string[]]>([
    [
      "a claim without a verdict",
      "painless.json",
      (d) => void delete d.verdict,
      ["painless.json", "verdict"],
    ],
    [
      "a claim with an unknown verdict",
      "painless.json",
      (d) => void (d.verdict = "false"),
      ["painless.json", "verdict"],
    ],
    [
      "a claim without evidence",
      "harmless.json",
      (d) => void (d.evidence = []),
      ["harmless.json", "evidence"],
    ],
    [
      "an evidence stance that is unknown",
      "harmless.json",
      (d) => void (d.evidence[0].stance = "supports"),
      ["harmless.json", "evidence.0.stance"],
    ],
    [
      "a bad pattern",
      "painless.json",
      (d) => void (d.match.en.patterns[0] = "~99 foo"),
      ["painless.json", "match.en.patterns.0"],
    ],
    [
      "a bad lexicon pattern",
      "lexicon/en.json",
      (d) => void d.attributed.push("some ~99 say"),
      [
        "lexicon/en.json",
        `attributed.${JSON.parse(readFileSync(join(CLAIMS_DIR, "lexicon/en.json"), "utf8")).attributed.length}`,
      ],
    ],
    [
      "a bad lexicon word list",
      "lexicon/ru.json",
      (d) => void d.qualifiers.turns.push("но ~1"),
      ["lexicon/ru.json", "qualifiers.turns"],
    ],
    [
      "a word list a pattern names but the claim does not have",
      "painless.json",
      (d) => void (d.match.en.patterns[0] = "$no-such-list ~2 painless"),
      ["painless.json", "match.en.patterns.0"],
    ],
    [
      "a bad Russian exclude pattern",
      "painless.json",
      (d) => void (d.match.ru.exclude = ["?не больно"]),
      ["painless.json", "match.ru.exclude.0"],
    ],
    [
      "an unknown span in a pattern",
      "age-limit.json",
      (d) => void d.match.en.patterns.push("from @year"),
      ["age-limit.json", "match.en.patterns"],
    ],
    [
      "an unknown source file in evidence",
      "painless.json",
      (d) => void (d.evidence[1].source = "999_0123456789abcdef.txt"),
      ["painless.json", "evidence.1.source", "999_0123456789abcdef.txt"],
    ],
    [
      "an about naming an unknown subject",
      "painless.json",
      (d) => void (d.about = [{ subject: "weather", stance: "absence" }]),
      ["painless.json", "about.0.subject", "weather"],
    ],
    [
      "a lexicon stance without its subject",
      "lexicon/en.json",
      (d) => void (d.stances.absence[0] = "no downtime"),
      ["lexicon/en.json", "stances.absence.0", "$"],
    ],
    [
      "a lexicon's stance excludes for a stance it lacks",
      "lexicon/en.json",
      (d) => void (d.stanceExcludes.approval = ["only_if"]),
      ["lexicon/en.json", "stanceExcludes.approval", "approval"],
    ],
    [
      "a claim without examples",
      "painless.json",
      (d) => void delete d.examples,
      ["painless.json", "examples"],
    ],
    [
      "a source that is not a source file name",
      "painless.json",
      (d) => void (d.evidence[0].source = "article.txt"),
      ["painless.json", "evidence.0.source"],
    ],
    [
      "an id that does not match the file name",
      "painless.json",
      (d) => void (d.id = "pain-free"),
      ["painless.json", "id", "pain-free"],
    ],
    [
      "an unknown field",
      "painless.json",
      (d) => void (d.severity = "high"),
      ["painless.json", "severity"],
    ],
    [
      "a claim without Russian rules",
      "no-downtime.json",
      (d) => void delete d.match.ru,
      ["no-downtime.json", "match.ru"],
    ],
    [
      "a caveat citing an unknown source",
      "caveats.json",
      (d) => void (d[0].sources = ["999_0123456789abcdef.txt"]),
      ["caveats.json", "0.sources.0"],
    ],
    [
      "an omission topic that is not one of the four",
      "omissions.json",
      (d) => void (d.topics[0].topic = "price"),
      ["omissions.json", "topics.0.topic"],
    ],
    [
      "an omission topic twice",
      "omissions.json",
      (d) => void d.topics.push(d.topics[0]),
      ["omissions.json", `topics.${4}.topic`, "duplicate"],
    ],
    [
      "an omission rule naming an unknown word list",
      "omissions.json",
      (d) => void (d.topics[1].match.en.patterns[0] = "$weather"),
      ["omissions.json", "topics.1.match.en.patterns.0", "weather"],
    ],
    [
      "an omission word list that shadows a lexicon subject",
      "omissions.json",
      (d) => void (d.words.en.pain = ["ache"]),
      ["omissions.json", "words.en.pain"],
    ],
    [
      "a claim word list that shadows a lexicon subject",
      "painless.json",
      (d) => void (d.match.en.words = { pain: ["ache"] }),
      ["painless.json", "match.en.words.pain"],
    ],
    [
      "an omission topic denied by an unknown claim",
      "omissions.json",
      (d) => void (d.topics[0].deniedBy = ["weather-ok"]),
      ["omissions.json", "topics.0.deniedBy.0", "weather-ok"],
    ],
    [
      "an omission quote from an unknown source",
      "omissions.json",
      (d) => void (d.topics[2].evidence[0].source = "999_0123456789abcdef.txt"),
      ["omissions.json", "topics.2.evidence.0.source"],
    ],
    [
      "a source with a bad language",
      "sources.json",
      (d) => void (d[0].lang = "fr"),
      ["sources.json", "0.lang"],
    ],
  ])("refuses %s", (_what, file, change, expected) => {
    const e = loadError(copyWith(file, change));
    for (const part of expected) expect(e.message).toContain(part);
    expect(e.file.endsWith(file)).toBe(true);
  });

  it("refuses a file that is not valid JSON, naming the file", () => {
    const e = loadError(copyWith("harmless.json", () => '{ "id": "harmless", '));
    expect(e.message).toContain("harmless.json");
    expect(e.message).toMatch(/JSON/);
  });

  it("refuses a directory without sources.json", () => {
    const dir = copyWith("painless.json", (d) => d);
    rmSync(join(dir, "sources.json"));
    expect(loadError(dir).message).toContain("sources.json");
  });

  /** The claims an English text is found to assert, by claims/ or a changed copy of it. */
  const claimsIn = (text: string, dir?: string) =>
    createChecker(loadClaims(dir))
      .check([text], { force: true, lang: "en" })
      .findings.map((f) => f.claim);

  it("fills a rule's `$name` with the claim's word list of that name", () => {
    const found = (dir?: string) => claimsIn("Mesotherapy is totally ouchless.", dir);
    expect(found()).not.toContain("painless");
    const dir = copyWith("painless.json", (d) => {
      d.match.en.words = { "pain-free": ["ouchless", "hurtless"] };
      d.match.en.patterns.push("totally|utterly $pain-free");
      return d;
    });
    expect(found(dir)).toContain("painless");
  });

  it("fills a rule's `$name` with the lexicon's subject of that name", () => {
    const found = (dir?: string) =>
      claimsIn("Mesotherapy: my warfarin is totally irrelevant to it.", dir);
    expect(found()).not.toContain("blood-thinners-ok");
    const dir = copyWith("blood-thinners-ok.json", (d) => {
      d.match.en.patterns.push("$blood-thinners ~3 totally_irrelevant");
      return d;
    });
    expect(found(dir)).toContain("blood-thinners-ok");
  });

  it("gives a stance's excludes to every claim said with that stance, and to no other", () => {
    const pregnancy =
      "You can still have mesotherapy while pregnant, but only in the second trimester.";
    const painless = "Mesotherapy is completely painless, but only in the second trimester.";
    const found = (text: string, dir?: string) =>
      createChecker(loadClaims(dir))
        .check([text], { force: true, lang: "en" })
        .findings.map((f) => f.claim);
    expect(found(pregnancy)).toEqual([]);
    expect(found(painless)).toContain("painless");
    const dir = copyWith("lexicon/en.json", (d) => {
      d.stanceExcludes.permission = [];
      return d;
    });
    expect(found(pregnancy, dir)).toContain("pregnancy-ok");
    const moved = copyWith("lexicon/en.json", (d) => {
      d.stanceExcludes.absence = ["only_in"];
      return d;
    });
    expect(
      found("There is no downtime after mesotherapy, only in rare cases swelling.", moved),
    ).toEqual([]);
  });

  it("refuses a duplicate id", () => {
    const dir = copyWith("painless.json", (d) => d);
    // The same claim under a second name: its id no longer matches that name.
    cpSync(join(dir, "painless.json"), join(dir, "painless-copy.json"));
    const e = loadError(dir);
    expect(e.message).toContain("painless-copy.json");
    expect(e.field).toBe("id");
  });
});
