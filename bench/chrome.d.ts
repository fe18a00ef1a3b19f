// Code passed to worker.evaluate() runs in the extension's service worker,
// where `chrome` is the extension API; typed with WXT's browser types.
declare const chrome: typeof import("@wxt-dev/browser").Browser;
