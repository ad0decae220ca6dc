import { defineConfig } from "vitest/config";

// Integration tests run the command-line tools as separate processes and kill them at random
// moments (at least 20 runs each): most of their time is process start-up, so they are kept
// apart from the in-process unit tests, which stay fast to run while editing.
export default defineConfig({
  test: {
    // The JSON report lets .ci/run print one closing "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "tests/.tmp/integration.json" }]],
    include: ["tests/integration/**/*.test.ts"],
    testTimeout: 120_000,
  },
});
