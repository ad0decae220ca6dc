import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The JSON report lets .ci/run print one closing "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "tests/.tmp/unit.json" }]],
    include: ["tests/unit/**/*.test.ts"],
    // Generous: CI machines are shared; speed is measured in npm run bench, not here.
    testTimeout: 30_000,
  },
});
