// On every page: the topic check, then (on a mesotherapy page only) the
// per-site switch and the global pause. Only a page that passes both gets the
// checker (entrypoints/checker.ts), injected by the background. A page that is
// not about mesotherapy costs one slice of its text and one message: no
// storage read, no listeners. "Check anyway" and single-page navigation on
// such pages are the background's to handle.
import { pageTopic } from "@/src/content/gate";
import { readSwitchesRaw } from "@/src/content/switches";
import "@/src/content/highlights.css";

const LOADED = "__mesocheckLoaded";
// The address this world last gated: the background may inject this script
// again after a single-page navigation, racing the manifest's own injection.
const GATED = "__mesocheckGated";
// Set by the checker: whether its extension context is still alive.
const LIVE = "__mesocheckLive";

export default defineContentScript({
  matches: ["http://*/*", "https://*/*"],
  runAt: "document_idle",
  // WXT's announcement to other copies of this script is a DOM event alone:
  // a window message would reach the page's own listeners.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // gateMs, this script's own main-thread time on the page (for npm run bench:page),
    // counts from here: the WXT context is ours too.
    let firstStart: number | undefined = performance.now();
    const world = globalThis as unknown as Record<string, unknown>;
    const send = (status: string, gateMs: number) => void browser.runtime.sendMessage({ type: "status", url: location.href, status, gateMs }).catch(() => {});
    let watching = false;
    let spent = 0;
    // After an update this script may share its world with the old one's
    // marks: the old gate clears its own when the new one starts (WXT tells it);
    // a checker is asked whether its extension is still there.
    const checkerLoaded = () => world[LOADED] === true && (typeof world[LIVE] !== "function" || (world[LIVE] as () => boolean)());
    ctx.onInvalidated(() => {
      world[GATED] = undefined;
    });

    async function gate(): Promise<void> {
      // Injected again while the new document is still loading: the manifest's run comes later.
      if (checkerLoaded() || world[GATED] === location.href || document.readyState === "loading") return;
      world[GATED] = location.href;
      let started = firstStart ?? performance.now();
      firstStart = undefined;
      const onTopic = pageTopic(document).topic.mesotherapy;
      spent += performance.now() - started;
      if (!onTopic) return send("off-topic", spent);
      const switches = await readSwitchesRaw(location.hostname);
      started = performance.now();
      if (switches.paused || !switches.site) {
        watchSwitches();
        spent += performance.now() - started;
        return send(switches.paused ? "paused" : "site-off", spent);
      }
      world[LOADED] = true;
      void browser.runtime.sendMessage({ type: "loadChecker" }).catch(() => {});
    }

    // Switched off or paused on a mesotherapy page: gate again when switched back on.
    function watchSwitches(): void {
      if (watching) return;
      watching = true;
      const onStorage = () => {
        world[GATED] = undefined;
        void gate();
      };
      browser.storage.onChanged.addListener(onStorage);
      ctx.onInvalidated(() => {
        try {
          browser.storage.onChanged.removeListener(onStorage);
        } catch {
          // The extension's APIs throw once its context is gone; the listener went with it.
        }
      });
    }

    void gate();
  },
});
