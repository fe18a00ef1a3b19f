// The background: runs the engine off the page's main thread, keeps each tab's
// findings, sets the badge and tells the side panel (src/ext/background.ts).
import { startBackground, type BackgroundApis } from "@/src/ext/background";
import { claimsDb } from "@/src/ext/claims-data";

export default defineBackground(() => {
  startBackground(browser as unknown as BackgroundApis, claimsDb);
});
