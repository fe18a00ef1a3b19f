// npm run bench:cli: the built CLI (bin/mesocheck.js) as people run it, a
// whole process each time, wall clock, in one run:
// - start-up on a small page, beside a bare `node -e 0`;
// - the 1 MB article of bench:engine (bench/article.ts), beside node +
//   compromise over the same text;
// - batch mode on 1,000 pages with 1 and with 2 workers, in documents a second,
//   beside two one-worker processes on half the pages each, at once.
// Runs of the commands compared are interleaved, and medians reported: these
// machines are shared and noisy. Build first (npm ci or npm run build:cli).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { bigArticle, bytes, sourceArticles } from "./article";
import { median } from "./median";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const OUT = fileURLToPath(new URL("./out/", import.meta.url));
const BIN = fileURLToPath(new URL("../bin/mesocheck.js", import.meta.url));
const START_RUNS = Math.max(9, Number(process.env.BENCH_RUNS ?? 15));
const BIG_RUNS = Number(process.env.BENCH_BIG_RUNS ?? 3);
const BATCH_RUNS = Number(process.env.BENCH_BATCH_RUNS ?? 3);
const PAGES = 1000;

interface Command {
  args: string[];
  /** The exit codes that count as a run. */
  ok?: number[];
  check?: (stdout: string) => void;
}

