import { openPanel as open, type PanelApis } from "../ext/panel";
import type { Strings } from "./i18n";
import { strings, uiLang } from "./i18n";
import { Switches } from "./Switches";
import { useHostname, useTabId, useTabState } from "./useTab";

function status(t: Strings, found: number | null, about: boolean | null): string {
  if (about === false) return t.aboutNo;
  return found === null ? t.emptyPending : t.findings(found);
}

export function Popup() {
  const t = strings(uiLang(browser.i18n.getUILanguage()));
  const tabId = useTabId();
  const state = useTabState(tabId);
  const hostname = useHostname(tabId, state);
  const openPanel = () => {
    // Called inside the click: opening a panel needs the user's gesture.
    void open(browser as unknown as PanelApis, tabId)?.then(() => window.close());
  };
  return (
    <main class="popup">
      <h1>{t.title}</h1>
      <p>
        {status(
          t,
          state?.status === "checked" ? state.findings.length : null,
          state?.about ? state.about.mesotherapy : null,
        )}
      </p>
      <Switches hostname={hostname} t={t} />
      <button type="button" onClick={openPanel}>
        {t.openPanel}
      </button>
      <footer>{t.notAdvice}</footer>
    </main>
  );
}
