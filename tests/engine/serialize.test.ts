// The claims database as the build embeds it in the CLI bundle.
import { describe, expect, it } from "vitest";
import { loadClaims } from "../../src/cli/load-claims";
import { createChecker } from "../../src/engine/engine";
import { embeddedClaims } from "../../src/engine/embed";
import type { Pattern } from "../../src/engine/pattern";
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
    const back = fromJson<typeof db>(embeddedClaims(db));
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

  it("writes a shareable value once and reads it back as one object wherever it was", () => {
    const atom = () => ({ type: "word", value: "painless", prefix: false });
    const value = {
      a: [atom(), atom()],
      b: { inner: [atom()] },
      other: [{ type: "x" }, { type: "x" }],
    };
    const shareable = (keys: readonly string[]) => keys.join(",") === "type,value,prefix";
    const text = toJson(value, "db", { shareable });
    expect(text.split("painless")).toHaveLength(2);
    const back = fromJson<typeof value>(text);
    expect(back).toEqual(value);
    expect(back.a[0]).toBe(back.a[1]);
    expect(back.b.inner[0]).toBe(back.a[0]);
    // Equal values of a shape not marked shareable stay apart.
    expect(back.other[0]).not.toBe(back.other[1]);
    // Without a shareable test, nothing is shared.
    const plain = fromJson<typeof value>(toJson(value));
    expect(plain.a[0]).not.toBe(plain.a[1]);
  });

  it("refers to a shared value without an array of its own, so JSON.parse makes none per reference", () => {
    const atom = () => ({ type: "word", value: "painless", prefix: false });
    const shareable = (keys: readonly string[]) => keys.join(",") === "type,value,prefix";
    const value = { a: Array.from({ length: 50 }, atom) };
    const text = toJson(value, "db", { shareable });
    const arrays = (v: unknown): number =>
      Array.isArray(v) ? 1 + v.reduce((n: number, x) => n + arrays(x), 0) : 0;
    // The object and its array (the atom is in the shared table): not one more for each of the 50 references.
    expect(arrays((JSON.parse(text) as { value: unknown; shared: unknown }).value)).toBe(2);
    const back = fromJson<typeof value>(text);
    expect(back).toEqual(value);
    expect(new Set(back.a).size).toBe(1);
  });

  it("embeds the claims database shorter, sharing atoms and elements, but never a pattern", () => {
    const db = loadClaims();
    const text = embeddedClaims(db);
    expect(text.length).toBeLessThan(toJson(db).length * 0.8);
    const back = fromJson<typeof db>(text);
    expect(back).toEqual(db);
    const patterns = back.claims.flatMap((c) => [...c.rules.en.patterns, ...c.rules.ru.patterns]);
    expect(new Set<Pattern>(patterns).size).toBe(patterns.length);
    const elements = patterns.flatMap((p) => p.elements);
    expect(new Set(elements).size).toBeLessThan(elements.length);
    const pages: Array<[string[], "en" | "ru"]> = [
      [
        ["Mesotherapy is painless and there is no downtime.", "You can have it on blood thinners."],
        "en",
      ],
      [["Мезотерапия безболезненна, противопоказаний нет.", "Можно при месячных."], "ru"],
    ];
    for (const [page, lang] of pages) {
      const found = createChecker(back).check(page, { force: true, lang }).findings;
      expect(found.length).toBeGreaterThanOrEqual(3);
      expect(found).toEqual(createChecker(db).check(page, { force: true, lang }).findings);
    }
  });
});
