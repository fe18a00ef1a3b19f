// Debian's Chromium with the built extension, driven by playwright-core, on
// pages served from 127.0.0.1: shared by the end-to-end tests, the demo and
// the page benchmark.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { pageTasks, type PageTask, type TraceEvent } from "./page-tasks";
import { chromium, type BrowserContext, type Page, type Worker } from "playwright-core";

export const ROOT = fileURLToPath(new URL("../", import.meta.url));
/** The built extension; MESOCHECK_EXTENSION names another build (to bench two side by side). */
export const EXTENSION = process.env.MESOCHECK_EXTENSION ?? join(ROOT, ".output/chrome-mv3");
export const FIXTURES = join(ROOT, "tests/e2e/fixtures");
export const EXAMPLES = join(ROOT, "examples");
// /usr/bin/chromium is Debian's wrapper script; playwright wants the binary.
const CHROMIUM =
  ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find(existsSync) ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Served {
  url(name: string): string;
  close(): Promise<void>;
}

/**
 * A 10,000-word mesotherapy article: the demo article's paragraphs and
 * headings, repeated. Built on request rather than kept as a copy.
 */
export function longArticle(words = 10_000): string {
  const source = readFileSync(join(EXAMPLES, "article-en.html"), "utf8");
  const article = source.slice(source.indexOf("<article"), source.indexOf("</article>"));
  const parts: string[] = [];
  for (let at = 0; ;) {
    const p = article.indexOf("<p>", at);
    const h = article.indexOf("<h2>", at);
    const start = p < 0 ? h : h < 0 ? p : Math.min(p, h);
    if (start < 0) break;
    const close = start === p ? "</p>" : "</h2>";
    const end = article.indexOf(close, start);
    if (end < 0) break;
    parts.push(article.slice(start, end + close.length));
    at = end + close.length;
  }
  const body: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const part = parts[i % parts.length]!;
    body.push(part);
    count += textOf(part).split(/\s+/).filter(Boolean).length;
  }
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Mesotherapy: the long guide</title></head>\n<body><article><h1>Mesotherapy: the long guide</h1>\n${body.join("\n")}\n</article></body></html>\n`;
}

/** The text of a snippet of our own markup, tags dropped, in one pass. */
function textOf(html: string): string {
  let out = "";
  let inTag = false;
  for (const ch of html) {
    if (ch === "<") inTag = true;
    else if (ch === ">") inTag = false;
    else if (!inTag) out += ch;
  }
  return out;
}

/** The demo article's <article> element, as markup. */
export function demoArticle(): string {
  const source = readFileSync(join(EXAMPLES, "article-en.html"), "utf8");
  return source.slice(
    source.indexOf("<article"),
    source.indexOf("</article>") + "</article>".length,
  );
}

const page = (title: string, body: string) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>\n<body>${body}</body></html>\n`;

/** A paragraph of neutral filler: no claim, nothing about mesotherapy. */
const filler = (i: number) =>
  `<p>Garden diary, entry ${i}: the beans climbed the fence, the tomatoes ripened slowly in the afternoon sun, and the old stone wall kept the wind off the herbs. We watered at dusk and wrote down how tall everything had grown, as we do every week of the season.</p>`;

/** Claim sentences placed deep into the 5 MB page: one inside the 2,000,000-character cap, one past it. */
export const HUGE_INSIDE =
  "Mesotherapy is completely painless, say the readers who wrote to us in week forty.";
export const HUGE_PAST =
  "Mesotherapy has no downtime at all, say the readers who wrote to us in week ninety.";

/** About 5 MB of text: the demo article, then filler, with one claim inside the text cap and one past it. */
export function hugePage(): string {
  const parts = [demoArticle()];
  let size = 0;
  for (let i = 0; size < 5_000_000; i++) {
    const p = filler(i);
    parts.push(p);
    size += p.length;
    if (i === 4000) parts.push(`<p>${HUGE_INSIDE}</p>`);
  }
  parts.push(`<p>${HUGE_PAST}</p>`);
  return page("Mesotherapy, and five megabytes of garden diary", parts.join("\n"));
}

/** About 5 MB of garden diary that never names mesotherapy: what the gate costs on a huge page it must let go. */
export function hugeOfftopicPage(): string {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < 5_000_000; i++) {
    const p = filler(i);
    parts.push(p);
    size += p.length;
  }
  return page("Five megabytes of garden diary", parts.join("\n"));
}

/** The demo article followed by a catalogue of 20,000 cards of five elements each: over 100,000 elements, over 20,000 blocks. */
export function manyElementsPage(): string {
  const cards: string[] = [];
  for (let i = 0; i < 20_000; i++)
    cards.push(
      `<div class="card"><span>Item ${i}</span> <b>in stock</b> <i>ships in ${(i % 5) + 1} days</i> <a href="#i${i}">details</a></div>`,
    );
  return page(
    "Mesotherapy, and a very large catalogue",
    `${demoArticle()}\n<section id="catalogue">${cards.join("")}</section>`,
  );
}

/**
 * The demo article, which the page's own script wraps in 5,000 nested spans
 * once parsed (the HTML parser alone stops nesting at 512). Spans, because
 * Chromium's own renderer crashes on a few thousand nested block boxes.
 */
