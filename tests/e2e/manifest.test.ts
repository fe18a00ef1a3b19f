// The built manifests, pinned: permissions, hosts, scripts and content security
// policy for Chrome and Firefox. A change here is a change users are asked to
// accept (or a store reviewer questions), so it has to be deliberate.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { ROOT } from "../../scripts/chromium";

const OUT = {
  chrome: join(ROOT, ".output/chrome-mv3"),
  firefox: join(ROOT, ".output/firefox-mv2"),
};
type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: Array<Record<string, unknown>>;
};
const manifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Manifest;

beforeAll(() => {
  // npm test builds both first; run alone, build what is missing.
  if (!existsSync(join(OUT.chrome, "manifest.json")))
    execFileSync("npx", ["wxt", "build"], { cwd: ROOT, stdio: "inherit" });
  if (!existsSync(join(OUT.firefox, "manifest.json")))
    execFileSync("npx", ["wxt", "build", "-b", "firefox"], { cwd: ROOT, stdio: "inherit" });
}, 180_000);

const GATE = [
  {
    matches: ["http://*/*", "https://*/*"],
    run_at: "document_idle",
    css: ["content-scripts/content.css"],
    js: ["content-scripts/content.js"],
  },
];
/** Next / previous finding (src/ext/commands.ts), in both browsers. */
const COMMANDS = {
  "next-finding": {
    suggested_key: { default: "Alt+Shift+Period" },
    description: "__MSG_commandNextFinding__",
  },
  "previous-finding": {
    suggested_key: { default: "Alt+Shift+Comma" },
    description: "__MSG_commandPreviousFinding__",
  },
};
const ICONS = {
  "16": "icon/16.png",
  "32": "icon/32.png",
  "48": "icon/48.png",
  "128": "icon/128.png",
};

describe("Chrome MV3 manifest", () => {
  it("asks for storage, the side panel and scripting, and http(s) hosts only", () => {
    const m = manifest(OUT.chrome);
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(["storage", "sidePanel", "scripting"]);
    expect(m.host_permissions).toEqual(["http://*/*", "https://*/*"]);
    expect(m.optional_permissions).toBeUndefined();
    expect(m.content_scripts).toEqual(GATE);
    expect(m.background).toEqual({ service_worker: "background.js" });
    expect(m.commands).toEqual(COMMANDS);
    expect(m.icons).toEqual(ICONS);
  });

  it("exposes nothing to pages and keeps the default content security policy", () => {
    const m = manifest(OUT.chrome);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    // No policy set means Chrome's MV3 default: script-src 'self', no eval, no remote code.
    expect(m.content_security_policy).toBeUndefined();
  });
});

describe("Firefox MV2 manifest", () => {
  it("asks for storage and http(s) hosts only, and declares no data collection", () => {
    const m = manifest(OUT.firefox);
    expect(m.manifest_version).toBe(2);
    expect(m.permissions).toEqual(["storage", "http://*/*", "https://*/*"]);
    expect(m.optional_permissions).toBeUndefined();
    expect(m.content_scripts).toEqual(GATE);
    expect(m.background).toEqual({ scripts: ["background.js"] });
    expect(m.browser_specific_settings).toEqual({
      gecko: { id: "mesocheck@example.org", data_collection_permissions: { required: ["none"] } },
    });
    expect(m.sidebar_action).toEqual({
      default_panel: "sidepanel.html",
      default_title: "MesoCheck",
    });
    expect(m.commands).toEqual(COMMANDS);
    expect(m.icons).toEqual(ICONS);
  });

  it("exposes nothing to pages and keeps the default content security policy", () => {
    const m = manifest(OUT.firefox);
    expect(m.web_accessible_resources).toBeUndefined();
    // MV2's default is "script-src 'self'; object-src 'self'": no eval, no remote script.
    expect(m.content_security_policy).toBeUndefined();
  });
});

/** Every file of a build, relative to it. */
function files(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, base) : [path.slice(base.length + 1)];
  });
}

describe.each(Object.entries(OUT))("%s build", (_name, dir) => {
  it("loads no remote code: every script and style in its HTML is a local file", () => {
    for (const page of files(dir).filter((f) => f.endsWith(".html"))) {
      const html = readFileSync(join(dir, page), "utf8");
      const refs = [...html.matchAll(/<(?:script|link)\s[^>]*?(?:src|href)="([^"]*)"/g)].map(
        (m) => m[1]!,
      );
      expect(refs.length, page).toBeGreaterThan(0);
      for (const ref of refs) {
        expect(ref, `${page}: ${ref}`).not.toMatch(/^(?:[a-z]+:)?\/\//i);
        expect(existsSync(join(dir, ref.replace(/^\//, ""))), `${page}: ${ref}`).toBe(true);
      }
    }
  });

  it("imports no script from the network, fetches nothing, evaluates no string and assigns no innerHTML", () => {
    const found: string[] = [];
    for (const script of files(dir).filter((f) => f.endsWith(".js"))) {
      const code = readFileSync(join(dir, script), "utf8");
      // Remote imports, any API that makes a request, eval, and innerHTML assignments (see wxt.config.ts).
      for (const m of code.matchAll(
        /(?:importScripts|\bimport)\(\s*["'`]https?:|\b(?:fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|eval)\s*\(|\bnew\s+Function\b|=\s*Function\b|\.innerHTML\s*=[^=]/g,
      )) {
        found.push(`${script}: …${code.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
      }
    }
    expect(found).toEqual([]);
  });
});
