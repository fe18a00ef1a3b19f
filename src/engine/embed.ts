// The compiled claims database as both builds embed it (scripts/build-cli.ts, wxt.config.ts).
import type { ClaimsDb } from "./claims";
import { keyPattern, type Pattern } from "./pattern";
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
  // A required element, with the keys keyPattern() worked out for it, and those keys.
  "type,alts,optional,keys",
  "rarest,cost,plan",
  "type,max",
]);

/** The JSON text the builds embed: fromJson() gives the database back. */
export function embeddedClaims(db: ClaimsDb): string {
  // Every pattern of the database, the claims', the lexicon's and the omissions', wherever it is.
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (typeof v !== "object" || v === null || seen.has(v)) return;
    seen.add(v);
    if (isPattern(v)) keyPattern(v);
    for (const x of v instanceof Map
      ? v.values()
      : Array.isArray(v) || v instanceof Set
        ? v.values()
        : Object.values(v))
      visit(x);
  };
  visit(db);
  return toJson(db, "db", { shareable: (keys) => PATTERN_PARTS.has(keys.join(",")) });
}

const isPattern = (v: object): v is Pattern =>
  "elements" in v && Array.isArray(v.elements) && "begins" in v && "source" in v;
