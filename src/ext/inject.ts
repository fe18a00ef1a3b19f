// Running our scripts in a page: the gate again (open pages after an update,
// a single-page site's navigation), the page checker once the gate passed,
// and "check this page anyway".
import { sendToContent, type Messaging } from "./send";

/** The built files (entrypoints/): the gate, the page checker, and the flag that forces a check. */
export const GATE_FILE = "/content-scripts/content.js";
export const PAGE_CHECKER_FILE = "/checker.js";
export const FORCE_FILE = "/force-check.js";

/** Chrome MV3 has `scripting`; Firefox's MV2 build has `tabs.executeScript`. */
export interface ScriptingApis {
  scripting?: {
    executeScript(o: {
      target: { tabId: number; frameIds: number[] };
      files: string[];
    }): Promise<unknown>;
  };
  tabs: { executeScript?(tabId: number, o: { file: string; frameId: number }): Promise<unknown> };
}

/** Runs the files in a frame, in order. False where the page cannot take them (browser pages, closed tabs). */
export async function inject(
  api: ScriptingApis,
  tabId: number,
  frameId: number,
  files: readonly string[],
): Promise<boolean> {
  try {
    if (api.scripting)
      await api.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: [...files],
      });
    else for (const file of files) await api.tabs.executeScript?.(tabId, { file, frameId });
    return true;
  } catch (e) {
    console.debug("MesoCheck: could not inject", files, e);
    return false;
  }
}

/** A page checker already on the page checks again, forced; otherwise one is injected, forced. */
export async function checkAnyway(api: ScriptingApis & Messaging, tabId: number): Promise<boolean> {
  const handled: unknown = await sendToContent(tabId, { type: "checkAnyway" }, api).catch(
    () => false,
  );
  if (handled === true) return true;
  return inject(api, tabId, 0, [FORCE_FILE, PAGE_CHECKER_FILE]);
}
