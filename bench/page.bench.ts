// npm run bench:page: the extension's cost on pages in headless Chromium,
// each beside the same page without the extension, in the same run.
// Main-thread time is CDP's TaskDuration after load and a settle; the longest
// task comes from a PerformanceObserver. Medians of RUNS.
import type { BrowserContext, Page } from "playwright-core";
import { build, launch, serve } from "../scripts/chromium";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PAGES = (process.env.BENCH_PAGES ?? "plain.html,offtopic.html,offtopic-en.html,long-article.html").split(",");
const SETTLE_MS = 2500;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

type Worker = NonNullable<Awaited<ReturnType<typeof launch>>["worker"]>;

/**
 * The gate's own main-thread time on a page it stopped: it keeps it in its
 * isolated world (src/content/world.ts), never in a message; read there
 * through the DevTools protocol.
 */
async function gateMs(context: BrowserContext, page: Page): Promise<number | null> {
  const cdp = await context.newCDPSession(page);
  const worlds: number[] = [];
  cdp.on("Runtime.executionContextCreated", ({ context: c }) => {
    if (c.origin.startsWith("chrome-extension://") && (c.auxData as { type?: string } | undefined)?.type === "isolated") worlds.push(c.id);
  });
  await cdp.send("Runtime.enable"); // reports the contexts already there
  for (const contextId of worlds) {
    const { result } = await cdp.send("Runtime.evaluate", { expression: "globalThis.__mesocheckGateMs ?? null", contextId, returnByValue: true });
    if (typeof result.value === "number") return result.value;
  }
  return null;
}

async function measure(context: BrowserContext, url: string, worker?: Worker): Promise<{ mainMs: number; longestMs: number; gateMs: number | null }> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.__longest = Math.max(w.__longest, e.duration)))).observe({ type: "longtask", buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(url);
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send("Performance.getMetrics");
  const taskSeconds = metrics.find((m) => m.name === "TaskDuration")?.value ?? 0;
  const longestMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  const gate = worker ? await gateMs(context, page) : null;
  await page.close();
  return { mainMs: taskSeconds * 1000, longestMs, gateMs: gate };
}

async function main(): Promise<void> {
  build();
  const server = await serve();
  const [ext, plain] = await Promise.all([launch(true), launch(false)]);
  console.log(`page figures, headless Chromium, median of ${RUNS} runs each (main-thread task time until ${SETTLE_MS} ms after load)`);
  console.log("page                 | main thread: without / with / added | longest task: without / with | the gate's own main-thread time");
  console.log("(\"added\" includes Chromium's cost of any extension content script, which an empty one also shows)");
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
      console.log(`${name.padEnd(20)} | ${w.toFixed(1).padStart(7)} / ${e.toFixed(1).padStart(7)} / ${(e - w).toFixed(1).padStart(6)} ms | ${lw.toFixed(0).padStart(4)} / ${le.toFixed(0).padStart(4)} ms | gate's own time: ${gate}`);
    }
  } finally {
    await Promise.all([ext.context.close(), plain.context.close()]);
    await server.close();
  }
}

void main();
