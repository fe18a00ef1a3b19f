// The claims database as the build embeds it in the CLI bundle.
import { describe, expect, it } from "vitest";
import { loadClaims } from "../../src/cli/load-claims";
import { createChecker } from "../../src/engine/engine";
import { fromJson, SerializeError, toJson } from "../../src/engine/serialize";

describe("embedding the compiled claims database", () => {
  it("gives back the database loadClaims() compiles, Sets and all, as one-byte (ASCII) text", () => {
    const db = loadClaims();
    const text = toJson(db);
    expect(/^[\x20-\x7e]*$/.test(text)).toBe(true);
    const back = fromJson<typeof db>(text);
    expect(back).toEqual(db);
    expect(back.claims[0]!.rules.en.patterns[0]!.begins.words).toBeInstanceOf(Set);
  });

  it("carries the omission topics: their rules, notes and evidence, and a checker made from it finds the same", () => {
    const db = loadClaims();
    const back = fromJson<typeof db>(toJson(db));
    expect(back.omissions).toEqual(db.omissions);
    expect(back.omissions.map((o) => o.topic.topic)).toEqual([
      "contraindications",
      "complications",
      "specialist",
      "aftercare",
    ]);
    expect(back.omissions[0]!.rules.ru.items[0]!.begins.prefixes.length).toBeGreaterThan(0);
    const page = ["Mesotherapy has no side effects.", "Bruises may appear after the session."];
    expect(createChecker(back).omissionsOf(page, "en")).toEqual(
      createChecker(db).omissionsOf(page, "en"),
    );
    expect(createChecker(back).omissionsOf(page, "en")).not.toContain("complications");
  });

  it("keeps Maps, nested arrays, null, non-ASCII and astral characters", () => {
    const value = {
      a: [1, [2, null]],
      m: new Map<unknown, unknown>([
        ["k", new Set(["ё", "😀"])],
        [3, { x: false }],
      ]),
      s: "Мезотерапия",
    };
    expect(fromJson(toJson(value))).toEqual(value);
  });

  it.each([
    ["a class instance", { p: new (class Pattern {})() }, /db\.p: a Pattern cannot be embedded/],
    ["a RegExp", { rules: [/x/] }, /db\.rules\.0: a RegExp cannot be embedded/],
    ["a function", { f: () => 1 }, /db\.f: a function cannot be embedded/],
    ["NaN", { n: NaN }, /db\.n: NaN cannot be embedded/],
    ["undefined in an array", { a: [undefined] }, /db\.a\.0: undefined cannot be embedded/],
  ])("refuses %s, naming where it is", (_name, value, message) => {
    expect(() => toJson(value)).toThrow(SerializeError);
    expect(() => toJson(value)).toThrow(message);
  });

  it("refuses a cycle", () => {
    const a: Record<string, unknown> = {};
    a.self = { back: a };
    expect(() => toJson(a)).toThrow(/db\.self\.back: a cycle/);
  });
});
