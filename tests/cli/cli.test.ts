// The mesocheck command as editors and the eval run it: through bin/, in a child process.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CliOutput } from "../../src/cli/output";

const BIN = fileURLToPath(new URL("../../bin/mesocheck.js", import.meta.url));
const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "mesocheck-cli-"));

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(args: string[], input?: string | Buffer): CliOutput {
  const r = run(["--json", ...args], input);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return CliOutput.parse(JSON.parse(r.stdout));
}

const ARTICLE_EN = `<!doctype html><html lang="en"><head><title>Mesotherapy: the honest guide</title></head><body>
<h1>Mesotherapy: the honest guide</h1>
<p>Mesotherapy is virtually painless. It is not painless for everyone, though.</p>
<p>Myth: mesotherapy has no side effects.</p>
<script>document.write("Mesotherapy is completely harmless")</script>
<p hidden>Mesotherapy is completely harmless.</p>
<p>Have a mesotherapy session every other day</p><p>for the best effect.</p>
</body></html>`;

describe("mesocheck --json", () => {
  it("reports findings of a mesotherapy page with the sentence, verdict and evidence", () => {
    const out = json([join(EXAMPLES, "article-en.html")]);
    expect(out.about).toMatchObject({ mesotherapy: true, lang: "en" });
    expect(out.findings.length).toBeGreaterThan(5);
    for (const f of out.findings) {
      expect(f.text.length).toBeGreaterThan(0);
      expect(f.evidence.length).toBeGreaterThan(0);
    }
  });

  it("skips scripts and hidden elements, denials and myths, and keeps paragraphs apart", () => {
    const file = join(dir, "page.html");
    writeFileSync(file, ARTICLE_EN);
    const out = json([file]);
    const claims = out.findings.map((f) => `${f.claim}: ${f.text}`);
    expect(claims).toEqual([
      "painless: Mesotherapy is virtually painless.",
      "session-interval: Have a mesotherapy session every other day",
    ]);
    expect(out.findings[1]!.verdict).toBe("contradicted");
  });

  it("reads stdin with -, plain text split into paragraphs", () => {
    const text =
      "Mesotherapy guide.\n\nMesotherapy is safe for everyone. Mesotherapy is completely painless.\n\nWe love mesotherapy.";
    const out = json(["-"], text);
    expect(out.about.mesotherapy).toBe(true);
    // "safe for everyone" is both: harmless, and suits everyone.
    expect(out.findings.map((f) => f.claim).sort()).toEqual([
      "few-contraindications",
      "harmless",
      "painless",
    ]);
  });

  it("finds nothing on an off-topic page, and checks it with --force", () => {
    const file = join(EXAMPLES, "offtopic-en.html");
    const plain = json([file]);
    expect(plain.about.mesotherapy).toBe(false);
    expect(plain.findings).toEqual([]);
    expect(json(["--force", file]).findings.length).toBeGreaterThan(0);
  });

  it("lists what a page about mesotherapy leaves out, each topic with its note, in the page's language", () => {
    const promo = fileURLToPath(new URL("../engine/fixtures/promo-en.txt", import.meta.url));
    const out = json([promo]);
    expect(out.omissions.map((o) => o.topic)).toEqual([
      "contraindications",
      "complications",
      "aftercare",
    ]);
    for (const o of out.omissions) expect(Object.keys(o)).toEqual(["topic", "note"]);
    expect(out.omissions[0]!.note).toMatch(/pregnant/);
    const ru = json([fileURLToPath(new URL("../engine/fixtures/promo-ru.txt", import.meta.url))]);
    expect(ru.omissions[0]).toMatchObject({ topic: "contraindications" });
    expect(ru.omissions[0]!.note).toMatch(/беременност/);
    // The existing fields stay as they were, in their order.
    expect(Object.keys(out)).toEqual(["about", "findings", "omissions"]);
  });

  it("gives no omissions for a page that is not about mesotherapy, forced or not", () => {
    const file = join(EXAMPLES, "offtopic-en.html");
    expect(json([file]).omissions).toEqual([]);
    expect(json(["--force", file]).omissions).toEqual([]);
  });

  it("reads Russian pages, and windows-1251 bytes", () => {
    const ru = json([join(EXAMPLES, "article-ru.html")]);
    expect(ru.about).toMatchObject({ mesotherapy: true, lang: "ru" });
    expect(ru.findings.length).toBeGreaterThan(5);
    const text = "Мезотерапия лица. Мезотерапия абсолютно безболезненна. О мезотерапии.";
    const cp1251 = Buffer.from(
      [...text].map((c) =>
        c.charCodeAt(0) >= 0x410 ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0),
      ),
    );
    const out = json(["-"], cp1251);
    expect(out.findings.map((f) => f.text)).toEqual(["Мезотерапия абсолютно безболезненна."]);
  });
});

