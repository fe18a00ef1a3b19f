import { defineConfig } from "vitest/config";

// End-to-end tests in real Chromium: one file at a time, generous timeouts.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
