// Real Chromium (Debian's) with the built extension, driven by playwright-core,
// on pages served from 127.0.0.1.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page, type Worker } from "playwright-core";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const EXTENSION = join(ROOT, ".output/chrome-mv3");
const FIXTURES = join(ROOT, "tests/e2e/fixtures");
const EXAMPLES = join(ROOT, "examples");
// /usr/bin/chromium is Debian's wrapper script; playwright wants the binary.
const CHROMIUM = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find(existsSync) ?? "/usr/bin/chromium";
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export interface Served {
  url(name: string): string;
  close(): Promise<void>;
}

/** Fixtures and examples over HTTP on loopback; names resolve in tests/e2e/fixtures, then examples/. */
export async function serve(): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const name = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^[/\\]+/, "");
    const file = [join(FIXTURES, name), join(EXAMPLES, name)].find((f) => !name.includes("..") && existsSync(f));
    if (!file) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { url: (name) => `http://127.0.0.1:${port}/${name}`, close: () => new Promise((r) => server.close(() => r())) };
}

export interface Browser {
  context: BrowserContext;
  worker: Worker | null;
  extensionId: string | null;
}

export async function launch(withExtension: boolean): Promise<Browser> {
  const args = withExtension ? [...FLAGS, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`] : FLAGS;
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "mesocheck-e2e-")), { executablePath: CHROMIUM, headless: true, args });
  if (!withExtension) return { context, worker: null, extensionId: null };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 20_000 }));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

/** The built extension, built once if missing. */
export function ensureBuilt(): void {
  if (!existsSync(join(EXTENSION, "manifest.json"))) execFileSync("npx", ["wxt", "build"], { cwd: ROOT, stdio: "inherit" });
}

export type HighlightTexts = Record<"contradicted" | "disputed", string[]>;

/** The text of every highlighted range, whitespace-normalised, by verdict. */
export function highlighted(page: Page): Promise<HighlightTexts> {
  return page.evaluate(() => {
    const texts = (name: string) => [...((CSS.highlights.get(name) as Iterable<Range> | undefined) ?? [])].map((r) => r.toString().replace(/\s+/g, " ").trim()).sort();
    return { contradicted: texts("mesocheck-contradicted"), disputed: texts("mesocheck-disputed") };
  });
}

export const allHighlighted = async (page: Page) => {
  const h = await highlighted(page);
  return [...h.contradicted, ...h.disputed].sort();
};

/** What the CLI finds in the same HTML: the sentences the extension must highlight. */
export function cliFindings(name: string): Array<{ text: string; verdict: string; claim: string }> {
  const file = [join(FIXTURES, name), join(EXAMPLES, name)].find(existsSync)!;
  const out = execFileSync(process.execPath, [join(ROOT, "bin/mesocheck.js"), "--json", file], { encoding: "utf8" });
  return (JSON.parse(out) as { findings: Array<{ text: string; verdict: string; claim: string }> }).findings.map((f) => ({ ...f, text: f.text.replace(/\s+/g, " ").trim() }));
}

/** Polls until `probe` returns something `done` accepts, or the time runs out; returns the last value. */
export async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  let value = await probe();
  while (!done(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    value = await probe();
  }
  return value;
}

/** The tab id of a page, asked from the extension's service worker. */
export async function tabIdOf(browser: Browser, url: string): Promise<number> {
  const id = await browser.worker!.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

export async function resetSettings(browser: Browser): Promise<void> {
  await browser.worker!.evaluate(() => chrome.storage.local.clear());
}