export function deepPage(): string {
  const script = `<script>
  (() => {
    let node = document.querySelector("article");
    for (let i = 0; i < 5000; i++) {
      const wrap = document.createElement("span");
      node.replaceWith(wrap);
      wrap.append(node);
      node = wrap;
    }
  })();
</script>`;
  return page("Mesotherapy, 5,000 levels deep", `${demoArticle()}\n${script}`);
}

const GENERATED: Record<string, () => string> = {
  "long-article.html": () => longArticle(),
  "hostile-huge.html": hugePage,
  "offtopic-huge.html": hugeOfftopicPage,
  "hostile-elements.html": manyElementsPage,
  "hostile-deep.html": deepPage,
};

/** Fixtures and examples over HTTP on loopback; names resolve in tests/e2e/fixtures, then examples/. */
export async function serve(): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const name = normalize(
      decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname),
    ).replace(/^[/\\]+/, "");
    const generated = GENERATED[name];
    const file = [join(FIXTURES, name), join(EXAMPLES, name)].find(
      (f) => !name.includes("..") && existsSync(f),
    );
    if (!generated && !file) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end(generated ? generated() : readFileSync(file!));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: (name) => `http://127.0.0.1:${port}/${name}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export interface Browser {
  context: BrowserContext;
  worker: Worker | null;
  extensionId: string | null;
  /** The profile directory (its DevToolsActivePort names the debugging port, when one was asked for). */
  userDataDir: string;
}

/** The DevTools port of a browser launched with `--remote-debugging-port=0`, from its profile. */
export function debuggingPort(browser: Browser): string {
  return readFileSync(join(browser.userDataDir, "DevToolsActivePort"), "utf8").split("\n")[0]!;
}

/**
 * `uiLang`: the browser's UI language (on Linux Chromium takes it from the
 * environment, not --lang). `extraArgs`: more flags, e.g. a proxy to record requests.
 * `userDataDir`: a profile to start again (a browser restarted), instead of a new one.
 */
export async function launch(
  withExtension: boolean,
  headless = true,
  uiLang?: string,
  extraArgs: string[] = [],
  userDataDir = mkdtempSync(join(tmpdir(), "mesocheck-")),
  /** The built extension to load: another build's for a side-by-side benchmark. */
  extension = EXTENSION,
): Promise<Browser> {
  const flags = [
    ...(headless ? FLAGS : FLAGS.filter((f) => f !== "--headless=new")),
    ...(uiLang ? [`--lang=${uiLang}`] : []),
    ...extraArgs,
  ];
  const env = uiLang ? { ...process.env, LANGUAGE: uiLang, LANG: `${uiLang}_RU.UTF-8` } : undefined;
  const args = withExtension
    ? [...flags, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`]
    : flags;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    args,
    env,
  });
  if (!withExtension) return { context, worker: null, extensionId: null, userDataDir };
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent("serviceworker", { timeout: 20_000 }));
  return { context, worker, extensionId: new URL(worker.url()).host, userDataDir };
}

/**
 * Long tasks caused by the extension on a page. A huge page has long tasks of
 * its own (parsing and laying out 5 MB), which nothing in the page can tell
 * apart from ours: long-task and long-animation-frame entries carry no
 * attribution for content scripts (checked in Chromium 156: `scripts` is
 * empty). So the page is opened with the extension paused, left to finish its
 * own load and go quiet, and only then is the extension switched on while the
 * page's renderer is traced: every task from then on is the gate's or the
 * checker's (or the rendering of their highlights), which is what we want to
 * bound. The trace gives each task's CPU time beside its wall-clock length:
 * on a busy or one-core machine the wall clock also counts the time the
 * thread waited for the CPU (the background checking the same page, other
 * tabs), which is the machine's, not the task's.
 */
export async function extensionLongTasks(
  ext: Browser,
  url: string,
  settled: (page: Page) => Promise<unknown>,
): Promise<PageTask[]> {
  await ext.worker!.evaluate(() => chrome.storage.local.set({ pausedEverywhere: true }));
  const page = await ext.context.newPage();
  await page.goto(url, { timeout: 60_000 });
  await page.waitForLoadState("load");
  await page.waitForTimeout(1500);
  // A frame, before the extension is switched on: a page that has not painted
  // since its load (a headless tab) runs Chromium's own work of a loaded page
  // at its next frame, among it copying the page's text for language detection
  // (ChromeRenderFrameObserver::CapturePageText: 125-140 ms of CPU on the 5 MB
  // page), which would otherwise land in the first frame our highlights cause.
  await page.screenshot();
  const cdp = await ext.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  // RunTask, with its thread time, is in this category alone; the rest of a timeline trace is not needed.
  await cdp.send("Tracing.start", {
    traceConfig: { includedCategories: ["disabled-by-default-devtools.timeline"] },
    transferMode: "ReportEvents",
  });
  await ext.worker!.evaluate(() => chrome.storage.local.set({ pausedEverywhere: false }));
  await settled(page);
  await page.waitForTimeout(1000);
  await cdp.send("Tracing.end");
  await complete;
  const tasks = pageTasks(events, page.url());
  await page.close();
  return tasks;
}

/** The built extension, built once if missing. */
export function ensureBuilt(): void {
  if (!existsSync(join(EXTENSION, "manifest.json"))) build();
}

export function build(): void {
  execFileSync("npx", ["wxt", "build"], { cwd: ROOT, stdio: "inherit" });
}
