// On every page: the per-site switch and the global pause, then the topic
// check. Only a page that passes both gets the checker (entrypoints/checker.ts),
// injected by the background; every other page costs this small script alone.
import { pageTopic } from "@/src/content/gate";
import { readSwitchesRaw } from "@/src/content/switches";
import "./highlights.css";

const LOADED = "__mesocheckLoaded";

export default defineContentScript({
  matches: ["http://*/*", "https://*/*"],
  runAt: "document_idle",
  main(ctx) {
    const world = globalThis as unknown as Record<string, boolean>;
    const load = (force: boolean) => {
      if (world[LOADED]) return;
      world[LOADED] = true;
      world.__mesocheckForce = force;
      void browser.runtime.sendMessage({ type: "loadChecker" }).catch(() => {});
    };
    // gateMs: this script's own main-thread time on the page, for npm run bench:page.
    const send = (status: string, gateMs: number) => void browser.runtime.sendMessage({ type: "status", url: location.href, status, gateMs }).catch(() => {});

    async function gate(): Promise<void> {
      if (world[LOADED]) return;
      let started = performance.now();
      const reading = readSwitchesRaw(location.hostname);
      let spent = performance.now() - started;
      const switches = await reading;
      started = performance.now();
      if (switches.paused || !switches.site) return send(switches.paused ? "paused" : "site-off", spent + performance.now() - started);
      const about = pageTopic(document).topic.mesotherapy;
      spent += performance.now() - started;
      if (!about) return send("off-topic", spent);
      load(false);
    }

    // "Check this page anyway" from the side panel; a switch turned back on.
    const onMessage = (raw: unknown, sender: { id?: string }) => {
      if (sender.id === browser.runtime.id && (raw as { type?: unknown } | null)?.type === "checkAnyway") load(true);
    };
    browser.runtime.onMessage.addListener(onMessage);
    const onStorage = () => void gate();
    browser.storage.onChanged.addListener(onStorage);
    ctx.addEventListener(window, "wxt:locationchange", () => void gate());
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onStorage);
    });
    void gate();
  },
});
