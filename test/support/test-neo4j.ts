// What the global setup hands every test file: how to reach the run's Neo4j, and whether the
// run owns it (only then may a test clear or replace the whole graph).
import neo4j, { type Driver } from "neo4j-driver";
import { inject } from "vitest";

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** False for a user's NEO4J_URI unless THT_TEST_DANGEROUSLY_WIPE_NEO4J_URI=true. */
  ownsDatabase: boolean;
  origin: "NEO4J_URI" | "testcontainers" | "local";
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export function testNeo4j(): TestNeo4j {
  return inject("neo4j");
}

export function testDriver(): Driver {
  const { uri, user, password } = testNeo4j();
  return neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
}

/** A value no other test uses: tag a test's nodes with it to find and remove just those. */
export function isolationId(name: string): string {
  return `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
