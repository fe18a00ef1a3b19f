import { defineConfig } from "vitest/config";

// End-to-end tests in real Chromium: one file at a time, generous timeouts.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    fileParallelism: false,
    // A timeout is no assertion: it only ends a test that hangs, so it is set for a
    // slow, loaded machine (one core), where the 5 MB page alone takes a minute.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
