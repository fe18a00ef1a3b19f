// mesocheck --jsonl, as built (bin/mesocheck.js -> dist/mesocheck.cjs), in a child process.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CliOutput } from "../../src/cli/output";

const BIN = fileURLToPath(new URL("../../bin/mesocheck.js", import.meta.url));
const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "mesocheck-batch-"));

function batch(args: string[], input: string | Buffer, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, "--jsonl", ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 64 << 20,
  });
  const lines = r.stdout.split("\n");
  expect(lines.pop()).toBe("");
  return {
    code: r.status,
    stderr: r.stderr,
    out: lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

const jsonl = (docs: unknown[]) =>
  docs.map((d) => (typeof d === "string" ? d : JSON.stringify(d))).join("\n") + "\n";
const PAINLESS =
  "<title>Mesotherapy</title><h1>Mesotherapy</h1><p>Mesotherapy is completely painless.</p>";

describe("mesocheck --jsonl", () => {
  it("writes one line per input line, in input order: findings for documents, {line, error} for lines it cannot use, and exits 1", () => {
    const r = batch(
      ["--workers", "2"],
      jsonl([
        { url: "https://a.example/", html: PAINLESS },
        "{not json",
        {
          url: "https://b.example/",
          text: "Mesotherapy guide.\n\nThere is no downtime after mesotherapy.\n\nWe love mesotherapy. Book mesotherapy today.",
        },
        "",
        { url: "https://c.example/" },
        { url: "https://d.example/", html: "<p>x</p>", text: "x" },
        { html: "<p>x</p>" },
        [1, 2],
        { url: "https://e.example/", text: "Nothing to see here." },
      ]),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.out.map((o) => o.url ?? `line ${o.line}: ${String(o.error).split(" (")[0]}`)).toEqual([
      "https://a.example/",
      "line 2: not JSON",
      "https://b.example/",
      "line 4: empty line",
      'line 5: give one of "html" or "text", as a string',
      'line 6: give one of "html" or "text", as a string',
      'line 7: "url" must be a string',
      "line 8: not a JSON object",
      "https://e.example/",
    ]);
    expect((r.out[0]!.findings as Array<{ claim: string }>).map((f) => f.claim)).toEqual([
      "painless",
    ]);
    expect((r.out[2]!.findings as Array<{ claim: string }>).map((f) => f.claim)).toEqual([
      "no-downtime",
    ]);
    expect(Object.keys(r.out[0]!)).toEqual(["url", "about", "findings", "omissions"]);
    expect(Object.keys(r.out[1]!)).toEqual(["line", "error"]);
  });

  it("gives each document what the single-document CLI gives it, and exits 0 when every line was checked", () => {
    const files = ["article-en.html", "article-ru.html", "offtopic-en.html"];
    const docs = files.map((f) => ({ url: f, html: readFileSync(join(EXAMPLES, f), "utf8") }));
    const r = batch(["--force"], jsonl(docs));
    expect(r.code).toBe(0);
    files.forEach((f, i) => {
      const single = JSON.parse(
        spawnSync(process.execPath, [BIN, "--json", "--force", join(EXAMPLES, f)], {
          encoding: "utf8",
        }).stdout,
      ) as unknown;
      const { url, ...rest } = r.out[i]!;
      expect(url).toBe(f);
      expect(rest).toEqual(single);
      expect(CliOutput.strict().parse(rest)).toEqual(rest);
    });
  });

  it("reads a file as well as stdin, and CRLF line ends", () => {
    const file = join(dir, "two.jsonl");
    writeFileSync(
      file,
      jsonl([
        { url: "1", html: PAINLESS },
        { url: "2", html: PAINLESS },
      ]).replaceAll("\n", "\r\n"),
    );
    const r = spawnSync(process.execPath, [BIN, "--jsonl", file], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(
      r.stdout
        .trim()
        .split("\n")
        .map((l) => (JSON.parse(l) as { url: string }).url),
    ).toEqual(["1", "2"]);
  });

  it("keeps input order with many lines of unequal cost over 2 workers", () => {
    const long = `<h1>Mesotherapy</h1>${"<p>Mesotherapy is completely painless, clinics say.</p>".repeat(400)}`;
    const docs = Array.from({ length: 120 }, (_, i) => ({
      url: `u${i}`,
      html: i % 7 === 0 ? long : PAINLESS,
    }));
    const r = batch(["--workers", "2"], jsonl(docs));
    expect(r.code).toBe(0);
    expect(r.out.map((o) => o.url)).toEqual(docs.map((d) => d.url));
  });

  it("writes nothing and exits 0 on an empty input", () => {
    expect(batch([], "")).toEqual({ code: 0, stderr: "", out: [] });
    const empty = join(dir, "empty.jsonl");
    writeFileSync(empty, "");
    const r = spawnSync(process.execPath, [BIN, "--jsonl", empty], { encoding: "utf8" });
    expect([r.status, r.stdout, r.stderr]).toEqual([0, "", ""]);
  });

  it("gives a line over the 32 MB cap an error line without holding it, and checks the next", () => {
    const huge = JSON.stringify({ url: "huge", text: "x".repeat(33 * 1024 * 1024) });
    // A capped heap (V8's flag caps the workers' too): a reader that held the 33 MB line, 66 MB as a string, would abort.
    const r = spawnSync(
      process.execPath,
      ["--max-old-space-size=48", BIN, "--jsonl", "--workers", "1"],
      {
        input: `${huge}\n${JSON.stringify({ url: "after", html: PAINLESS })}`,
        encoding: "utf8",
      },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(2);
    expect(out[0]).toEqual({ line: 1, error: "line too large (over 32 MB)" });
    expect(out[1]).toMatchObject({ url: "after", findings: [{ claim: "painless" }] });
  });

  it("checks the first 2,000,000 characters of a page's text, and says truncated, as the single-document CLI does", () => {
    const para =
      "<p>Clinics describe the mesotherapy procedure at length, in detail and with photographs.</p>\n";
    const html = `<p>Mesotherapy is completely painless.</p>${para.repeat(Math.ceil(2_100_000 / (para.length - 8)))}<p>There is no downtime after mesotherapy.</p>`;
    const r = batch(["--workers", "1"], jsonl([{ url: "long", html }]));
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatchObject({ url: "long", truncated: true });
    expect((r.out[0]!.findings as Array<{ claim: string }>).map((f) => f.claim)).toEqual([
      "painless",
    ]);
  });

  it.each([
    ["throws on a document", "throw", /^internal error: injected failure/],
    ["dies on a document", "exit", /^internal error: worker exited with code 70$/],
  ])(
    "a worker that %s: an error line for that document, and the batch goes on",
    (_name, how, message) => {
      const docs = Array.from({ length: 40 }, (_, i) => ({ url: `u${i}`, html: PAINLESS }));
      const r = batch(["--workers", "2"], jsonl(docs), { MESOCHECK_TEST_FAIL: `${how}:u17` });
      expect(r.code).toBe(1);
      expect(r.out).toHaveLength(40);
      r.out.forEach((o, i) => {
        if (i === 17) {
          expect(o.line).toBe(18);
          expect(o.error).toMatch(message);
        } else expect(o).toMatchObject({ url: `u${i}`, findings: [{ claim: "painless" }] });
      });
    },
  );

  it("streams a large input in bounded memory", async () => {
    // 80 MB of lines through a main thread capped at 40 MB of heap.
    const line = `${JSON.stringify({ url: "x", text: `Nothing about the topic here. ${"Lorem ipsum dolor sit amet. ".repeat(700)}` })}\n`;
    const count = Math.ceil(80e6 / line.length);
    const child = spawn(
      process.execPath,
      ["--max-old-space-size=40", BIN, "--jsonl", "--workers", "2"],
      { stdio: ["pipe", "pipe", "pipe"] },
    );
    Readable.from(
      (function* () {
        for (let i = 0; i < count; i++) yield line;
      })(),
    ).pipe(child.stdin);
    let lines = 0;
    let stderr = "";
    child.stdout.on("data", (b: Buffer) => {
      for (const c of b) if (c === 10) lines++;
    });
    child.stderr.on("data", (b: Buffer) => (stderr += b));
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(lines).toBe(count);
  }, 120_000);

  it("stops quietly, exit 1, when its reader goes away (| head -1)", async () => {
    const child = spawn(process.execPath, [BIN, "--jsonl", "--workers", "1"], {
      stdio: ["pipe", "pipe", "pipe"],
    });
    // It stops reading too: the rest of our input meets a closed pipe.
    child.stdin.on("error", () => {});
    child.stdin.end(
      jsonl(Array.from({ length: 3000 }, (_, i) => ({ url: `u${i}`, html: PAINLESS }))),
    );
    let stderr = "";
    child.stderr.on("data", (b: Buffer) => (stderr += b));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(1);
  });

  it.each([
    ["--workers 0", ["--workers", "0"], /--workers takes a whole number from 1 to/],
    ["--workers two", ["--workers", "two"], /--workers takes a whole number/],
    ["a missing file", [join(dir, "missing.jsonl")], /missing\.jsonl: no such file/],
    ["a directory", [dir], /is a directory/],
  ])("%s: one line on stderr, exit 2", (_name, args, message) => {
    const r = spawnSync(process.execPath, [BIN, "--jsonl", ...args], {
      encoding: "utf8",
      input: "",
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")[0]).toMatch(message);
  });
});