describe("mesocheck for people", () => {
  it("prints each finding with its verdict and the sources, and says it is not medical advice", () => {
    const out = execFileSync(process.execPath, [BIN, join(EXAMPLES, "article-en.html")], {
      encoding: "utf8",
    });
    expect(out).toMatch(/^About mesotherapy: yes/);
    expect(out).toMatch(/\[(DISPUTED|CONTRADICTED)\] painless/);
    expect(out).toContain("not medical advice");
  });

  it("lists what the page leaves out, before the findings", () => {
    const promo = fileURLToPath(new URL("../engine/fixtures/promo-en.txt", import.meta.url));
    const out = execFileSync(process.execPath, [BIN, promo], { encoding: "utf8" });
    const lines = out.split("\n");
    const from = lines.indexOf("The page never tells its reader about:");
    expect(from).toBeGreaterThan(0);
    expect(lines.slice(from + 1, from + 4).map((l) => l.split(":")[0])).toEqual([
      "  - contraindications (who should not have it)",
      "  - side effects and complications",
      "  - restrictions after the procedure",
    ]);
    expect(out.indexOf("never tells")).toBeLessThan(out.search(/\[(DISPUTED|CONTRADICTED)\]/));
  });
});

describe("mesocheck on bad input: one line on stderr, exit 2", () => {
  const binary = join(dir, "image.bin");
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
  it.each([
    ["a missing file", [join(dir, "missing.html")], /no such file/],
    ["a directory", [dir], /is a directory/],
    ["a binary file", [binary], /binary/],
    ["an unknown flag", ["--frobnicate", "x.html"], /unknown option --frobnicate/],
    ["a bad --lang", ["--lang", "de", "x.html"], /--lang takes en or ru/],
    ["no input", [], /no input/],
    // What batch mode starts its worker threads with, typed on the command line.
    [
      "the worker threads' argument",
      ["--mesocheck-batch-worker", "x.html"],
      /unknown option --mesocheck-batch-worker/,
    ],
  ])("%s", (_name, args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")[0]).toMatch(message);
    // No stack trace: one line, then at most the usage line.
    expect(r.stderr.trim().split("\n").length).toBeLessThanOrEqual(2);
  });
});

describe("mesocheck start-up", () => {
  it("loads node:worker_threads for a batch only", () => {
    // A preloaded script reports, as the process exits, whether the module was loaded.
    const probe = join(dir, "probe.cjs");
    writeFileSync(
      probe,
      `process.on("exit", () => process.stderr.write(String(process.moduleLoadList.includes("NativeModule worker_threads"))));`,
    );
    const loaded = (args: string[], input?: string) =>
      spawnSync(process.execPath, ["-r", probe, BIN, ...args], { input, encoding: "utf8" }).stderr;
    expect(loaded(["--json", join(EXAMPLES, "article-en.html")])).toBe("false");
    expect(loaded(["--jsonl", "--workers", "1", "-"], '{"url":"u","text":"x"}\n')).toBe("true");
  });
});

describe("mesocheck on hostile input", () => {
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it("gives an empty result for an empty file", () => {
    const out = json([file("empty.html", "")]);
    expect(out.findings).toEqual([]);
    expect(out.about.mesotherapy).toBe(false);
  });

  it("reads malformed HTML: unclosed and stray tags, broken attributes, a comment that never ends", () => {
    const html = `<html><body><div class="a" =broken <p>Mesotherapy is a course of injections.<p>Mesotherapy is completely painless.
</span></div></div><p>Mesotherapy has no downtime at all<table><td>mesotherapy</td><!-- never closed <p>Mesotherapy is harmless.`;
    const claims = json([file("malformed.html", html)]).findings.map((f) => f.claim);
    expect(claims).toContain("painless");
    expect(claims).toContain("no-downtime");
    // The unterminated comment swallows the rest, as in a browser.
    expect(claims).not.toContain("harmless");
  });

  it("checks the first 2,000,000 characters of a 20 MB page in bounded memory, and says so", () => {
    const para =
      "<p>Clinics describe the mesotherapy procedure at length, in detail and with photographs.</p>\n";
    const html = `<!doctype html><html><body><p>Mesotherapy is completely painless.</p>\n${para.repeat(Math.ceil(20_000_000 / para.length))}<p>There is no downtime after mesotherapy.</p></body></html>`;
    const path = file("huge.html", html);
    // A heap cap makes "bounded" checkable: an unbounded reader would abort.
    const r = spawnSync(process.execPath, ["--max-old-space-size=320", BIN, "--json", path], {
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stderr.trim()).toBe(
      "mesocheck: note: only the first 2,000,000 characters of the page's text were checked",
    );
    const out = CliOutput.parse(JSON.parse(r.stdout));
    expect(out.truncated).toBe(true);
    expect(out.findings.map((f) => f.claim)).toEqual(["painless"]);
  }, 120_000); // a 20 MB page: no time bound is asserted, the timeout only ends a hang on a slow machine

  it("refuses a file over the size limit with one line, without reading it", () => {
    const path = join(dir, "sparse.html");
    writeFileSync(path, "");
    truncateSync(path, 33 * 1024 * 1024);
    const r = run([path]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/sparse\.html: too large \(over 32 MB\)$/);
  });
});
