// The page checker, injected by the background into pages the gate passed
// (src/content/page-checker.ts).
import { ContentScriptContext } from "wxt/utils/content-script-context";
import { startPageChecker } from "@/src/content/page-checker";
import { world } from "@/src/content/world";

export default defineUnlistedScript(() => {
  // No window message announcing the script: the page's own listeners would get it.
  startPageChecker(
    new ContentScriptContext("checker", { noScriptStartedPostMessage: true }),
    world.__mesocheckForce === true,
  );
});
