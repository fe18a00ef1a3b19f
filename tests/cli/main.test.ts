// main() in process: plain text is read without the HTML module (and linkedom), which HTML loads.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadClaims } from "../../src/cli/load-claims";

const readHtml = vi.fn();
vi.mock("../../src/cli/html-page", async (actual) => {
  const real = await actual<typeof import("../../src/cli/html-page")>();
  return { ...real, readHtml: (html: string) => (readHtml(html), real.readHtml(html)) };
});
const { main } = await import("../../src/cli/main");

const dir = mkdtempSync(join(tmpdir(), "mesocheck-main-"));
const env = { loadDb: loadClaims, workerScript: new URL("file:///unused") };

async function output(file: string, text: string): Promise<{ code: number; out: string }> {
  const path = join(dir, file);
  writeFileSync(path, text);
  let out = "";
  const write = vi
    .spyOn(process.stdout, "write")
    .mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  try {
    const code = await main(["--json", "--force", path], env);
    return { code, out };
  } finally {
    write.mockRestore();
  }
}

afterEach(() => void readHtml.mockClear());

describe("main", () => {
  it("checks plain text without the HTML reader", async () => {
    const r = await output(
      "page.txt",
      "Mesotherapy is completely painless.\n\nNo downtime at all.",
    );
    expect(r.code).toBe(0);
    expect(readHtml).not.toHaveBeenCalled();
    expect(JSON.parse(r.out).findings.map((f: { claim: string }) => f.claim)).toContain("painless");
  });

  it("reads HTML through it, with the same findings as the same text", async () => {
    const r = await output(
      "page.html",
      "<!doctype html><html><body><p>Mesotherapy is completely painless.</p><p>No downtime at all.</p></body></html>",
    );
    expect(r.code).toBe(0);
    expect(readHtml).toHaveBeenCalledTimes(1);
    const text = await output(
      "same.txt",
      "Mesotherapy is completely painless.\n\nNo downtime at all.",
    );
    expect(JSON.parse(r.out).findings).toEqual(JSON.parse(text.out).findings);
  });
});
