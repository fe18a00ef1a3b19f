// The claims database bundled into the extension (background, side panel).
// The same zod validation as on disk; `npm run build` checks it first
// (scripts/check-claims.ts) so a malformed file never reaches a user.
import { parseClaimsDb, type ClaimsDb } from "../engine/claims";

const files = import.meta.glob<unknown>(["/claims/*.json", "/claims/lexicon/*.json"], { eager: true, import: "default" });

let db: ClaimsDb | undefined;

export function claimsDb(): ClaimsDb {
  db ??= parseClaimsDb(Object.entries(files).map(([path, data]) => ({ path, data })));
  return db;
}
