import { defineConfig } from "vitest/config";

// End-to-end tests drive a real Chromium against the built site: one file at a time, generous
// timeouts (DuckDB-wasm's 34 MB wasm is compiled on each page load).
export default defineConfig({
  test: {
    // The JSON report lets .ci/run print one closing "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "tests/.tmp/e2e.json" }]],
    include: ["tests/e2e/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