/** Median wall time of each command, their runs interleaved. */
function race(commands: Record<string, Command>, runs: number): Record<string, number> {
  const times: Record<string, number[]> = Object.fromEntries(
    Object.keys(commands).map((k) => [k, []]),
  );
  for (let i = 0; i < runs; i++) {
    for (const [name, c] of Object.entries(commands)) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, c.args, {
        cwd: ROOT,
        encoding: "utf8",
        maxBuffer: 256 << 20,
      });
      times[name]!.push(performance.now() - t0);
      if (!(c.ok ?? [0]).includes(r.status ?? -1))
        throw new Error(`${name}: exit code ${r.status}: ${r.stderr}`);
      c.check?.(r.stdout);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

if (!existsSync(fileURLToPath(new URL("../dist/mesocheck.cjs", import.meta.url)))) {
  console.error("bench:cli: the CLI is not built: run `npm run build:cli`");
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;

// 1. Start-up on a small page.
const small = `${OUT}small.html`;
writeFileSync(
  small,
  `<!doctype html><html lang="en"><head><title>Mesotherapy</title></head><body><h1>Mesotherapy</h1><p>Mesotherapy is completely painless.</p></body></html>`,
);
const start = race(
  {
    bare: { args: ["-e", "0"] },
    cli: { args: [BIN, "--json", small], check: (out) => void JSON.parse(out) },
  },
  START_RUNS,
);
const startRatio = start.cli! / start.bare!;
console.log(`start-up on a small page (median of ${START_RUNS} runs each, interleaved)`);
console.log(`  node -e 0                     ${fmt(start.bare!)}`);
console.log(
  `  mesocheck --json small.html   ${fmt(start.cli!)}   ${startRatio.toFixed(2)}x node -e 0`,
);

// 2. The 1 MB article, whole process, beside node + compromise over the same text.
const big = bigArticle();
const bigFile = `${OUT}article-1mb.txt`;
writeFileSync(bigFile, big.join("\n\n"));
const baselineScript = `import nlp from "compromise"; import { readFileSync } from "node:fs"; nlp(readFileSync(process.argv[1], "utf8"));`;
const whole = race(
  {
    cli: { args: [BIN, "--json", "--force", bigFile], check: (out) => void JSON.parse(out) },
    compromise: { args: ["--input-type=module", "-e", baselineScript, bigFile] },
  },
  BIG_RUNS,
);
const bigRatio = whole.compromise! / whole.cli!;
console.log(
  `\nthe ${(bytes(big) / 1e6).toFixed(2)} MB article of bench:engine, whole process (median of ${BIG_RUNS} runs each, interleaved)`,
);
console.log(`  mesocheck --json --force      ${fmt(whole.cli!)}`);
console.log(
  `  node + compromise             ${fmt(whole.compromise!)}   mesocheck is ${bigRatio.toFixed(1)}x faster`,
);

// 3. Batch mode: 1,000 pages, the demo articles and the five sources as pages, in turn.
const kinds = [
  ...["article-en.html", "article-ru.html", "offtopic-en.html"].map((f) =>
    readFileSync(new URL(`../examples/${f}`, import.meta.url), "utf8"),
  ),
  ...sourceArticles().map(
    (a) =>
      `<!doctype html><html><body>${a.blocks.map((b) => `<p>${b.replaceAll("&", "&amp;").replaceAll("<", "&lt;")}</p>`).join("\n")}</body></html>`,
  ),
];
const pagesFile = `${OUT}pages-${PAGES}.jsonl`;
writeFileSync(
  pagesFile,
  Array.from({ length: PAGES }, (_, i) =>
    JSON.stringify({ url: `https://example.org/${i}`, html: kinds[i % kinds.length] }),
  ).join("\n") + "\n",
);
const pagesMB = readFileSync(pagesFile).length / 1e6;
const batchCheck = (out: string) => {
  if (out.split("\n").length !== PAGES + 1) throw new Error("batch: not one line per page");
};
// The machine's own ceiling for two: the same pages in two halves, each to a
// separate one-worker process, both at once (one more node process starts them).
const lines = readFileSync(pagesFile, "utf8").trimEnd().split("\n");
const halves = [lines.slice(0, PAGES / 2), lines.slice(PAGES / 2)].map((part, i) => {
  const file = `${OUT}pages-half-${i}.jsonl`;
  writeFileSync(file, part.join("\n") + "\n");
  return file;
});
const twoProcesses = `
const { spawn } = require("node:child_process");
const [bin, ...files] = process.argv.slice(1);
let lines = 0, left = files.length;
for (const f of files) {
  const p = spawn(process.execPath, [bin, "--jsonl", "--workers", "1", f], { stdio: ["ignore", "pipe", "inherit"] });
  p.stdout.on("data", (d) => { for (const b of d) if (b === 10) lines++; });
  p.on("close", (code) => { if (code !== 0) process.exit(1); if (--left === 0) process.stdout.write(lines + "\\n"); });
}`;
const batch = race(
  {
    one: { args: [BIN, "--jsonl", "--workers", "1", pagesFile], check: batchCheck },
    two: { args: [BIN, "--jsonl", "--workers", "2", pagesFile], check: batchCheck },
    apart: {
      args: ["-e", twoProcesses, BIN, ...halves],
      check: (out) => {
        if (Number(out) !== PAGES)
          throw new Error(`two processes: ${out.trim()} lines, not ${PAGES}`);
      },
    },
  },
  BATCH_RUNS,
);
console.log(
  `\nbatch mode, ${PAGES} pages (${pagesMB.toFixed(1)} MB of JSON lines), whole process (median of ${BATCH_RUNS} runs each, interleaved)`,
);
console.log(
  `  --workers 1                   ${fmt(batch.one!)}   ${(PAGES / (batch.one! / 1000)).toFixed(0)} documents/s`,
);
console.log(
  `  --workers 2                   ${fmt(batch.two!)}   ${(PAGES / (batch.two! / 1000)).toFixed(0)} documents/s`,
);
console.log(
  `  two processes, half each      ${fmt(batch.apart!)}   ${(PAGES / (batch.apart! / 1000)).toFixed(0)} documents/s   (--workers 1 twice at once: what two cores give here)`,
);

console.log(
  `\ntargets: start-up within 4x node -e 0 (${startRatio <= 4 ? "met" : "NOT met"}), 1 MB article >= 15x node + compromise (${bigRatio >= 15 ? "met" : "NOT met"})`,
);
