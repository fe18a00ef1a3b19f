// The claims database as the CLI bundle and the extension's background embed it:
// validated and compiled from claims/ at build time (scripts/build-cli.ts,
// wxt.config.ts), never written by hand.
declare module "mesocheck:claims" {
  import type { ClaimsDb } from "./engine/claims";
  /** The database, decoded on the first call (a service worker wakes for more than checks). */
  export function db(): ClaimsDb;
}

// The side panel's share of it: each claim's words and evidence, the sources and caveats (wxt.config.ts).
declare module "mesocheck:claim-content" {
  import type { ClaimContent } from "./ext/claim-text";
  export const content: ClaimContent;
}
