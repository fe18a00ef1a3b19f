import { useEffect, useState } from "preact/hooks";
import { openPanel as open, type PanelApis } from "../ext/panel";
import { sendFromPanel } from "../ext/send";
import type { Strings } from "./i18n";
import { strings, uiLang } from "./i18n";
import { popupStatus, type PopupStatus } from "./popup-status";
import { Switches } from "./Switches";
import { useHostname, useTabId, useTabState } from "./useTab";
import { useSwitches } from "./useSwitches";

function words(t: Strings, s: PopupStatus): string[] {
  switch (s.kind) {
    case "cannot-check":
      return [t.popupCannotCheck];
    case "not-yet":
      return [t.popupNotYet];
    case "checking":
      return [t.popupChecking];
    case "off-topic":
      return [t.popupOffTopic];
    case "site-off":
      return [t.popupSiteOff];
    case "paused":
      return [t.popupPaused];
    case "checked":
      return [
        s.sentences ? t.popupChecked(s.claims, s.sentences) : t.popupCheckedNone,
        ...(s.sentences ? [t.popupVerdicts(s.contradicted, s.disputed)] : []),
        ...(s.anyway ? [t.popupCheckedAnyway] : []),
      ];
  }
}

/** Whether the tab is a web page MesoCheck can reach (http or https); null until known. Without the "tabs" permission, other pages' addresses are not even given. */
function useWebPage(tabId: number | null): boolean | null {
  const [web, setWeb] = useState<boolean | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    void browser.tabs
      .get(tabId)
      .then((tab) => setWeb(/^https?:/.test(tab.url ?? "")))
      .catch(() => setWeb(false));
  }, [tabId]);
  return web;
}

export function Popup() {
  const lang = uiLang(browser.i18n.getUILanguage());
  const t = strings(lang);
  const tabId = useTabId();
  const state = useTabState(tabId);
  const hostname = useHostname(tabId, state);
  const switches = useSwitches(hostname);
  const webPage = useWebPage(tabId);
  const [unreachable, setUnreachable] = useState(false);
  const status = popupStatus({ webPage, state, paused: switches.paused, siteOn: switches.site });
  const openPanel = () => {
    // Called inside the click: opening a panel needs the user's gesture.
    void open(browser as unknown as PanelApis, tabId)?.then(() => window.close());
  };
  // The background reaches a checker on the page, or injects one (as the side panel's button).
  const checkAnyway = () => {
    if (tabId === null) return;
    void sendFromPanel({ type: "checkAnyway", tabId })
      .then((ok: unknown) => setUnreachable(ok !== true))
      .catch(() => setUnreachable(true));
  };
  const stopped = ["off-topic", "site-off", "paused"].includes(status.kind);
  return (
    <main class="popup" lang={lang}>
      <h1>{t.title}</h1>
      <div class="status" role="status">
        {(unreachable ? [t.cannotCheck] : words(t, status)).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {stopped && !unreachable && (
        <button type="button" onClick={checkAnyway}>
          {t.checkAnyway}
        </button>
      )}
      <Switches hostname={hostname} t={t} />
      <button type="button" onClick={openPanel}>
        {t.openPanel}
      </button>
      <footer>{t.notAdvice}</footer>
    </main>
  );
}
