// The background's wiring: which message goes to which service, and the
// browser events it follows. The services take the browser APIs they use, so
// tests run all of this on WXT's fakeBrowser.
import type { ClaimsDb } from "../engine/claims";
import { Checks } from "./checks";
import { Hiding } from "./hiding";
import { checkAnyway, GATE_FILE, inject, PAGE_CHECKER_FILE, type ScriptingApis } from "./inject";
import { PAUSED_KEY } from "./keys";
import { migrateSettings, type StorageArea } from "./migrate";
import { openPanel, type PanelApis } from "./panel";
import { ContentToBackground, PanelToBackground } from "./protocol";
import type { Messaging } from "./send";
import { TabStore, uncheckedState, type SessionArea } from "./tab-store";
import { Toolbar, type ActionApis } from "./toolbar";
import { strings, uiLang } from "../ui/i18n";

interface Event<L> {
  addListener(listener: L): void;
}

interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** The browser as the background uses it: `browser`, or a test's fake. */
export type BackgroundApis = Messaging &
  ScriptingApis &
  PanelApis & {
    runtime: {
      id: string;
      getURL(path: string): string;
      onMessage: Event<(message: unknown, sender: Sender) => Promise<unknown> | undefined>;
      onStartup: Event<() => void>;
      onInstalled: Event<() => void>;
    };
    tabs: {
      query(q: { url?: string[] }): Promise<Array<{ id?: number; discarded?: boolean }>>;
      onUpdated: Event<(tabId: number, change: { url?: string }) => void>;
      onRemoved: Event<(tabId: number) => void>;
    };
    storage: {
      local: StorageArea & { get(key: string): Promise<Record<string, unknown>> };
      session?: SessionArea;
      onChanged: Event<(changes: Record<string, { newValue?: unknown }>, area: string) => void>;
    };
    /** Chrome MV3 has `action`; Firefox's MV2 build has `browserAction`. */
    action?: ActionApis;
    browserAction?: ActionApis;
    i18n: { getUILanguage(): string };
  };

export function startBackground(
  api: BackgroundApis,
  claimsDb: () => ClaimsDb,
): { store: TabStore; toolbar: Toolbar } {
  const ui = uiLang(api.i18n.getUILanguage());
  const t = strings(ui);
  const toolbar = new Toolbar(
    (api.action ?? api.browserAction)!,
    { active: t.title, paused: t.toolbarPaused },
    async () => (await api.storage.local.get(PAUSED_KEY))[PAUSED_KEY] === true,
  );
  const store = new TabStore({ session: api.storage.session, toolbar, messaging: api });
  const checks = new Checks(store, claimsDb, ui);
  const hiding = new Hiding(store, api);
  const ownPages = api.runtime.getURL("/");

  api.runtime.onMessage.addListener((raw, sender) => {
    // Only our own pages and content scripts; web pages and other extensions are ignored.
    if (sender.id !== api.runtime.id) return undefined;
    // Our own pages (side panel, popup) send one set of messages, content scripts the other.
    if (sender.url?.startsWith(ownPages)) {
      const parsed = PanelToBackground.safeParse(raw);
      if (!parsed.success) return dropped(parsed.error.issues[0]);
      const msg = parsed.data;
      switch (msg.type) {
        case "getTabState":
          return store.get(msg.tabId).then((s) => s ?? null);
        case "checkAnyway":
          return checkAnyway(api, msg.tabId);
        case "setHidden":
          return msg.hidden
            ? hiding.hide(msg.tabId, msg.id, false)
            : hiding.restore(msg.tabId, msg.id);
      }
    }
    const parsed = ContentToBackground.safeParse(raw);
    if (!parsed.success) return dropped(parsed.error.issues[0]);
    const msg = parsed.data;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    switch (msg.type) {
      case "check":
        return checks.check(tabId, msg);
      case "status":
        void store.publish(tabId, uncheckedState(msg.url, msg.status));
        return undefined;
      case "removed":
        void store.removeFindings(tabId, new Set(msg.ids));
        return undefined;
      case "loadChecker":
        // The gate passed: give this frame the page checker. The top frame's
        // page is being checked from now on (the popup says so).
        if (!sender.frameId && sender.url)
          void store.publish(tabId, uncheckedState(sender.url, "pending"));
        void inject(api, tabId, sender.frameId ?? 0, [PAGE_CHECKER_FILE]);
        // Once the injection is asked for: the engine's start-up overlaps the checker's.
        if (msg.lang) setTimeout(() => checks.prepare(msg.lang!), 0);
        return undefined;
      case "openPanel":
        void openPanel(api, tabId)?.catch(() => {});
        return undefined;
      case "dismiss":
        // Hidden on the page by its note: stored, and out of the tab's findings (badge, panel).
        void hiding.hide(tabId, msg.id, true);
        return undefined;
    }
  });

  // The switches' stored layout, brought up to date before anything else reads it.
  const migrate = () =>
    void migrateSettings(api.storage.local).catch((e: unknown) =>
      console.error("MesoCheck: settings migration failed", e),
    );
  api.runtime.onStartup.addListener(migrate);
  api.runtime.onInstalled.addListener(migrate);
  // Installed or updated while pages are open: the manifest's gate reaches only
  // pages loaded from now on, so the open ones get it now. (An updated
  // extension's old page checkers clean up after themselves: src/content/page-checker.ts.)
  api.runtime.onInstalled.addListener(() => {
    void api.tabs.query({ url: ["http://*/*", "https://*/*"] }).then((tabs) => {
      for (const tab of tabs)
        if (tab.id !== undefined && !tab.discarded) void inject(api, tab.id, 0, [GATE_FILE]);
    });
  });

  // A single-page site's navigation replaces the text without a new document,
  // and the gate, which keeps no listeners, stopped there: gate the new address.
  api.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    void store.get(tabId).then((state) => {
      if (state?.status === "off-topic" && state.url !== change.url)
        void inject(api, tabId, 0, [GATE_FILE]);
    });
  });

  api.tabs.onRemoved.addListener((tabId) => store.forget(tabId));

  // Paused or resumed everywhere: the toolbar's icon, and every open tab's
  // badge (a page checked anyway keeps its state, but shows no count while paused).
  api.storage.onChanged.addListener((changes, area) => {
    if (area !== "local" || !(PAUSED_KEY in changes)) return;
    void toolbar.setPaused(changes[PAUSED_KEY]!.newValue === true).then(async () => {
      for (const tab of await api.tabs.query({}))
        if (tab.id !== undefined) await toolbar.showTab(tab.id, await store.get(tab.id));
    });
  });
  return { store, toolbar };
}

function dropped(issue: unknown): undefined {
  console.debug("MesoCheck: dropped a malformed message", issue);
  return undefined;
}
