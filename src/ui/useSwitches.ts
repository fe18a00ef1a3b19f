// The two switches as stored, followed as they change (here or in another view).
import { useEffect, useState } from "preact/hooks";
import { isPaused, isSiteEnabled, watchSettings } from "../ext/settings";

export interface SwitchesState {
  /** The site's own switch, whatever the pause: the pause overrides it, it does not change it. */
  site: boolean;
  paused: boolean;
}

export function useSwitches(hostname: string): SwitchesState {
  const [site, setSite] = useState(true);
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    const read = () => {
      void isPaused().then(setPaused);
      if (hostname) void isSiteEnabled(hostname).then(setSite);
    };
    read();
    return watchSettings(hostname || "-", read);
  }, [hostname]);
  return { site, paused };
}
