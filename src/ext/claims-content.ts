// What the side panel shows of the claims: assertions, notes, verdicts,
// evidence, risk, sources and caveats. The build extracts them from the
// validated database (wxt.config.ts, `mesocheck:claim-content`, through
// src/ext/claim-text.ts): no rule, example or schema reaches the panel.
import { content } from "mesocheck:claim-content";
import type { ClaimContent } from "./claim-text";

export type { ClaimContent, ClaimText } from "./claim-text";

export function claimContent(): ClaimContent {
  return content;
}
