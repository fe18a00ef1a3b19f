// vitest globalSetup: the CLI tests run the built bundle (bin/mesocheck.js ->
// dist/mesocheck.cjs), so it is built here from the current sources first,
// as `npm ci` (the `prepare` script) builds it.
import { buildCli } from "../../scripts/build-cli";

export default async function setup(): Promise<void> {
  await buildCli();
}
