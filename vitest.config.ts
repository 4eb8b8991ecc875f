import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // One Neo4j for the whole run: NEO4J_URI, else Testcontainers, else the local Neo4j.
    globalSetup: ["test/support/global-setup.ts"],
    include: ["test/**/*.test.ts"],
    // The suites share one database and two cores; files run one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ["default"],
  },
});
