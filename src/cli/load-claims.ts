// Reads claims/ from disk (the CLI, tests, benchmarks, the build check).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ClaimsError, parseClaimsDb, type ClaimsDb, type DbFile } from "../engine/claims";
import { WordsFile } from "../engine/schema";

export const CLAIMS_DIR = fileURLToPath(new URL("../../claims/", import.meta.url));

/** claims/*.json and claims/lexicon/*.json. */
export function readClaimsFiles(dir: string = CLAIMS_DIR): DbFile[] {
  const lexicon = join(dir, "lexicon");
  const names = (d: string) =>
    existsSync(d)
      ? readdirSync(d)
          .filter((name) => name.endsWith(".json"))
          .sort()
          .map((name) => join(d, name))
      : [];
  return [...names(dir), ...names(lexicon)].map((path) => {
    try {
      return { path, data: JSON.parse(readFileSync(path, "utf8")) as unknown };
    } catch (e) {
      throw new ClaimsError(path, "", `not valid JSON (${(e as Error).message})`);
    }
  });
}

export function loadClaims(dir: string = CLAIMS_DIR): ClaimsDb {
  const db = parseClaimsDb(readClaimsFiles(dir));
  checkWordsFiles(dir);
  return db;
}

/**
 * Validates claims/words/*.json, the engine's word lists. The engine imports
 * them when it is built (src/engine/words.ts), so this is their check: every
 * build and `npm run check:claims` load the claims first.
 */
export function checkWordsFiles(dir: string = CLAIMS_DIR): void {
  const words = join(dir, "words");
  if (!existsSync(words)) return;
  for (const name of readdirSync(words).filter((n) => n.endsWith(".json"))) {
    const path = join(words, name);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, "utf8"));
    } catch (e) {
      throw new ClaimsError(path, "", `not valid JSON (${(e as Error).message})`);
    }
    const result = WordsFile.safeParse(data);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new ClaimsError(path, issue.path.join("."), issue.message);
    }
    if (`${result.data.lang}.json` !== name)
      throw new ClaimsError(path, "lang", `${result.data.lang} in a file named ${name}`);
  }
}
