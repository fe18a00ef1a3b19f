// The CLI as built: one bundle that carries its claims, started by bin/.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { asciiOnly } from "../../scripts/build-cli";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const EXAMPLE = join(ROOT, "examples/article-en.html");

describe("the built CLI", () => {
  it("runs from bin/ and dist/ alone: no claims/, no node_modules", () => {
    const dir = mkdtempSync(join(tmpdir(), "mesocheck-bundle-"));
    cpSync(join(ROOT, "bin"), join(dir, "bin"), { recursive: true });
    cpSync(join(ROOT, "dist"), join(dir, "dist"), { recursive: true });
    const moved = spawnSync(process.execPath, [join(dir, "bin/mesocheck.js"), "--json", EXAMPLE], {
      encoding: "utf8",
    });
    const here = spawnSync(process.execPath, [join(ROOT, "bin/mesocheck.js"), "--json", EXAMPLE], {
      encoding: "utf8",
    });
    expect(moved.stderr).toBe("");
    expect(moved.status).toBe(0);
    expect(moved.stdout).toBe(here.stdout);
    // English that spells a number out goes through compromise, loaded from the bundle on its first call.
    const spelled = spawnSync(
      process.execPath,
      [join(dir, "bin/mesocheck.js"), "--json", "--force", "-"],
      { input: "Even fourteen-year-olds can have mesotherapy for acne scars.", encoding: "utf8" },
    );
    expect(
      (JSON.parse(spelled.stdout) as { findings: Array<{ claim: string }> }).findings.map(
        (f) => f.claim,
      ),
    ).toEqual(["age-limit"]);
  });

  it("says the one command to run when the bundle is missing", () => {
    const dir = mkdtempSync(join(tmpdir(), "mesocheck-unbuilt-"));
    cpSync(join(ROOT, "bin"), join(dir, "bin"), { recursive: true });
    const r = spawnSync(process.execPath, [join(dir, "bin/mesocheck.js"), EXAMPLE], {
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "mesocheck: the CLI is not built: run `npm run build:cli` (npm ci does it)\n",
    );
  });

  it("gives the same output without its code cache, and loads neither zod nor the claim files", () => {
    const dir = mkdtempSync(join(tmpdir(), "mesocheck-nocache-"));
    cpSync(join(ROOT, "bin"), join(dir, "bin"), { recursive: true });
    cpSync(join(ROOT, "dist/mesocheck.cjs"), join(dir, "dist/mesocheck.cjs"));
    const r = spawnSync(process.execPath, [join(dir, "bin/mesocheck.js"), "--json", EXAMPLE], {
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      spawnSync(process.execPath, [join(ROOT, "bin/mesocheck.js"), "--json", EXAMPLE], {
        encoding: "utf8",
      }).stdout,
    );
    const bundle = readFileSync(join(ROOT, "dist/mesocheck.cjs"), "utf8");
    expect(bundle).not.toContain("ZodError");
    expect(bundle).not.toMatch(/claims\/|readdirSync/);
  });

  it("is ASCII only, so bin/ reads it as Latin-1", () => {
    expect(readFileSync(join(ROOT, "dist/mesocheck.cjs"), "latin1")).not.toMatch(/[^\0-\x7f]/);
  });
});

describe("asciiOnly", () => {
  it("escapes what esbuild leaves in regular expressions, meaning the same", () => {
    const code =
      "module.exports = [/[-\u2013\u2014]/g, /\u00e9t\u00e9$/i, /\u{1F600}/u, /[\u{1F600}]/u];";
    const escaped = asciiOnly(code);
    expect(escaped).not.toMatch(/[^\0-\x7f]/);
    const run = (c: string) => {
      const m = { exports: [] as RegExp[] };
      new Function("module", c)(m);
      return m.exports;
    };
    const [dash, word, emoji, emojiClass] = run(escaped);
    expect("a\u2014b".replace(dash!, "-")).toBe("a-b");
    expect(word!.test("\u00c9T\u00c9")).toBe(true);
    expect(emoji!.test("\u{1F600}")).toBe(true);
    expect("\u{1F600}".match(emojiClass!)?.[0]).toBe("\u{1F600}");
    expect(asciiOnly("const a = 1;")).toBe("const a = 1;");
  });

  it("refuses a template literal's non-ASCII text, whose raw form the escape would change", () => {
    expect(() => asciiOnly("String.raw`\u2013`;")).toThrow(/template literal/);
  });
});
