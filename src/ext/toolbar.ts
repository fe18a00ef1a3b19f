// The toolbar button: each tab's badge counts its findings once checked; while
// MesoCheck is paused everywhere the button shows the paused icon and title,
// and no count, whatever a tab's state (a page checked anyway included).
import type { TabState } from "./protocol";

/** `action` (Chrome MV3) or `browserAction` (Firefox MV2): the same calls. */
export interface ActionApis {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setIcon(details: { path: Record<string, string> }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

export const BADGE_COLOR = "#b3261e";
/** Paths from the extension's root (public/), which both browsers resolve from the background. */
export const ICON = { "16": "icon/16.png", "32": "icon/32.png" };
export const PAUSED_ICON = { "16": "icon-paused/16.png", "32": "icon-paused/32.png" };

/** The badge of a tab: its count of findings when checked, nothing otherwise or while paused. */
export function badgeText(state: TabState | undefined, paused: boolean): string {
  if (paused || state?.status !== "checked" || !state.findings.length) return "";
  return String(state.findings.length);
}

export interface Titles {
  active: string;
  paused: string;
}

export class Toolbar {
  /** A promise, so a tab shown before the first read of the pause waits for it. */
  private paused: Promise<boolean>;

  constructor(
    private readonly action: ActionApis,
    private readonly titles: Titles,
    readPaused: () => Promise<boolean>,
  ) {
    this.paused = readPaused().catch(() => false);
    // The icon set before a restart of the background stays, but not across a browser restart: set it again.
    void this.paused.then((p) => (p ? this.showPaused(true) : undefined));
  }

  isPaused(): Promise<boolean> {
    return this.paused;
  }

  async showTab(tabId: number, state: TabState | undefined): Promise<void> {
    const text = badgeText(state, await this.paused);
    // A closed tab's badge is no error.
    await this.action.setBadgeText({ tabId, text }).catch(() => {});
    if (text)
      await this.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }).catch(() => {});
  }

  /** The pause switched: the icon and title now; the caller shows each open tab again. */
  async setPaused(paused: boolean): Promise<void> {
    this.paused = Promise.resolve(paused);
    await this.showPaused(paused);
  }

  private async showPaused(paused: boolean): Promise<void> {
    await Promise.all([
      this.action.setIcon({ path: paused ? PAUSED_ICON : ICON }),
      this.action.setTitle({ title: paused ? this.titles.paused : this.titles.active }),
    ]).catch((e: unknown) => console.debug("MesoCheck: could not set the toolbar icon", e));
  }
}
