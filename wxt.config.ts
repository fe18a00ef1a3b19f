import { defineConfig } from "wxt";
import preact from "@preact/preset-vite";

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: ".",
  // Extension pages support modulepreload natively: no polyfill, which would fetch().
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser }) => ({
    name: "MesoCheck",
    description: "__MSG_extDescription__",
    default_locale: "en",
    // scripting: the checker is injected only into pages the gate passes.
    permissions: browser === "firefox" ? ["storage"] : ["storage", "sidePanel", "scripting"],
    // The same hosts the content script runs on: lets the popup and side panel
    // read the active tab's address, without the broader "tabs" permission.
    host_permissions: ["http://*/*", "https://*/*"],
    browser_specific_settings:
      browser === "firefox"
        ? { gecko: { id: "mesocheck@example.org", data_collection_permissions: { required: ["none"] } } }
        : undefined,
  }),
});
