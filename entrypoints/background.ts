// Runs the engine off the page's main thread, keeps each tab's findings, sets
// the badge and tells the side panel when a tab's state changes.
import { createChecker, type Checker } from "@/src/engine/engine";
import { claimsDb } from "@/src/ext/claims-data";
import { ToBackground, type CheckReply, type TabState } from "@/src/ext/messages";
import { migrateSettings } from "@/src/ext/migrate";
import { toReply } from "@/src/ext/reply";

type Check = Extract<ToBackground, { type: "check" }>;

export default defineBackground(() => {
  let checker: Checker | undefined;
  // Tab states live in memory and in session storage, which outlives the
  // service worker being stopped when idle.
  const states = new Map<number, TabState>();
  const key = (tabId: number) => `mesocheck-tab-${tabId}`;

  async function stateOf(tabId: number): Promise<TabState | undefined> {
    const known = states.get(tabId);
    if (known) return known;
    const stored = (await browser.storage.session?.get(key(tabId)))?.[key(tabId)] as TabState | undefined;
    if (stored) states.set(tabId, stored);
    return stored;
  }

  // Chrome MV3 has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  async function publish(tabId: number, state: TabState): Promise<void> {
    states.set(tabId, state);
    await browser.storage.session?.set({ [key(tabId)]: state }).catch(() => {});
    const count = state.findings.length;
    await action.setBadgeText({ tabId, text: count ? String(count) : "" }).catch(() => {});
    if (count) await action.setBadgeBackgroundColor({ tabId, color: "#b3261e" }).catch(() => {});
    // No side panel open is not an error.
    await browser.runtime.sendMessage({ type: "tabChanged", tabId, state }).catch(() => {});
  }

  function hostnameOf(url: string): string {
    try {
      return new URL(url).hostname;
    } catch {
      return "";
    }
  }

  async function check(tabId: number, msg: Check): Promise<CheckReply> {
    checker ??= createChecker(claimsDb());
    const previous = msg.reset ? undefined : await stateOf(tabId);
    const result = checker.check(msg.blocks, { force: true, signals: msg.signals });
    const about = previous?.about ?? result.about;
    const claims = new Map(claimsDb().claims.map((c) => [c.claim.id, c.claim]));
    const firstId = previous ? Math.max(-1, ...previous.findings.map((f) => f.id)) + 1 : 0;
    const findings = toReply(result, claims, msg.first, firstId);
    const state: TabState = {
      url: msg.url,
      hostname: hostnameOf(msg.url),
      status: "checked",
      about,
      truncatedAt: msg.truncatedAt ?? previous?.truncatedAt,
      findings: [...(previous?.findings ?? []), ...findings.map(({ id, claim, verdict, text, lang, order }) => ({ id, claim, verdict, text, lang, order }))],
    };
    await publish(tabId, state);
    return { about, findings };
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    // Only our own pages and content scripts; web pages and other extensions are ignored.
    if (sender.id !== browser.runtime.id) return;
    const parsed = ToBackground.safeParse(raw);
    if (!parsed.success) {
      console.debug("MesoCheck: dropped a malformed message", parsed.error.issues[0]);
      return;
    }
    const msg = parsed.data;
    const tabId = sender.tab?.id;
    switch (msg.type) {
      case "check":
        return tabId === undefined ? undefined : check(tabId, msg);
      case "status":
        if (tabId !== undefined) void publish(tabId, { url: msg.url, hostname: hostnameOf(msg.url), status: msg.status, about: null, findings: [], gateMs: msg.gateMs });
        return;
      case "removed":
        if (tabId !== undefined) void removeFindings(tabId, new Set(msg.ids));
        return;
      case "loadChecker":
        if (tabId !== undefined) void injectChecker(tabId, sender.frameId ?? 0);
        return;
      case "openPanel":
        if (tabId !== undefined) void openPanel(tabId);
        return;
      case "getTabState":
        return stateOf(msg.tabId).then((s) => s ?? null);
      case "checkAnyway":
        return checkAnyway(msg.tabId);
    }
  });

  /** A checker already on the page checks again, forced; otherwise one is injected, forced. */
  async function checkAnyway(tabId: number): Promise<boolean> {
    const handled: unknown = await browser.tabs.sendMessage(tabId, { type: "checkAnyway" }).catch(() => false);
    if (handled === true) return true;
    return inject(tabId, 0, ["/force-check.js", "/checker.js"]);
  }

  // Installed or updated while pages are open: the manifest's gate reaches only
  // pages loaded from now on, so the open ones get it now. (An updated
  // extension's old checkers clean up after themselves: src/content/page.ts.)
  // The switches' stored layout, brought up to date before anything else reads it.
  const migrate = () => void migrateSettings(browser.storage.local).catch((e: unknown) => console.error("MesoCheck: settings migration failed", e));
  browser.runtime.onStartup.addListener(migrate);
  browser.runtime.onInstalled.addListener(migrate);
  browser.runtime.onInstalled.addListener(() => {
    void browser.tabs.query({ url: ["http://*/*", "https://*/*"] }).then((tabs) => {
      for (const tab of tabs) if (tab.id !== undefined && !tab.discarded) void inject(tab.id, 0, ["/content-scripts/content.js"]);
    });
  });

  // A single-page site's navigation replaces the text without a new document,
  // and the gate, which keeps no listeners, stopped there: gate the new address.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    void stateOf(tabId).then((state) => {
      if (state?.status === "off-topic" && state.url !== change.url) void inject(tabId, 0, ["/content-scripts/content.js"]);
    });
  });

  async function removeFindings(tabId: number, ids: Set<number>): Promise<void> {
    const state = await stateOf(tabId);
    if (state) await publish(tabId, { ...state, findings: state.findings.filter((f) => !ids.has(f.id)) });
  }

  /** The gate passed on this page: give it the checker. */
  function injectChecker(tabId: number, frameId: number): Promise<boolean> {
    return inject(tabId, frameId, ["/checker.js"]);
  }

  /** Runs our scripts in a frame, in order. Chrome MV3 has `scripting`; Firefox's MV2 build has `tabs.executeScript`. */
  async function inject(tabId: number, frameId: number, files: string[]): Promise<boolean> {
    const api = browser as unknown as {
      scripting?: { executeScript(o: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown> };
      tabs: { executeScript?(tabId: number, o: { file: string; frameId: number }): Promise<unknown> };
    };
    try {
      if (api.scripting) await api.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files });
      else for (const file of files) await api.tabs.executeScript?.(tabId, { file, frameId });
      return true;
    } catch (e) {
      console.debug("MesoCheck: could not inject", files, e);
      return false;
    }
  }

  async function openPanel(tabId: number): Promise<void> {
    const api = browser as unknown as { sidePanel?: { open(o: { tabId: number }): Promise<void> }; sidebarAction?: { open(): Promise<void> } };
    await (api.sidePanel?.open({ tabId }) ?? api.sidebarAction?.open())?.catch(() => {});
  }

  browser.tabs.onRemoved.addListener((tabId) => {
    states.delete(tabId);
    void browser.storage.session?.remove(key(tabId));
  });
});
