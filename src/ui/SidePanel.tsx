import { useState } from "preact/hooks";
import { claimContent } from "../ext/claims-content";
import type { PanelToContent, TabState } from "../ext/protocol";
import { sendFromPanel, sendPanelToContent } from "../ext/send";
import { Caveats } from "./Caveats";
import { Findings } from "./Findings";
import { Hidden } from "./Hidden";
import { Omissions } from "./Omissions";
import { strings, uiLang, type Strings } from "./i18n";
import { groupByClaim } from "./model";
import { Sources } from "./Sources";
import { Switches } from "./Switches";
import { useHostname, useTabId, useTabState } from "./useTab";

function emptyReason(state: TabState | null, t: Strings): string {
  switch (state?.status) {
    case "off-topic":
      return t.emptyOffTopic;
    case "site-off":
      return t.emptySiteOff;
    case "paused":
      return t.emptyPaused;
    case "checked":
      return t.emptyNothing;
    default:
      return t.emptyPending;
  }
}

export function SidePanel() {
  const lang = uiLang(browser.i18n.getUILanguage());
  const t = strings(lang);
  const db = claimContent();
  const tabId = useTabId();
  const state = useTabState(tabId);
  const hostname = useHostname(tabId, state);
  const [unreachable, setUnreachable] = useState(false);
  const groups = groupByClaim(state?.findings ?? [], db.claims);
  const sources = new Map(db.sources.map((s) => [s.file, s]));
  const send = (message: PanelToContent) => {
    if (tabId === null) return;
    sendPanelToContent(tabId, message).catch(() => setUnreachable(true));
  };
  // "Not a claim here" and its undo: the background stores it and tells the page.
  const setHidden = (id: number, hidden: boolean) => {
    if (tabId === null) return;
    void sendFromPanel({ type: "setHidden", tabId, id, hidden }).catch(() => setUnreachable(true));
  };
  // The background reaches a checker on the page, or injects one.
  const checkAnyway = () => {
    if (tabId === null) return;
    void sendFromPanel({ type: "checkAnyway", tabId })
      .then((ok: unknown) => ok !== true && setUnreachable(true))
      .catch(() => setUnreachable(true));
  };

  return (
    <main lang={lang}>
      <header class="summary">
        <h1>{t.title}</h1>
        <p>
          {state?.about
            ? state.about.mesotherapy
              ? t.aboutYes
              : t.aboutNo
            : emptyReason(state, t)}
        </p>
        {state?.truncatedAt !== undefined && (
          <p class="truncated">{t.truncated(state.truncatedAt)}</p>
        )}
        <Switches hostname={hostname} t={t} />
      </header>
      <Omissions
        topics={state?.omissions ?? []}
        content={db.omissions}
        sources={sources}
        lang={lang}
        t={t}
      />
      {groups.length ? (
        <Findings
          groups={groups}
          lang={lang}
          sources={sources}
          t={t}
          onShow={(id) => send({ type: "showFinding", id })}
          onHide={(id) => setHidden(id, true)}
        />
      ) : (
        <section class="empty">
          <p>{unreachable ? t.cannotCheck : emptyReason(state, t)}</p>
          {!unreachable && state?.status !== "checked" && (
            <button type="button" onClick={checkAnyway}>
              {t.checkAnyway}
            </button>
          )}
        </section>
      )}
      <Hidden
        hidden={state?.hidden ?? []}
        claims={db.claims}
        lang={lang}
        t={t}
        onUndo={(id) => setHidden(id, false)}
      />
      {(state?.about?.mesotherapy || groups.length > 0) && (
        <>
          <Caveats caveats={db.caveats} lang={lang} t={t} />
          <Sources sources={db.sources} lang={lang} t={t} />
        </>
      )}
      <footer>{t.notAdvice}</footer>
    </main>
  );
}
