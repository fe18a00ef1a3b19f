// The entry of the CLI bundle (dist/mesocheck.cjs, built by scripts/build-cli.ts
// and started by bin/mesocheck.js). The claims database is embedded by the
// build, validated and compiled.
import { db } from "mesocheck:claims";
import { main } from "./main";

export function run(): void {
  process.exitCode = main(process.argv.slice(2), { loadDb: () => db });
}
