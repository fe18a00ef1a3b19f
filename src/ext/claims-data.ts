// The claims database in the extension. The background gets it compiled: the
// build validates and compiles claims/ (wxt.config.ts, the same embedding as
// the CLI's), so the engine's start parses JSON instead of running zod and the
// pattern compiler over every rule (345 ms in Node). It is decoded on first
// use (a gate that passed, or a check), not at every wake of the service
// worker, which wakes for every page. A malformed file fails the build,
// naming the file and the field.
import { db } from "mesocheck:claims";
import type { ClaimsDb } from "../engine/claims";

export function claimsDb(): ClaimsDb {
  return db();
}
