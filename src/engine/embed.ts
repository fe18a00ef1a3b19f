// The compiled claims database as both builds embed it (scripts/build-cli.ts, wxt.config.ts).
import type { ClaimsDb } from "./claims";
import { toJson } from "./serialize";

/**
 * The parts of a compiled pattern that repeat across patterns and that nothing
 * tells apart by identity: atoms ({type, value, prefix, stem?}, {type, kind}),
 * elements ({type, alts, optional}, {type, max}). A pattern itself is not among
 * them: the pattern index numbers patterns by identity (PatternIndex), so two
 * equal patterns of two claims must stay two objects.
 */
const PATTERN_PARTS = new Set([
  "type,value,prefix",
  "type,value,prefix,stem",
  "type,kind",
  "type,alts,optional",
  "type,max",
]);

/** The JSON text the builds embed: fromJson() gives the database back. */
export function embeddedClaims(db: ClaimsDb): string {
  return toJson(db, "db", { shareable: (keys) => PATTERN_PARTS.has(keys.join(",")) });
}
