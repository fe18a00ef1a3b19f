// The labelled corpus (tests/corpus/), the rules' findings on it and the count
// of ../shared/eval/score.mjs, in-process, for the learned component's scripts.
import { createHash } from "node:crypto";
import { loadClaims } from "../../src/cli/load-claims";
import { createChecker } from "../../src/engine/engine";
import type { Lang } from "../../src/engine/schema";
import type { Line } from "../corpus";

/** A corpus line, read and checked by the corpus tool (scripts/corpus.ts). */
export type Row = Line;

export const LANGS: Lang[] = ["en", "ru"];

/** Claim ids found in each row, by row id. */
export type Found = Map<string, Set<string>>;

const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * As score.mjs does: a finding goes to the first row of its language whose text
 * contains the finding's text or is contained in it, and counts only if some row
 * of the file is labelled with its claim.
 */
export function mapFindings(
  rows: Row[],
  findings: Iterable<{ lang: Lang; claim: string; text: string }>,
): Found {
  const known = new Set(rows.flatMap((r) => r.labels));
  const found: Found = new Map(rows.map((r) => [r.id, new Set<string>()]));
  const normed = rows.map((r) => norm(r.text));
  for (const f of findings) {
    if (!known.has(f.claim)) continue;
    const t = norm(f.text);
    if (!t) continue;
    const i = rows.findIndex(
      (r, j) => r.lang === f.lang && (normed[j]!.includes(t) || t.includes(normed[j]!)),
    );
    if (i >= 0) found.get(rows[i]!.id)!.add(f.claim);
  }
  return found;
}

/** The rules' findings: one page of each language with every row a block, as the scorer's page. */
export function rulesFound(rows: Row[]): Found {
  const checker = createChecker(loadClaims());
  const findings = LANGS.flatMap((lang) =>
    checker
      .check(
        rows.filter((r) => r.lang === lang).map((r) => r.text),
        { force: true, lang },
      )
      .findings.map((f) => ({ lang, claim: f.claim, text: f.text })),
  );
  return mapFindings(rows, findings);
}

export interface Count {
  tp: number;
  fp: number;
  fn: number;
}

export function count(rows: Row[], found: Found, lang: Lang): Count {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const r of rows) {
    if (r.lang !== lang) continue;
    const want = new Set(r.labels);
    const got = found.get(r.id) ?? new Set();
    for (const x of got)
      if (want.has(x)) c.tp++;
      else c.fp++;
    for (const x of want) if (!got.has(x)) c.fn++;
  }
  return c;
}

export const precision = (c: Count) => c.tp / (c.tp + c.fp || 1);
export const recall = (c: Count) => c.tp / (c.tp + c.fn || 1);
export const f1 = (c: Count) => {
  const p = precision(c);
  const r = recall(c);
  return p + r ? (2 * p * r) / (p + r) : 0;
};

export function line(name: string, c: Count): string {
  return `${name.padEnd(24)} P ${precision(c).toFixed(3)} R ${recall(c).toFixed(3)} F1 ${f1(c).toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
}

/** A row's cross-validation fold: by its page (`from`), a modelled sentence by its id. */
export function foldOf(r: Row, folds: number): number {
  const group = r.from === "modelled" ? `id:${r.id}` : r.from;
  return createHash("sha256").update(group).digest().readUInt32BE(0) % folds;
}
