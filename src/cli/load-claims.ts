// Reads claims/ from disk (the CLI, tests, benchmarks, the build check).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ClaimsError, parseClaimsDb, type ClaimsDb, type DbFile } from "../engine/claims";

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
  return parseClaimsDb(readClaimsFiles(dir));
}
