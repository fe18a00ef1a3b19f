#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx mesocheck` works right after `npm ci`.
import { tsImport } from "tsx/esm/api";

await tsImport("../src/cli/run.ts", import.meta.url);
