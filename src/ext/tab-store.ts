// Each tab's state: in memory, and in session storage, which outlives the
// service worker being stopped when idle. Publishing a state also shows it on
// the toolbar button (src/ext/toolbar.ts) and tells any open side panel.
import { tabKey } from "./keys";
import type { PageStatus, TabState } from "./protocol";
import { sendToPanels, type Messaging } from "./send";
import type { Toolbar } from "./toolbar";

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface TabStoreApis {
  /** Absent where the browser has no session storage: memory alone. */
  session: SessionArea | undefined;
  toolbar: Pick<Toolbar, "showTab">;
  messaging: Messaging;
}

export function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}

/** The state of a page that is not checked (off-topic, switched off, paused): no findings. */
export function uncheckedState(url: string, status: PageStatus): TabState {
  return { url, hostname: hostnameOf(url), status, about: null, findings: [] };
}

export class TabStore {
  private readonly states = new Map<number, TabState>();

  constructor(private readonly api: TabStoreApis) {}

  async get(tabId: number): Promise<TabState | undefined> {
    const known = this.states.get(tabId);
    if (known) return known;
    const key = tabKey(tabId);
    const stored = (await this.api.session?.get(key))?.[key] as TabState | undefined;
    if (stored) this.states.set(tabId, stored);
    return stored;
  }

  /** The last state's way out (storage, toolbar, panels): each waits for the one before. */
  private out: Promise<void> = Promise.resolve();

  /**
   * The tab's state, known at once to get(); then stored, shown on the toolbar
   * and sent to the panels, in the order states were published: a status or
   * a removal, which the background does not wait for, cannot let an older
   * state's badge land after a newer one's.
   */
  publish(tabId: number, state: TabState): Promise<void> {
    this.states.set(tabId, state);
    // A state that failed to go out does not hold back the next.
    this.out = this.out
      .then(() => this.send(tabId, state))
      .catch((e: unknown) => console.debug("MesoCheck: could not publish a tab's state", e));
    return this.out;
  }

  /** Resolves once every state published so far is stored, shown and sent. */
  settled(): Promise<void> {
    return this.out;
  }

  private async send(tabId: number, state: TabState): Promise<void> {
    await this.api.session?.set({ [tabKey(tabId)]: state }).catch(() => {});
    await this.api.toolbar.showTab(tabId, state);
    // No side panel open is not an error.
    await sendToPanels({ type: "tabChanged", tabId, state }, this.api.messaging).catch(() => {});
  }

  /** Findings whose text left the page. */
  async removeFindings(tabId: number, ids: ReadonlySet<number>): Promise<void> {
    const state = await this.get(tabId);
    if (state)
      await this.publish(tabId, {
        ...state,
        findings: state.findings.filter((f) => !ids.has(f.id)),
      });
  }

  /** The tab closed. */
  forget(tabId: number): void {
    this.states.delete(tabId);
    void this.api.session?.remove(tabKey(tabId));
  }
}
