import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The JSON report lets .ci/run print one closing "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "tests/.tmp/unit.json" }]],
    include: ["tests/unit/**/*.test.ts"],
    // Tests that build every table read GLOTIP's 105,000 rows (about 2 s alone, far more on a
    // shared 2-core machine): vitest's 5 s default fails them for the machine's load, not a bug.
    testTimeout: 60_000,
    // Vitest leaves one core free by default, which on a 2-core machine means one worker; the
    // slowest files (bad inputs, fault injection) mostly wait on child processes, so two overlap.
    maxWorkers: 2,
    // The test files share no mocks or global state, so each worker imports the loaders once.
    isolate: false,
  },
});
