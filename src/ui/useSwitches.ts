// The two switches as stored, followed as they change (here or in another view).
// A flip shows at once: the view's own state changes with the click, before
// storage answers, so a render in between (findings arriving) cannot undo it.
import { useEffect, useState } from "preact/hooks";
import {
  isPaused,
  isSiteEnabled,
  setPaused as storePaused,
  setSiteEnabled,
  watchSettings,
} from "../ext/settings";

export interface SwitchesState {
  /** The site's own switch, whatever the pause: the pause overrides it, it does not change it. */
  site: boolean;
  paused: boolean;
}

export interface SwitchControls extends SwitchesState {
  setSite(on: boolean): void;
  setPaused(on: boolean): void;
}

export function useSwitches(hostname: string): SwitchControls {
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
  return {
    site,
    paused,
    setSite: (on) => {
      setSite(on);
      void setSiteEnabled(hostname, on);
    },
    setPaused: (on) => {
      setPaused(on);
      void storePaused(on);
    },
  };
}
