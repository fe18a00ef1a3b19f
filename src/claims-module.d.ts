// The claims database as the CLI bundle and the extension's background embed it:
// validated and compiled from claims/ at build time (scripts/build-cli.ts,
// wxt.config.ts), never written by hand.
declare module "mesocheck:claims" {
  import type { ClaimsDb } from "./engine/claims";
  export const db: ClaimsDb;
}
