// The real-text corpus (tests/corpus/): adds labelled sentences to it, split
// by page, and checks it: `npm run corpus -- add FILE...`, `check` or `counts`.
//
// A page's sentences all go to one split, chosen by a hash of its address, so
// the split is reproducible and no one picks which errors are held out.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import { loadClaims } from "../src/cli/load-claims";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
export const SPLITS = {
  train: join(ROOT, "tests/corpus/train.jsonl"),
  test: join(ROOT, "tests/corpus/test.jsonl"),
};
const RESERVED = join(ROOT, "../shared/eval/reserved-pages.txt");
/** About a quarter of the pages are held out. */
const TEST_SHARE = 64 / 256;

export const Line = z.strictObject({
  id: z.string().min(1),
  lang: z.enum(["en", "ru"]),
  text: z.string().min(3).max(400),
  labels: z.array(z.string()),
  from: z.union([z.literal("modelled"), z.url()]),
  /** A modelled sentence adapted from a real page's sentence (its procedure renamed): that page. */
  modelledOn: z.url().optional(),
});
export type Line = z.infer<typeof Line>;

const trimEnd = (s: string, ch: string) => {
  let end = s.length;
  while (end > 0 && s[end - 1] === ch) end--;
  return s.slice(0, end);
};
export const withoutQuery = (key: string) =>
  key.includes("?") ? key.slice(0, key.indexOf("?")) : key;

/** A page's address without what does not tell pages apart: scheme, "www.", a trailing slash, case. */
export function pageKey(from: string): string {
  if (from === "modelled") return from;
  const u = new URL(from);
  return `${u.hostname.replace(/^www\./, "")}${trimEnd(u.pathname, "/")}${u.search}`.toLowerCase();
}

/** Reserved pages compared as loosely as the before-stop check: address without query too. */
export function reservedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const raw of readFileSync(RESERVED, "utf8").split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    try {
      const key = pageKey(line);
      keys.add(key);
      keys.add(withoutQuery(key));
    } catch {
      // not an address
    }
  }
  return keys;
}

/** The page a line's words come from: its own, or the one a modelled line was adapted from. */
export function pageOf(line: Line): string | undefined {
  return line.from !== "modelled" ? line.from : line.modelledOn;
}

/** Whether a page's address is among `reservedKeys()`, with or without its query. */
export function isReserved(reserved: Set<string>, page: string): boolean {
  return reserved.has(pageKey(page)) || reserved.has(withoutQuery(pageKey(page)));
}

export function splitOf(line: Line): "train" | "test" {
  // A sentence adapted from a page goes where that page's own sentences go, so
  // the two wordings are never split apart; other modelled ones go by their id.
  const page = pageOf(line);
  const key = page ? pageKey(page) : `modelled:${line.id}`;
  return createHash("sha256").update(key).digest()[0]! < 256 * TEST_SHARE ? "test" : "train";
}

export function readLines(file: string): Line[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => l.trim())
    .map(({ l, i }) => {
      const parsed = Line.safeParse(JSON.parse(l));
      if (!parsed.success)
        throw new Error(
          `${file}:${i + 1}: ${parsed.error.issues[0]!.path.join(".")}: ${parsed.error.issues[0]!.message}`,
        );
      return parsed.data;
    });
}

const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

/** Everything wrong with a set of lines: unknown claims, reserved pages, repeated ids, texts equal to or inside another of the same language. */
export function problems(lines: Line[]): string[] {
  const claims = new Set(loadClaims().claims.map((c) => c.claim.id));
  const reserved = reservedKeys();
  const out: string[] = [];
  const ids = new Set<string>();
  for (const line of lines) {
    if (ids.has(line.id)) out.push(`${line.id}: repeated id`);
    ids.add(line.id);
    for (const label of line.labels)
      if (!claims.has(label)) out.push(`${line.id}: unknown claim "${label}"`);
    const page = pageOf(line);
    if (page && isReserved(reserved, page)) out.push(`${line.id}: reserved page ${page}`);
    if (line.modelledOn && line.from !== "modelled")
      out.push(`${line.id}: modelledOn belongs to a modelled line`);
  }
  for (const lang of ["en", "ru"] as const) {
    const texts = lines.filter((l) => l.lang === lang).map((l) => ({ id: l.id, t: norm(l.text) }));
    const sorted = [...texts].sort((a, b) => a.t.length - b.t.length);
    // The scorer maps a finding to the sentence that contains it: no text may hold another.
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++)
        if (sorted[j]!.t.includes(sorted[i]!.t))
          out.push(`${sorted[i]!.id}: its text is inside ${sorted[j]!.id}`);
  }
  return out;
}

function write(file: string, lines: Line[]): void {
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
}

/** Adds new lines, dropping any whose text repeats or sits inside one already kept (the first kept wins). */
function add(files: string[]): void {
  const kept = { train: readLines(SPLITS.train), test: readLines(SPLITS.test) };
  const all = () => [...kept.train, ...kept.test];
  let dropped = 0;
  for (const file of files) {
    for (const line of readLines(file)) {
      const t = norm(line.text);
      if (
        all().some(
          (k) => k.lang === line.lang && (norm(k.text).includes(t) || t.includes(norm(k.text))),
        )
      ) {
        dropped++;
        continue;
      }
      kept[splitOf(line)].push(line);
    }
  }
  const wrong = problems(all());
  if (wrong.length) throw new Error(`not added:\n${wrong.slice(0, 20).join("\n")}`);
  write(SPLITS.train, kept.train);
  write(SPLITS.test, kept.test);
  console.log(
    `train ${kept.train.length}, test ${kept.test.length}; ${dropped} repeated lines dropped`,
  );
}

/** Counts per claim and language, real / modelled, for the README and the closing note. */
function counts(): void {
  for (const [split, file] of Object.entries(SPLITS)) {
    const lines = readLines(file);
    for (const lang of ["en", "ru"] as const) {
      const mine = lines.filter((l) => l.lang === lang);
      const real = mine.filter((l) => l.from !== "modelled");
      const pages = new Set(real.map((l) => pageKey(l.from)));
      console.log(
        `${split} ${lang}: ${mine.length} sentences (${real.length} real from ${pages.size} pages, ${mine.length - real.length} modelled); ${mine.filter((l) => !l.labels.length).length} assert nothing`,
      );
      const per = new Map<string, [number, number]>();
      for (const l of mine)
        for (const c of l.labels) {
          const n = per.get(c) ?? [0, 0];
          n[l.from === "modelled" ? 1 : 0]++;
          per.set(c, n);
        }
      console.log(
        "  " +
          [...per]
            .sort()
            .map(([c, [r, m]]) => `${c} ${r}/${m}`)
            .join(", "),
      );
    }
  }
}

// Run as a script (not when the tests import it).
const [command, ...rest] =
  process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href
    ? process.argv.slice(2)
    : [];
if (command === "add") add(rest);
else if (command === "counts") counts();
else if (command === "check") {
  const wrong = problems([...readLines(SPLITS.train), ...readLines(SPLITS.test)]);
  console.log(wrong.length ? wrong.join("\n") : "corpus: no problems");
  process.exitCode = wrong.length ? 1 : 0;
} else if (command !== undefined) {
  console.error("usage: corpus add FILE... | corpus check | corpus counts");
  process.exitCode = 2;
}
