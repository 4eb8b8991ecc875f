import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Node (and so the server) loads graphql's CommonJS build, as @neo4j/graphql does; Vite would
    // pick its .mjs build for test files, and two copies of graphql refuse each other's types.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") }],
  },
  test: {
    // One Neo4j for the whole run: NEO4J_URI, else Testcontainers, else the local Neo4j; and the
    // page in viz/dist, rebuilt when its sources changed.
    globalSetup: ["test/support/global-setup.ts", "test/support/build-page.ts"],
    include: ["test/**/*.test.ts"],
    // The suites share one database and two cores; files run one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ["default"],
  },
});
