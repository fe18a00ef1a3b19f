import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing/vitest-plugin";

export default defineConfig({
  // WXT's plugin gives tests the fake browser (storage, runtime) that wxt/* expects.
  plugins: [WxtVitest()],
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    testTimeout: 20_000,
    // Builds the CLI bundle that tests/cli/ runs as a child process.
    globalSetup: ["tests/cli/build.setup.ts"],
  },
});
