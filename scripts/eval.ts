// `npm run eval`: the scoring gates, through the CLI (../shared/eval/score.mjs).
// `npm run eval -- --explain`: then, for each labelled set, every false
// positive with the claim and the words that matched, and every false
// negative with the claim's nearest rule and what became of any match.
// `-- --explain --no-score` skips the gates; `-- --explain --no-score FILE...`
// explains just those sets (never the frozen test split).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { loadClaims } from "../src/cli/load-claims";
import { createChecker } from "../src/engine/engine";
import { nearestRule } from "../src/engine/nearest-rule";
import type { Lang } from "../src/engine/schema";

const SCORE = "../shared/eval/score.mjs";
const GATES: string[][] = [
  ["../shared/eval/dev.jsonl", "--min-precision", "0.95", "--min-recall", "0.9"],
  [
    "tests/eval/sentences.jsonl",
    "--offtopic",
    "tests/eval/offtopic.jsonl",
    "--min-precision",
    "0.9",
    "--min-recall",
    "0.85",
  ],
  [
    "tests/eval/blind.jsonl",
    "--offtopic",
    "tests/eval/blind-offtopic.jsonl",
    "--min-precision",
    "0.9",
    "--min-recall",
    "0.75",
  ],
  // The claim families' regression probes (tests/eval/README.md): written with
  // the rules, not held out; a change that breaks a family fails here.
  ["tests/eval/families-en.jsonl", "--min-precision", "0.97", "--min-recall", "0.97"],
  ["tests/eval/families-ru.jsonl", "--min-precision", "0.95", "--min-recall", "0.93"],
  // Each claim's plainest and forum wordings and hard negatives, both languages
  // (tests/eval/README.md): written to probe the lexicon's reach, not held out.
  ["tests/eval/plain.jsonl", "--min-precision", "0.97", "--min-recall", "0.93"],
  // Paraphrases of train's lines in other writers' words, both languages
  // (tests/eval/README.md): the lexicons' reach beyond the wordings train
  // holds. Floors under stop 39's figures (en 0.972 / 0.812, ru 0.978 / 0.756).
  ["tests/eval/paraphrase.jsonl", "--min-precision", "0.95", "--min-recall", "0.7"],
  // A paraphrase and a look-alike of each of 419 train lines, written blind in
  // two rounds at stop 40 (tests/eval/README.md): the tune two thirds, whose
  // errors rules were written from (stop 40's end: en 0.941 / 0.696, ru 0.853 / 0.737).
  ["tests/eval/pairs.jsonl", "--min-precision", "0.8", "--min-recall", "0.65"],
  // The held-out third, like test: scored, never explained (stop 40's end:
  // en 0.879 / 0.607, ru 0.769 / 0.536); floors under that.
  ["tests/eval/pairs-held.jsonl", "--min-precision", "0.7", "--min-recall", "0.45"],
  // Round 3, written blind at stop 41 from 200 train lines not used before,
  // wholly held out: the carry of the day's rules to words no rule was written
  // from (first contact: en 0.772 / 0.508, ru 0.891 / 0.613).
  ["tests/eval/pairs3-held.jsonl", "--min-precision", "0.7", "--min-recall", "0.45"],
  // The real-text corpus (tests/corpus/README.md). Its target is precision 0.95
  // and recall 0.90 per language; these floors sit under today's figures, per
  // language, so that a change which loses ground fails, until the rules reach
  // it. They were set again on 3 December 2026, when eight more harvests from
  // neighbours' pages doubled the corpus with harder lines (train en 0.962 /
  // 0.820, ru 0.952 / 0.928; test en 0.802 / 0.674, ru 0.813 / 0.719; before
  // them, 0.93 / 0.84 and 0.78 / 0.62), and the test floor again after ten
  // more rounds from new pages added 504 test lines (test en 0.775 / 0.688,
  // ru 0.791 / 0.675; the session's first engine scores the grown test en
  // 0.785 / 0.685, ru 0.780 / 0.669). Both floors were set again at stop 21,
  // when fifteen more rounds from new pages (wellness, leaflets, pain
  // clinics, Q&A, magazines, home devices, self-injection) added 2,757 lines,
  // 722 of them to test, at first contact far below the rest (train en 0.940 /
  // 0.816, ru 0.920 / 0.860; test en 0.744 / 0.676, ru 0.733 / 0.654; the
  // session's first engine scores this test en 0.725 / 0.660, ru 0.716 / 0.654).
  // The test precision floor was set to 0.70 at stop 25, when round ru-h35 added
  // 26 Russian test lines from new pages at first contact far below the rest
  // (P 0.167: 5 of 25 negatives flagged), taking test ru from 0.727 to 0.711.
  ["tests/corpus/train.jsonl", "--min-precision", "0.9", "--min-recall", "0.8"],
  ["tests/corpus/test.jsonl", "--min-precision", "0.7", "--min-recall", "0.64"],
];
/** Sets explained besides the gated ones, when present. */
// Never the held-out sets (HELD_OUT): their errors are not read while writing rules.
const EXTRA = ["tests/eval/classes.jsonl"];

