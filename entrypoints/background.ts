// The background: runs the engine off the page's main thread, keeps each tab's
// findings, sets the badge and tells the side panel (src/ext/background.ts);
// and follows the keyboard commands (src/ext/commands.ts).
import { startBackground, type BackgroundApis } from "@/src/ext/background";
import { claimsDb } from "@/src/ext/claims-data";
import { listenToCommands, type CommandApis } from "@/src/ext/commands";

export default defineBackground(() => {
  startBackground(browser as unknown as BackgroundApis, claimsDb);
  const command = listenToCommands(browser as unknown as CommandApis);
  // What a keyboard shortcut runs, for the end-to-end tests: no browser lets
  // automation press an extension's shortcut. Only the extension's own pages see this global.
  (globalThis as { mesocheckCommand?: typeof command }).mesocheckCommand = command;
});
