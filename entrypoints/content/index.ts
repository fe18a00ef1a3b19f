// The gate, on every page (src/content/gate.ts): only a page about
// mesotherapy, with its switches on, gets the page checker.
import { startGate } from "@/src/content/gate";
import "@/src/content/highlights.css";

export default defineContentScript({
  matches: ["http://*/*", "https://*/*"],
  runAt: "document_idle",
  // WXT's announcement to other copies of this script is a DOM event alone:
  // a window message would reach the page's own listeners.
  noScriptStartedPostMessage: true,
  main: startGate,
});
