// npm run bench:page: the extension's cost on pages in headless Chromium,
// each beside the same page without the extension, in the same run.
// Main-thread time is CDP's TaskDuration after load and a settle; the longest
// task comes from a PerformanceObserver. Medians of RUNS.
// Then: the first element read in a fresh isolated world, the floor under the
// gate's own time; the longest task the extension itself causes on the hostile pages
// (median and worst), and when the highlights of the 10,000-word article are
// painted, counted from DOMContentLoaded, with a warm service worker, on the
// first page after the browser starts again, and on the first after installing,
// with the median of each step on the way (the marks src/content/world.ts keeps).
import type { BrowserContext, Page } from "playwright-core";
import { CHECK_STEPS } from "../src/content/world";
import { expectedHighlights, RESTART_SETTLE_MS } from "./long-article";
import { median } from "./median";
import {
  build,
  EXTENSION,
  extensionLongTasks,
  launch,
  serve,
  type Browser,
  type Served,
} from "../scripts/chromium";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PAGES = (
  process.env.BENCH_PAGES ??
  "plain.html,offtopic.html,offtopic-en.html,offtopic-huge.html,long-article.html"
).split(",");
const HOSTILE = ["hostile-huge.html", "hostile-elements.html"];
/** BENCH_ONLY=highlights or hostile: the long article's highlight times, or the hostile pages' longest tasks, alone. */
const ONLY = process.env.BENCH_ONLY;
/** Another build's .output/chrome-mv3, whose highlight times are measured in turn with this one's. */
const BASELINE = process.env.BENCH_BASELINE;
const SETTLE_MS = 2500;

type Worker = NonNullable<Awaited<ReturnType<typeof launch>>["worker"]>;

/**
 * A value our content scripts keep in their isolated world of the page
 * (src/content/world.ts), never in a message: read there through the
 * DevTools protocol. Null where no world of ours has it.
 */
async function worldValue(context: BrowserContext, page: Page, name: string): Promise<unknown> {
  const cdp = await context.newCDPSession(page);
  const worlds: number[] = [];
  cdp.on("Runtime.executionContextCreated", ({ context: c }) => {
    if (
      c.origin.startsWith("chrome-extension://") &&
      (c.auxData as { type?: string } | undefined)?.type === "isolated"
    )
      worlds.push(c.id);
  });
  await cdp.send("Runtime.enable"); // reports the contexts already there
  try {
    for (const contextId of worlds) {
      const { result } = await cdp.send("Runtime.evaluate", {
        expression: `globalThis.${name} ?? null`,
        contextId,
        returnByValue: true,
      });
      if (result.value !== null && result.value !== undefined) return result.value;
    }
    return null;
  } finally {
    await cdp.detach();
  }
}

/** The gate's own main-thread time on a page it stopped. */
async function gateMs(context: BrowserContext, page: Page): Promise<number | null> {
  const ms = await worldValue(context, page, "__mesocheckGateMs");
  return typeof ms === "number" ? ms : null;
}

