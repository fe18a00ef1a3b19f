// Batch mode's line reader: any chunking, a cap per line, UTF-8 split across chunks.
import { describe, expect, it } from "vitest";
import { splitLines, type InputLine } from "../../src/cli/batch";

async function lines(chunks: Array<string | Buffer>, max = 100): Promise<InputLine[]> {
  async function* source() {
    for (const c of chunks) yield Buffer.from(c);
  }
  const out: InputLine[] = [];
  for await (const l of splitLines(source(), max)) out.push(l);
  return out;
}

describe("splitLines", () => {
  it("numbers lines from 1, drops CR and a leading BOM, and keeps a last line without a newline", async () => {
    expect(await lines(["\uFEFFa\r\nb\n\nc"])).toEqual([
      { line: 1, text: "a" },
      { line: 2, text: "b" },
      { line: 3, text: "" },
      { line: 4, text: "c" },
    ]);
  });

  it("gives nothing for an empty input, and one empty line for a lone newline", async () => {
    expect(await lines([])).toEqual([]);
    expect(await lines([""])).toEqual([]);
    expect(await lines(["\n"])).toEqual([{ line: 1, text: "" }]);
  });

  it("joins lines split across chunks, even inside a UTF-8 character", async () => {
    const bytes = Buffer.from("мезо\nтерапия\n");
    const chunks = [...bytes].map((b) => Buffer.from([b]));
    expect(await lines(chunks)).toEqual([
      { line: 1, text: "мезо" },
      { line: 2, text: "терапия" },
    ]);
  });

  it("reports a line over the cap and goes on with the next, whatever the chunks", async () => {
    const expected = [
      { line: 1, text: "ok" },
      { line: 2, error: "line too large (over 32 MB)" },
      { line: 3, text: "next" },
    ];
    expect(await lines([`ok\n${"x".repeat(101)}\nnext\n`])).toEqual(expected);
    expect(await lines(["ok\n", "x".repeat(60), "x".repeat(60), "\nnext"])).toEqual(expected);
    expect(await lines([`ok\n${"x".repeat(100)}\nnext`])).toEqual([
      { line: 1, text: "ok" },
      { line: 2, text: "x".repeat(100) },
      { line: 3, text: "next" },
    ]);
    expect(await lines(["x".repeat(200)])).toEqual([
      { line: 1, error: "line too large (over 32 MB)" },
    ]);
  });
});
