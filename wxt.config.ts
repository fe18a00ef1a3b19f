import { defineConfig } from "wxt";
import preact from "@preact/preset-vite";
import type { Plugin } from "vite";
import { lazyCompromiseSource } from "./scripts/lazy-compromise";
import { loadClaims } from "./src/cli/load-claims";
import { embeddedClaims } from "./src/engine/embed";
import { claimContentOf } from "./src/ext/claim-text";

/**
 * zod compiles object parsers with `new Function` where it may, after probing
 * for it. Extension pages forbid eval (the probe itself is a CSP violation
 * report), and addons.mozilla.org's linter flags it. Here the probe answers
 * no and the compiler is gone, so the builds hold no eval at all. If a zod
 * release changes these lines, the build fails here rather than quietly.
 */
function zodWithoutEval(): Plugin {
  const edits: Array<[RegExp, RegExp, string]> = [
    [
      /zod[\\/]v4[\\/]core[\\/]util\.js$/,
      /const F = Function;\s*new F\(""\);\s*return true;/,
      "return false;",
    ],
    [
      /zod[\\/]v4[\\/]core[\\/]doc\.js$/,
      /const F = Function;/,
      'throw new Error("zod: compiled parsers are disabled in MesoCheck");',
    ],
  ];
  return {
    name: "mesocheck:zod-without-eval",
    enforce: "pre",
    transform(code, id) {
      const edit = edits.find(([file]) => file.test(id));
      if (!edit) return null;
      if (!edit[1].test(code))
        throw new Error(
          `zodWithoutEval: ${id} no longer has the code this build removes; check the zod upgrade`,
        );
      return code.replace(edit[1], edit[2]);
    },
  };
}

/**
 * Preact sets innerHTML for `dangerouslySetInnerHTML`, which MesoCheck never
 * uses: that one assignment becomes an error, so no text (a page's, or a
 * claim's) can ever reach innerHTML in the side panel or the popup, and
 * addons.mozilla.org's linter has nothing to flag.
 */
function preactWithoutInnerHtml(): Plugin {
  const assignment = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/;
  return {
    name: "mesocheck:preact-without-innerhtml",
    enforce: "pre",
    transform(code, id) {
      if (!/preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      if (!assignment.test(code))
        throw new Error(
          `preactWithoutInnerHtml: ${id} no longer has the assignment this build removes; check the preact upgrade`,
        );
      return code.replace(
        assignment,
        '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in MesoCheck")})()',
      );
    },
  };
}

/**
 * `mesocheck:claims` (src/claims-module.d.ts): the claims database, validated
 * and compiled here, at build time, and embedded as JSON text, as the CLI's
 * bundle does (scripts/build-cli.ts). The background parses it on waking
 * instead of running zod and the pattern compiler over every rule. A
 * malformed claims file fails the build with its file and field.
 */
function embedClaims(): Plugin {
  const modules: Record<string, () => string> = {
    "mesocheck:claims": () =>
      `import { fromJson } from "/src/engine/serialize.ts";\nlet decoded;\nexport const db = () => (decoded ??= fromJson(${JSON.stringify(embeddedClaims(loadClaims()))}));\n`,
    // What the side panel shows of the claims (src/ext/claims-content.ts): their words and evidence, no rules or examples.
    "mesocheck:claim-content": () =>
      `export const content = ${JSON.stringify(claimContentOf(loadClaims()))};\n`,
  };
  return {
    name: "mesocheck:embed-claims",
    resolveId: (source) => (source in modules ? `\0${source}` : null),
    load(id) {
      const make = id.startsWith("\0") ? modules[id.slice(1)] : undefined;
      if (!make) return null;
      for (const file of ["claims", "claims/lexicon"]) this.addWatchFile(file);
      return make();
    },
  };
}

/** compromise, evaluated on its first call (scripts/lazy-compromise.ts). */
function lazyCompromise(): Plugin {
  const id = "\0mesocheck:lazy-compromise";
  return {
    name: "mesocheck:lazy-compromise",
    enforce: "pre",
    resolveId: (source) => (source === "compromise" ? id : null),
    load: (loaded) => (loaded === id ? lazyCompromiseSource() : null),
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: ".",
  // Extension pages support modulepreload natively: no polyfill, which would fetch().
  vite: () => ({
    plugins: [
      preact(),
      zodWithoutEval(),
      preactWithoutInnerHtml(),
      embedClaims(),
      lazyCompromise(),
    ],
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: "MesoCheck",
    description: "__MSG_extDescription__",
    default_locale: "en",
    // scripting: the checker is injected only into pages the gate passes.
    permissions: browser === "firefox" ? ["storage"] : ["storage", "sidePanel", "scripting"],
    // The same hosts the content script runs on: lets the popup and side panel
    // read the active tab's address, without the broader "tabs" permission.
    host_permissions: ["http://*/*", "https://*/*"],
    // Next / previous finding on the page (src/ext/commands.ts); both browsers accept
    // Alt+Shift with Comma or Period, and the reader can change them in the browser.
    commands: {
      "next-finding": {
        suggested_key: { default: "Alt+Shift+Period" },
        description: "__MSG_commandNextFinding__",
      },
      "previous-finding": {
        suggested_key: { default: "Alt+Shift+Comma" },
        description: "__MSG_commandPreviousFinding__",
      },
    },
    browser_specific_settings:
      browser === "firefox"
        ? {
            gecko: {
              id: "mesocheck@example.org",
              data_collection_permissions: { required: ["none"] },
            },
          }
        : undefined,
  }),
});
