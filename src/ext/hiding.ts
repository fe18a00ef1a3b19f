// "Not a claim here" in the background: a finding the reader hides leaves the
// tab's findings (badge, panel, popup) for its `hidden` list and is stored
// (src/ext/dismissed.ts), so later checks of the page leave it out; undo
// stores and lists it no more, and has the page checked again to bring its
// highlight back.
import { dismiss, dismissalsOf, isDismissed, undismiss, type Dismissal } from "./dismissed";
import type { FindingView, TabState } from "./protocol";
import { sendToContent, type Messaging } from "./send";
import type { TabStore } from "./tab-store";

export interface DismissalStore {
  of(url: string): Promise<Dismissal[]>;
  add(url: string, d: Dismissal): Promise<void>;
  remove(url: string, finding: { text: string; claim: string }): Promise<void>;
}

/** The dismissals in extension storage. */
export const storedDismissals: DismissalStore = {
  of: dismissalsOf,
  add: dismiss,
  remove: undismiss,
};

/** A check's findings split into those to show and those the reader hid on the page. */
export function splitHidden<F extends { text: string; claim: string }>(
  findings: readonly F[],
  dismissed: readonly Dismissal[],
): { shown: F[]; hidden: F[] } {
  const shown: F[] = [];
  const hidden: F[] = [];
  for (const f of findings) (isDismissed(dismissed, f) ? hidden : shown).push(f);
  return { shown, hidden };
}

export class Hiding {
  constructor(
    private readonly store: TabStore,
    private readonly messaging: Messaging,
    private readonly dismissals: DismissalStore = storedDismissals,
  ) {}

  /**
   * Hides a finding of the tab's page. `fromPage`: the page checker took its
   * highlight off already (the note's button); from the panel, it is told to.
   * False when the tab has no such finding shown.
   */
  async hide(tabId: number, id: number, fromPage: boolean): Promise<boolean> {
    const state = await this.store.get(tabId);
    const finding = state?.findings.find((f) => f.id === id);
    if (!state || !finding) return false;
    await this.dismissals.add(state.url, dismissalOf(finding));
    await this.store.publish(tabId, {
      ...state,
      findings: state.findings.filter((f) => f !== finding),
      hidden: [...(state.hidden ?? []), finding],
    });
    if (!fromPage)
      await sendToContent(tabId, { type: "hideFinding", id }, this.messaging).catch(() => {});
    return true;
  }

  /** Undoes a hiding; the page checker checks the page again and the finding returns with a new id. */
  async restore(tabId: number, id: number): Promise<boolean> {
    const state = await this.store.get(tabId);
    const finding = state?.hidden?.find((f) => f.id === id);
    if (!state || !finding) return false;
    await this.dismissals.remove(state.url, finding);
    const next: TabState = { ...state, hidden: state.hidden!.filter((f) => f !== finding) };
    await this.store.publish(tabId, next);
    await sendToContent(
      tabId,
      { type: "restoreFinding", claim: finding.claim, text: finding.text },
      this.messaging,
    ).catch(() => {});
    return true;
  }
}

function dismissalOf({ text, claim, lang, verdict }: FindingView): Dismissal {
  return { text, claim, lang, verdict };
}
