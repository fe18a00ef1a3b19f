// The claims database as the build embeds it in the CLI bundle.
import { describe, expect, it } from "vitest";
import { loadClaims } from "../../src/cli/load-claims";
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
