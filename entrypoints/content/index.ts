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
    const send = (status: string) => void browser.runtime.sendMessage({ type: "status", url: location.href, status }).catch(() => {});

    async function gate(): Promise<void> {
      if (world[LOADED]) return;
      const switches = await readSwitchesRaw(location.hostname);
      if (switches.paused || !switches.site) return send(switches.paused ? "paused" : "site-off");
      if (!pageTopic(document).topic.mesotherapy) return send("off-topic");
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
