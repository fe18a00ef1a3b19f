// The tab a panel describes, and its state from the background.
import { useEffect, useState } from "preact/hooks";
import type { TabState } from "../ext/protocol";
import { PanelIncoming, PanelTabState } from "../ext/protocol-mini";
import { sendFromPanel } from "../ext/send";

/** `?tabId=N` pins a tab (tests open the panel as a tab); otherwise the active tab, followed as it changes. */
export function useTabId(): number | null {
  const pinned = Number(new URLSearchParams(location.search).get("tabId"));
  const [tabId, setTabId] = useState<number | null>(
    Number.isInteger(pinned) && pinned > 0 ? pinned : null,
  );
  useEffect(() => {
    if (pinned) return;
    const refresh = () =>
      void browser.tabs
        .query({ active: true, currentWindow: true })
        .then(([tab]) => setTabId(tab?.id ?? null));
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    return () => browser.tabs.onActivated.removeListener(refresh);
  }, [pinned]);
  return tabId;
}

export function useTabState(tabId: number | null): TabState | null {
  const [state, setState] = useState<TabState | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    const load = () =>
      void sendFromPanel({ type: "getTabState", tabId })
        .then((raw) => {
          const parsed = PanelTabState.safeParse(raw);
          if (live) setState(parsed.success ? parsed.data : null);
        })
        .catch(() => live && setState(null));
    load();
    const onMessage = (raw: unknown, sender: { id?: string }) => {
      // Only our own background; other messages of ours (to the background) are not for the panel.
      if (
        sender.id !== browser.runtime.id ||
        (raw as { type?: unknown } | null)?.type !== "tabChanged"
      )
        return;
      const msg = PanelIncoming.safeParse(raw);
      if (!msg.success)
        return console.debug("MesoCheck: dropped a malformed tabChanged", msg.error.issues[0]);
      if (msg.data.tabId === tabId) setState(msg.data.state);
    };
    const onUpdated = (id: number, change: { status?: string }) =>
      id === tabId && change.status === "complete" && load();
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);
  return state;
}

/** The tab's hostname: from the background's state, else from the tab itself. */
export function useHostname(tabId: number | null, state: TabState | null): string {
  const [hostname, setHostname] = useState("");
  useEffect(() => {
    if (state?.hostname) return setHostname(state.hostname);
    if (tabId === null) return;
    void browser.tabs.get(tabId).then((tab) => {
      try {
        const url = new URL(tab.url ?? "");
        setHostname(url.protocol.startsWith("http") ? url.hostname : "");
      } catch {
        setHostname("");
      }
    });
  }, [tabId, state?.hostname]);
  return hostname;
}
