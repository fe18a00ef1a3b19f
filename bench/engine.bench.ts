// npm run bench: engine throughput on the five sources and on a 1 MB article
// built from them, beside the naive baseline (compromise over the whole text),
// in one run. Medians, because these machines are shared and noisy.
import { performance } from "node:perf_hooks";
import nlp from "compromise";
import { loadClaims } from "../src/cli/load-claims";
import { createChecker } from "../src/engine/engine";
import { bigArticle, bytes, sourceArticles } from "./article";
import { median } from "./median";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function time(fn: () => void, runs = RUNS): number {
  fn(); // warm-up: JIT, segmenters, stemmer tables
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

const checker = createChecker(loadClaims());
const articles = sourceArticles();

// The very first check pays for compiling the engine; it is reported apart,
// and the engine is warmed on all five before the steady-state figures.
const cold = performance.now();
checker.check(articles[0]!.blocks, { force: true });
const coldMs = performance.now() - cold;
for (let i = 0; i < 20; i++) for (const a of articles) checker.check(a.blocks, { force: true });

console.log(`first check after start (cold): ${coldMs.toFixed(1)} ms`);
console.log(`engine on the five sources (median of ${RUNS} runs each, warm, force: true)`);
let totalBytes = 0;
let totalMs = 0;
for (const a of articles) {
  const ms = time(() => checker.check(a.blocks, { force: true }));
  const b = bytes(a.blocks);
  totalBytes += b;
  totalMs += ms;
  console.log(
    `  ${a.name}  ${(b / 1024).toFixed(1).padStart(5)} KB  ${ms.toFixed(2).padStart(7)} ms  ${(b / 1e6 / (ms / 1000)).toFixed(1).padStart(6)} MB/s`,
  );
}
console.log(
  `  all five: ${(totalMs / articles.length).toFixed(2)} ms per article, ${(totalBytes / 1e6 / (totalMs / 1000)).toFixed(1)} MB/s`,
);

const big = bigArticle(articles);
const bigBytes = bytes(big);
const bigMs = time(() => checker.check(big, { force: true }), 5);
const engineMBs = bigBytes / 1e6 / (bigMs / 1000);
console.log(
  `\nengine on a ${(bigBytes / 1e6).toFixed(2)} MB article: ${bigMs.toFixed(0)} ms (median of 5), ${engineMBs.toFixed(1)} MB/s`,
);

// Baseline: compromise over the whole text, as a naive checker would parse it.
const englishBig = big.join("\n\n");
// A warm-up and three runs: one run swings by 10% on a shared machine.
const baseMs = time(() => nlp(englishBig), 3);
const baseMBs = bigBytes / 1e6 / (baseMs / 1000);
console.log(
  `naive baseline (compromise over the whole 1 MB text): ${baseMs.toFixed(0)} ms (median of 3), ${baseMBs.toFixed(2)} MB/s`,
);
console.log(`ratio engine / baseline: ${(engineMBs / baseMBs).toFixed(1)}x`);
console.log(
  `targets: >= 5 MB/s (${engineMBs >= 5 ? "met" : "NOT met"}), >= 30x baseline (${engineMBs / baseMBs >= 30 ? "met" : "NOT met"})`,
);
