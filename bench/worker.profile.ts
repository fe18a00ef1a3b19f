// npm run profile:worker: where the service worker's time goes while it
// checks the 10,000-word article, on the first page after the browser starts
// again and on the two pages after it (bench:page's warm pages come after an
// install instead, the worker as warm: it has checked the article once). The
// worker is sampled with the DevTools protocol's Profiler; each sample counts
// once, for its phase (bench/worker-phases.ts), so the phases and "other" add
// up to the worker's busy time. Method names survive the build's
// minifier, so the phases are named by the methods that run them.
// The profiler attaches after the worker has started: evaluating its script at
// a wake is not in these figures.
import type { BrowserContext } from "playwright-core";
import puppeteer, { type CDPSession } from "puppeteer-core";
import { build, debuggingPort, launch, serve, type Browser } from "../scripts/chromium";
import { expectedHighlights, RESTART_SETTLE_MS } from "./long-article";
import { median } from "./median";
import { PHASES, phases, type Phase } from "./worker-phases";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function workerSession(
  ext: Browser,
): Promise<{ session: CDPSession; done: () => Promise<void> }> {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${debuggingPort(ext)}` });
  const target = await browser.waitForTarget(
    (t) => t.type() === "service_worker" && t.url().startsWith("chrome-extension://"),
  );
  const session = await target.createCDPSession();
  await session.send("Profiler.enable");
  await session.send("Profiler.setSamplingInterval", { interval: 100 });
  return { session, done: () => browser.disconnect() };
}

async function load(context: BrowserContext, url: string, count: number): Promise<void> {
  const page = await context.newPage();
  await page.bringToFront();
  await page.goto(url);
  await page.waitForFunction(
    (n) =>
      (CSS.highlights.get("mesocheck-contradicted")?.size ?? 0) +
        (CSS.highlights.get("mesocheck-disputed")?.size ?? 0) >=
      n,
    count,
    { timeout: 30_000 },
  );
  // The state's way out (storage, badge, panels) ends after the reply.
  await new Promise((r) => setTimeout(r, 300));
  await page.close();
}

/** The worker's busy time per phase over `loads` of the article. */
async function profiled(
  ext: Browser,
  url: string,
  count: number,
  loads: number,
): Promise<Record<Phase, number>> {
  const { session, done } = await workerSession(ext);
  try {
    await session.send("Profiler.start");
    for (let i = 0; i < loads; i++) await load(ext.context, url, count);
    const { profile } = await session.send("Profiler.stop");
    const ms = phases(profile);
    for (const p of Object.keys(ms) as Phase[]) ms[p] /= loads;
    return ms;
  } finally {
    await done();
  }
}

function report(name: string, runs: Record<Phase, number>[]): void {
  const names = [...PHASES, "other"] as Phase[];
  const total = median(runs.map((r) => names.reduce((a, p) => a + r[p], 0)));
  const parts = names.map((p) => `${p} ${median(runs.map((r) => r[p])).toFixed(0)}`).join(", ");
  console.log(`  ${name}: busy ${total.toFixed(0)} ms per page (${parts})`);
}

async function main(): Promise<void> {
  build();
  const server = await serve();
  const url = server.url("long-article.html");
  const count = expectedHighlights();
  const restarted: Record<Phase, number>[] = [];
  const warm: Record<Phase, number>[] = [];
  const flags = ["--remote-debugging-port=0"];
  try {
    for (let i = 0; i < RUNS; i++) {
      const first = await launch(true, true, undefined, flags);
      try {
        await load(first.context, url, count); // the first after installing: not profiled
      } finally {
        await first.context.close();
      }
      const again = await launch(true, true, undefined, flags, first.userDataDir);
      try {
        await new Promise((r) => setTimeout(r, RESTART_SETTLE_MS));
        restarted.push(await profiled(again, url, count, 1));
        warm.push(await profiled(again, url, count, 2));
      } finally {
        await again.context.close();
      }
    }
  } finally {
    await server.close();
  }
  console.log(
    `the service worker's time on the 10,000-word article, by phase (medians of ${RUNS} runs, sampled every 0.1 ms)`,
  );
  report("first page after the browser starts", restarted);
  report("the two pages after it (warm)      ", warm);
}

void main();
