import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// Node (and so the server) loads graphql's CommonJS build, as @neo4j/graphql does; Vite would
// pick its .mjs build for test files, and two copies of graphql refuse each other's types.
const graphqlAlias = [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") }];

export default defineConfig({
  resolve: { alias: graphqlAlias },
  test: {
    // The suites share one database and two cores; files run one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ["default"],
    projects: [
      {
        // Pure logic, the translation snapshots and the contract checks: no Java, Neo4j or Chromium.
        resolve: { alias: graphqlAlias },
        test: { name: "unit", include: ["test/unit/**/*.test.ts"] },
      },
      {
        // One Neo4j for the run (NEO4J_URI, else Testcontainers, else the local Neo4j), the real
        // server, and for the browser tests the page in viz/dist, rebuilt when its sources changed.
        resolve: { alias: graphqlAlias },
        test: {
          name: "neo4j",
          include: ["test/integration/**/*.test.ts", "test/browser/**/*.test.ts"],
          globalSetup: ["test/support/global-setup.ts", "test/support/build-page.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
