import { useId } from "preact/hooks";
import type { Strings } from "./i18n";
import { useSwitches } from "./useSwitches";

/**
 * "Check this site" and "Pause everywhere": real checkboxes with the switch
 * role, so their names are announced. The site's switch shows its own state
 * while paused, with a line (its description too) saying the pause overrides it.
 */
export function Switches({ hostname, t }: { hostname: string; t: Strings }) {
  const { site, paused, setSite, setPaused } = useSwitches(hostname);
  const overriddenId = useId();
  const overridden = paused && !!hostname;
  return (
    <div class="switches">
      <label class={hostname ? "" : "disabled"}>
        <input
          type="checkbox"
          role="switch"
          checked={site}
          disabled={!hostname}
          aria-describedby={overridden ? overriddenId : undefined}
          onChange={(e) => setSite(e.currentTarget.checked)}
        />
        <span>{t.checkSite}</span>
        {hostname && <span class="host">{hostname}</span>}
      </label>
      {overridden && (
        <p id={overriddenId} class="overridden">
          {t.siteOverridden}
        </p>
      )}
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={paused}
          onChange={(e) => setPaused(e.currentTarget.checked)}
        />
        <span>{t.pauseEverywhere}</span>
      </label>
    </div>
  );
}