async function measure(
  context: BrowserContext,
  url: string,
  worker?: Worker,
): Promise<{ mainMs: number; longestMs: number; gateMs: number | null }> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => (w.__longest = Math.max(w.__longest, e.duration))),
    ).observe({ type: "longtask", buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(url);
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send("Performance.getMetrics");
  const taskSeconds = metrics.find((m) => m.name === "TaskDuration")?.value ?? 0;
  const longestMs = await page.evaluate(
    () => (window as unknown as { __longest: number }).__longest,
  );
  const gate = worker ? await gateMs(context, page) : null;
  await page.close();
  return { mainMs: taskSeconds * 1000, longestMs, gateMs: gate };
}

async function main(): Promise<void> {
  build();
  const server = await serve();
  if (ONLY === "highlights") {
    await highlightTimes(server);
    return server.close();
  }
  if (ONLY === "hostile") {
    const ext = await launch(true);
    await hostileTasks(ext, server).finally(() => ext.context.close());
    return server.close();
  }
  const [ext, plain] = await Promise.all([launch(true), launch(false)]);
  console.log(
    `page figures, headless Chromium, median of ${RUNS} runs each (main-thread task time until ${SETTLE_MS} ms after load)`,
  );
  console.log(
    "page                 | main thread: without / with / added | longest task: without / with | the gate's own main-thread time",
  );
  console.log(
    '("added" includes Chromium\'s cost of any extension content script, which an empty one also shows)',
  );
  try {
    for (const name of PAGES) {
      const url = server.url(name);
      await measure(ext.context, url); // warm-up: the service worker and caches
      await measure(plain.context, url);
      const without: Array<{ mainMs: number; longestMs: number }> = [];
      const withExt: Array<{ mainMs: number; longestMs: number; gateMs: number | null }> = [];
      for (let i = 0; i < RUNS; i++) {
        without.push(await measure(plain.context, url));
        withExt.push(await measure(ext.context, url, ext.worker!));
      }
      const gates = withExt.map((r) => r.gateMs).filter((g): g is number => g !== null);
      const w = median(without.map((r) => r.mainMs));
      const e = median(withExt.map((r) => r.mainMs));
      const lw = median(without.map((r) => r.longestMs));
      const le = median(withExt.map((r) => r.longestMs));
      const gate = gates.length ? `${median(gates).toFixed(2)} ms` : "passed (checker injected)";
      console.log(
        `${name.padEnd(20)} | ${w.toFixed(1).padStart(7)} / ${e.toFixed(1).padStart(7)} / ${(e - w).toFixed(1).padStart(6)} ms | ${lw.toFixed(0).padStart(4)} / ${le.toFixed(0).padStart(4)} ms | gate's own time: ${gate}`,
      );
    }
    await elementFloor(plain, server);
    await hostileTasks(ext, server);
  } finally {
    await Promise.all([ext.context.close(), plain.context.close()]);
  }
  await highlightTimes(server);
  await server.close();
}

const worst = (xs: number[]) => Math.max(0, ...xs);

/**
 * What the gate cannot go under: in the fresh isolated world Chromium makes
 * for an extension's content script, the first read of an element builds the
 * element interfaces' prototypes there, whatever the page's size. Measured in
 * a world of our own on the same page without the extension (DevTools'
 * Page.createIsolatedWorld), with the gate's clock: performance.now().
 */
async function elementFloor(plain: Browser, server: Served): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await plain.context.newPage();
    await page.goto(server.url("offtopic-huge.html"));
    const cdp = await plain.context.newCDPSession(page);
    const { frameTree } = await cdp.send("Page.getFrameTree");
    const { executionContextId } = await cdp.send("Page.createIsolatedWorld", {
      frameId: frameTree.frame.id,
      worldName: `floor-${i}`,
    });
    const { result } = await cdp.send("Runtime.evaluate", {
      expression:
        "(() => { const t = performance.now(); void document.body; return performance.now() - t; })()",
      contextId: executionContextId,
      returnByValue: true,
    });
    times.push(result.value as number);
    await page.close();
  }
  console.log(
    `\nthe first element read in a fresh isolated world (document.body), which any content script that reads an element pays: median ${median(times).toFixed(2)} ms, worst ${worst(times).toFixed(2)} ms (${RUNS} runs)`,
  );
}

/** The longest task the extension causes once switched on over a loaded, quiet page (the technique of tests/e2e/hostile.test.ts). */
async function hostileTasks(ext: Browser, server: Served): Promise<void> {
  console.log(
    `\nthe longest task the extension causes on a hostile page (target < 50 ms), ${RUNS} runs: wall clock, and the page thread's CPU time in it`,
  );
  for (const name of HOSTILE) {
    const longest: number[] = [];
    const longestCpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Until every part is painted (the checker's last mark), not the first
      // badge: the page is checked in parts, and the badge shows the first.
      const tasks = await extensionLongTasks(ext, server.url(name), async (page) => {
        for (let t = 0; t < 300; t++) {
          const marks = (await worldValue(ext.context, page, "__mesocheckMarks")) as {
            painted?: number;
          } | null;
          if (typeof marks?.painted === "number") return;
          await page.waitForTimeout(100);
        }
        throw new Error(`${name}: the checker did not paint every part within 30 s`);
      });
      longest.push(worst(tasks.map((t) => t.ms)));
      longestCpu.push(worst(tasks.map((t) => t.cpuMs)));
    }
    console.log(
      `${name.padEnd(22)} | wall: median ${median(longest)} ms, worst ${worst(longest)} ms; CPU: median ${median(longestCpu)} ms, worst ${worst(longestCpu)} ms (0: no task reached 50 ms)`,
    );
  }
}

