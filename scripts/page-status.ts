// Whether a page may give sentences to the corpus: `npx tsx scripts/page-status.ts URL...`
// prints, per address, "reserved" (never use), "used" (already in a labelled set) or "new".
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isReserved, pageKey, reservedKeys, withoutQuery } from "./corpus";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const dir of ["tests/corpus", "tests/eval"])
    for (const name of readdirSync(join(ROOT, dir)).filter((n) => n.endsWith(".jsonl")))
      for (const line of readFileSync(join(ROOT, dir, name), "utf8").split("\n")) {
        if (!line.trim()) continue;
        const { from, modelledOn } = JSON.parse(line) as { from?: string; modelledOn?: string };
        for (const url of [from, modelledOn])
          if (url && url !== "modelled") keys.add(withoutQuery(pageKey(url)));
      }
  return keys;
}

const reserved = reservedKeys();
const used = usedKeys();
for (const url of process.argv.slice(2)) {
  let key: string;
  try {
    key = pageKey(url);
  } catch {
    console.log(`not-an-address ${url}`);
    continue;
  }
  const status = isReserved(reserved, url)
    ? "reserved"
    : used.has(withoutQuery(key))
      ? "used"
      : "new";
  console.log(`${status} ${url}`);
}
