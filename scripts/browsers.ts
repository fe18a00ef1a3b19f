// The browsers the end-to-end tests and the demo drive: Debian's Chromium
// (with its Russian locale, for the Russian UI test) and Firefox ESR. Run
// first by `npm test` and `npm run demo`: a missing browser is installed
// where we can (as root, the same Debian packages .ci/run names), or the run
// stops at once with the one command to run, instead of failing deep inside a
// test. Prints the versions it found, so every run says what it tested with.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

interface Need {
  what: string;
  path: string;
  packages: string[];
}

export const NEEDS: Need[] = [
  { what: "Chromium", path: "/usr/lib/chromium/chromium", packages: ["chromium"] },
  {
    what: "Chromium's Russian locale",
    path: "/usr/lib/chromium/locales/ru.pak",
    packages: ["chromium-l10n"],
  },
  { what: "Firefox ESR", path: "/usr/bin/firefox-esr", packages: ["firefox-esr"] },
];

export const INSTALL = `apt-get install -y ${NEEDS.flatMap((n) => n.packages).join(" ")}`;

const missing = () => NEEDS.filter((n) => !existsSync(n.path));

function version(command: string): string {
  try {
    return execFileSync(command, ["--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return `${command}: no version`;
  }
}

/** Installs what is missing where it can; returns what is still missing. */
export function ensureBrowsers(log: (line: string) => void = console.log): Need[] {
  let absent = missing();
  const isRoot = process.getuid?.() === 0;
  if (absent.length && isRoot && existsSync("/usr/bin/apt-get")) {
    const packages = [...new Set(absent.flatMap((n) => n.packages))];
    log(
      `Installing Debian's ${packages.join(", ")} (missing: ${absent.map((n) => n.what).join(", ")})`,
    );
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", ...packages], { stdio: "inherit", env });
    absent = missing();
  }
  return absent;
}

// Run as a script: install or stop, then say the versions.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const absent = ensureBrowsers();
  if (absent.length) {
    console.error(`Missing: ${absent.map((n) => `${n.what} (${n.path})`).join(", ")}.`);
    console.error(`Install Debian's browsers first, as root:  ${INSTALL}`);
    process.exit(1);
  }
  console.log(`Browsers: ${version("/usr/bin/chromium")}; ${version("/usr/bin/firefox-esr")}`);
}
