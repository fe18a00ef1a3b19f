// What the popup says of its tab, from the tab's state, the switches and
// whether the tab is a web page at all. Pure, so each case is unit-tested.
import type { TabState } from "../ext/protocol";
import { sentencesOf } from "./model";

export type PopupStatus =
  | { kind: "cannot-check" }
  | { kind: "not-yet" }
  | { kind: "checking" }
  | { kind: "off-topic" }
  | { kind: "site-off" }
  | { kind: "paused" }
  | {
      kind: "checked";
      /** Distinct claims, and the sentences that make them (a sentence may make two). */
      claims: number;
      sentences: number;
      /** Sentences by their worst verdict: these two add up to `sentences`. */
      contradicted: number;
      disputed: number;
      /** Checked although paused, switched off or off-topic: "check anyway". */
      anyway: boolean;
    };

export interface PopupInputs {
  /** False for the browser's own pages and files; null while not known. */
  webPage: boolean | null;
  state: TabState | null;
  paused: boolean;
  siteOn: boolean;
}

export function popupStatus({ webPage, state, paused, siteOn }: PopupInputs): PopupStatus {
  if (webPage === false) return { kind: "cannot-check" };
  if (state?.status === "checked") return checked(state, paused || !siteOn);
  // The switches as they are now come first: the tab's state follows them a moment later.
  if (paused) return { kind: "paused" };
  if (!siteOn) return { kind: "site-off" };
  switch (state?.status) {
    case "off-topic":
      return { kind: "off-topic" };
    case undefined:
      return { kind: "not-yet" };
    default:
      // Pending, or stopped by a switch that is now back on: the page is being gated again.
      return { kind: "checking" };
  }
}

function checked(state: TabState, switchedOff: boolean): PopupStatus {
  const worst = sentencesOf(state.findings);
  const contradicted = [...worst.values()].filter((v) => v === "contradicted").length;
  return {
    kind: "checked",
    claims: new Set(state.findings.map((f) => f.claim)).size,
    sentences: worst.size,
    contradicted,
    disputed: worst.size - contradicted,
    anyway: switchedOff || state.about?.mesotherapy === false,
  };
}
