// The benchmarks' texts: the five source articles as paragraphs, and a 1 MB
// article built from them (bench:engine and bench:cli measure the same one).
import { readdirSync, readFileSync } from "node:fs";

const SOURCES = new URL("../../shared/sources/", import.meta.url);

export const bytes = (blocks: string[]) => blocks.reduce((n, b) => n + Buffer.byteLength(b), 0);
const paragraphs = (text: string) => text.split(/\n\s*\n/).filter((p) => p.trim());

export function sourceArticles(): Array<{ name: string; blocks: string[] }> {
  const files = readdirSync(SOURCES)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  return files.map((f) => ({
    name: f,
    blocks: paragraphs(readFileSync(new URL(f, SOURCES), "utf8")),
  }));
}

/** A 1 MB article: the sources' paragraphs, interleaved, repeated until 1 MB. */
export function bigArticle(articles = sourceArticles()): string[] {
  const pool = articles.flatMap((a) => a.blocks);
  const big: string[] = [];
  // A running total, counted as bytes() counts: measuring the whole article after every paragraph was quadratic (1.1 s here).
  for (let i = 0, total = 0; total < 1_000_000; i++) {
    const block = pool[(i * 7) % pool.length]!;
    big.push(block);
    total += bytes([block]);
  }
  return big;
}