/** One load of the long article: DOMContentLoaded to all highlights, and each step's part (null without marks). */
interface HighlightRun {
  ms: number;
  /** DOMContentLoaded to the frame in which the first screen (the viewport at the top) had all its highlights. */
  firstScreenMs: number;
  /** How many highlights the first screen shows. */
  shown: number;
  steps: number[] | null;
}

/**
 * Milliseconds from DOMContentLoaded to the frame in which every highlight is
 * registered, and the part of them each step of the check took (CHECK_STEPS,
 * then the frame), from the marks the content scripts keep in their world.
 */
async function timeToHighlights(
  context: BrowserContext,
  url: string,
  count: number,
): Promise<HighlightRun> {
  const page = await context.newPage();
  // As source text: tsx would wrap named functions in a helper the page does not have.
  await page.addInitScript({
    content: `(() => {
      addEventListener("DOMContentLoaded", () => (window.__dcl = performance.now()));
      const names = ["mesocheck-contradicted", "mesocheck-disputed"];
      const size = (name) => CSS.highlights.get(name)?.size ?? 0;
      // The first screen: highlights whose text is in the viewport at the top of the page.
      const onScreen = () => {
        let n = 0;
        for (const name of names)
          for (const range of CSS.highlights.get(name) ?? []) {
            const r = range.getBoundingClientRect();
            if (r.bottom > 0 && r.top < innerHeight) n++;
          }
        return n;
      };
      let seen = 0, shown = 0;
      const poll = () => {
        const total = size(names[0]) + size(names[1]);
        if (total !== seen) {
          seen = total;
          const n = onScreen();
          // The last frame in which the first screen gained a highlight.
          if (n > shown) (shown = n), (window.__firstScreen = performance.now());
        }
        if (total >= ${count}) (window.__painted = performance.now()), (window.__shown = shown);
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    })();`,
  });
  // Frames are only produced for the page in front.
  await page.bringToFront();
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __painted?: number }).__painted !== undefined,
    null,
    { timeout: 30_000 },
  );
  const { dcl, painted, firstScreen, shown } = await page.evaluate(() => {
    const w = window as unknown as {
      __dcl: number;
      __painted: number;
      __firstScreen?: number;
      __shown: number;
    };
    return { dcl: w.__dcl, painted: w.__painted, firstScreen: w.__firstScreen, shown: w.__shown };
  });
  const marks = (await worldValue(context, page, "__mesocheckMarks")) as Record<
    string,
    number
  > | null;
  await page.close();
  const at = [dcl, ...CHECK_STEPS.map((s) => marks?.[s]), painted];
  const steps = at.every((t) => typeof t === "number")
    ? (at as number[]).slice(1).map((t, i) => t - at[i]!)
    : null;
  if (firstScreen === undefined || shown === 0)
    throw new Error(
      "no highlight on the long article's first screen: the first-screen figure means nothing",
    );
  return { ms: painted - dcl, firstScreenMs: firstScreen - dcl, shown, steps };
}

/** Each step's median, as "DOMContentLoaded → gate 80 → asked 15 …". */
function stepMedians(runs: HighlightRun[]): string {
  const known = runs.flatMap((r) => (r.steps ? [r.steps] : []));
  if (!known.length) return "no marks (a build without them?)";
  const names = [...CHECK_STEPS, "frame"];
  return `DOMContentLoaded ${names.map((n, i) => `→ ${n} ${median(known.map((s) => s[i]!)).toFixed(0)}`).join(" ")} ms (${known.length} runs)`;
}

interface HighlightRuns {
  installed: HighlightRun[];
  restarted: HighlightRun[];
  warm: HighlightRun[];
}

