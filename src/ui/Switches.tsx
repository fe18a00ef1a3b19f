import { useEffect, useState } from "preact/hooks";
import { isPaused, isSiteEnabled, setPaused, setSiteEnabled, watchSettings } from "../ext/settings";
import type { Strings } from "./i18n";

/** "Check this site" and "Pause everywhere": real checkboxes with the switch role, so their names are announced. */
export function Switches({ hostname, t }: { hostname: string; t: Strings }) {
  const [site, setSite] = useState(true);
  const [paused, setPausedState] = useState(false);
  useEffect(() => {
    const read = () => {
      void isPaused().then(setPausedState);
      if (hostname) void isSiteEnabled(hostname).then(setSite);
    };
    read();
    return watchSettings(hostname || "-", read);
  }, [hostname]);
  return (
    <div class="switches">
      <label class={hostname ? "" : "disabled"}>
        <input
          type="checkbox"
          role="switch"
          checked={site}
          disabled={!hostname}
          onChange={(e) => void setSiteEnabled(hostname, e.currentTarget.checked)}
        />
        <span>{t.checkSite}</span>
        {hostname && <span class="host">{hostname}</span>}
      </label>
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={paused}
          onChange={(e) => void setPaused(e.currentTarget.checked)}
        />
        <span>{t.pauseEverywhere}</span>
      </label>
    </div>
  );
}
