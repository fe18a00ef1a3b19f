// The checker, injected by the background into pages the gate passed:
// extraction, highlights, notes, and following the page and the switches.
import { ContentScriptContext } from "wxt/utils/content-script-context";
import { startPage } from "@/src/content/page";

export default defineUnlistedScript(() => {
  const world = globalThis as unknown as Record<string, boolean>;
  // No window message announcing the script: the page's own listeners would get it.
  startPage(new ContentScriptContext("checker", { noScriptStartedPostMessage: true }), world.__mesocheckForce === true);
});