/** One round on a build: a new profile's first page and two warm ones, then the profile started again. */
async function highlightRound(
  extension: string,
  url: string,
  count: number,
  into: HighlightRuns,
): Promise<void> {
  const ext = await launch(true, true, undefined, [], undefined, extension);
  try {
    into.installed.push(await timeToHighlights(ext.context, url, count));
    into.warm.push(await timeToHighlights(ext.context, url, count));
    into.warm.push(await timeToHighlights(ext.context, url, count));
  } finally {
    await ext.context.close();
  }
  // The same profile started again: the browser's own caches (its compiled
  // code among them) are there, but the service worker and engine start cold.
  const again = await launch(true, true, undefined, [], ext.userDataDir, extension);
  try {
    await new Promise((r) => setTimeout(r, RESTART_SETTLE_MS));
    into.restarted.push(await timeToHighlights(again.context, url, count));
  } finally {
    await again.context.close();
  }
}

/**
 * The long article's highlight times on this build, and with BENCH_BASELINE
 * (another commit's built .output/chrome-mv3) on that one too, round by round
 * in turn, so both see the same machine.
 */
async function highlightTimes(server: Served): Promise<void> {
  const count = expectedHighlights();
  const url = server.url("long-article.html");
  const builds = [{ name: "this build", path: EXTENSION }];
  if (BASELINE) builds.push({ name: `baseline (${BASELINE})`, path: BASELINE });
  const runs = builds.map((): HighlightRuns => ({ installed: [], restarted: [], warm: [] }));
  for (let i = 0; i < RUNS; i++)
    for (const [b, build] of builds.entries())
      await highlightRound(build.path, url, count, runs[b]!);
  for (const [b, build] of builds.entries()) {
    if (builds.length > 1) console.log(`\n${build.name}:`);
    reportHighlights(runs[b]!, count);
  }
  if (BASELINE) {
    const ratio = (pick: (r: HighlightRun) => number, of: keyof HighlightRuns) =>
      (median(runs[0]![of].map(pick)) / median(runs[1]![of].map(pick))).toFixed(2);
    console.log("\nthis build / baseline, medians (all highlights; first screen):");
    for (const of of ["restarted", "installed", "warm"] as const)
      console.log(
        `  ${of.padEnd(10)} ${ratio((r) => r.ms, of)}; ${ratio((r) => r.firstScreenMs, of)}`,
      );
  }
}

function reportHighlights({ installed, restarted, warm }: HighlightRuns, count: number): void {
  console.log(
    `\nthe 10,000-word article's ${count} highlights, from DOMContentLoaded to the frame that has them all (targets: 300 ms warm, 600 ms first page)`,
  );
  const ms = (runs: HighlightRun[]) => runs.map((r) => r.ms);
  const screen = (runs: HighlightRun[]) => runs.map((r) => r.firstScreenMs);
  console.log(
    `first page after the browser starts:  median ${median(ms(restarted)).toFixed(0)} ms, worst ${worst(ms(restarted)).toFixed(0)} ms (${restarted.length} runs, a profile started again)`,
  );
  console.log(
    `first page after installing:          median ${median(ms(installed)).toFixed(0)} ms, worst ${worst(ms(installed)).toFixed(0)} ms (${installed.length} runs, a new profile)`,
  );
  console.log(
    `warm service worker:                  median ${median(ms(warm)).toFixed(0)} ms, worst ${worst(ms(warm)).toFixed(0)} ms (${warm.length} runs)`,
  );
  const shown = median(warm.map((r) => r.shown));
  console.log(
    `the first screen's ${shown} highlights (the viewport at the top of the page), from DOMContentLoaded to the frame that has them all`,
  );
  console.log(
    `first page after the browser starts:  median ${median(screen(restarted)).toFixed(0)} ms, worst ${worst(screen(restarted)).toFixed(0)} ms`,
  );
  console.log(
    `first page after installing:          median ${median(screen(installed)).toFixed(0)} ms, worst ${worst(screen(installed)).toFixed(0)} ms`,
  );
  console.log(
    `warm service worker:                  median ${median(screen(warm)).toFixed(0)} ms, worst ${worst(screen(warm)).toFixed(0)} ms`,
  );
  console.log(
    "where the time goes, step by step (medians; 'replied' is the background's part: message, engine, reply):",
  );
  console.log(`  first page after the browser starts: ${stepMedians(restarted)}`);
  console.log(`  warm service worker:                 ${stepMedians(warm)}`);
}

void main();
