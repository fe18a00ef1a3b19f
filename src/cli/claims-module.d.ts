// The claims database as the CLI bundle embeds it: produced from claims/ by
// scripts/build-cli.ts (validated and compiled there), never written by hand.
declare module "mesocheck:claims" {
  import type { ClaimsDb } from "../engine/claims";
  export const db: ClaimsDb;
}