interface Row {
  id: string;
  lang: Lang;
  text: string;
  labels: string[];
}

const explain = process.argv.includes("--explain");
// `--no-score` skips the gates: explanations alone, in-process, in seconds.
const gates = process.argv.includes("--no-score") ? [] : GATES;
let failed = false;
for (const args of gates) {
  try {
    process.stdout.write(
      execFileSync("node", [SCORE, ...args], { encoding: "utf8", maxBuffer: 64 << 20 }),
    );
  } catch (e) {
    process.stdout.write(String((e as { stdout?: string }).stdout ?? ""));
    failed = true;
  }
}
const named = process.argv.slice(2).filter((a) => !a.startsWith("--"));
/** Held-out sets: scored, but their errors are not read while writing rules. */
const HELD_OUT = ["corpus/test.jsonl", "eval/pairs-held.jsonl", "eval/pairs3-held.jsonl"];
const heldOut = (f: string) => HELD_OUT.some((h) => f.endsWith(h));
if (named.some(heldOut)) {
  console.error(
    `${named.filter(heldOut).join(", ")}: held out, its errors are not read while writing rules`,
  );
  process.exit(2);
}
if (explain)
  explainSets(
    named.length
      ? named
      : [
          ...GATES.map((g) => g[0]!).filter((f) => !heldOut(f)),
          ...EXTRA.filter((f) => existsSync(f)),
        ],
  );
process.exit(failed ? 1 : 0);

function explainSets(files: string[]): void {
  const db = loadClaims();
  const checker = createChecker(db);
  const byId = new Map(db.claims.map((c) => [c.claim.id, c]));
  for (const file of files) {
    console.log(`\n== ${file}`);
    const rows = readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Row);
    for (const row of rows) {
      const steps = checker.explain(row.text, row.lang);
      // As the CLI sees a paragraph: split into sentences, on a page about mesotherapy.
      const found = new Set(
        checker.check([row.text], { force: true, lang: row.lang }).findings.map((f) => f.claim),
      );
      for (const id of found) {
        if (row.labels.includes(id)) continue;
        const matched = steps
          .filter((s) => s.claim.id === id && s.outcome === "asserted")
          .map((s) => `"${s.words}" by ${s.rule}`);
        console.log(`FP ${row.id} [${id}] ${row.text}\n   matched ${matched.join("; ")}`);
      }
      for (const id of row.labels) {
        if (found.has(id)) continue;
        const weighed = steps
          .filter((s) => s.claim.id === id)
          .map(
            (s) =>
              `"${s.words}" ${s.outcome}${s.by ? ` by "${s.by}"` : ""} (${s.rule || "framing"})`,
          );
        const claim = byId.get(id);
        const near = claim && nearestRule(claim, row.text, row.lang);
        console.log(`FN ${row.id} [${id}] ${row.text}`);
        if (weighed.length) console.log(`   weighed ${weighed.join("; ")}`);
        if (near)
          console.log(
            `   nearest rule ${near.rule} (${near.have}/${near.of} required groups present)`,
          );
      }
    }
  }
}
