import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { checkReadiness } from "../../server/readiness.js";
import { freePort } from "../support/free-port.js";
import { testDriver, testNeo4j } from "../support/test-neo4j.js";

describe("readiness", () => {
  const driver = testDriver();
  const { uri, database } = testNeo4j();
  afterAll(() => driver.close());

  it("is ready when Neo4j answers and the graph is loaded", async () => {
    expect(await checkReadiness({ driver, uri, database }, async () => true)).toEqual({
      ready: true,
      neo4j: "up",
      graph: "loaded",
      warm: "done",
    });
  });

  it("is not ready while the page's first questions are being asked", async () => {
    expect(await checkReadiness({ driver, uri, database }, async () => true, "warming")).toEqual({
      ready: false,
      neo4j: "up",
      graph: "loaded",
      warm: "warming",
    });
  });

  it("is not ready while the graph is not loaded", async () => {
    expect(await checkReadiness({ driver, uri, database }, async () => false)).toEqual({
      ready: false,
      neo4j: "up",
      graph: "empty",
      warm: "done",
    });
  });

  it("says DATABASE_UNAVAILABLE within 2 s when nothing answers", async () => {
    const deadUri = `bolt://127.0.0.1:${await freePort()}`;
    const dead = neo4j.driver(deadUri, neo4j.auth.basic("neo4j", ""));
    const started = Date.now();
    const report = await checkReadiness({ driver: dead, uri: deadUri, database }, async () => true);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(report).toEqual({
      ready: false,
      neo4j: "down",
      graph: "unknown",
      warm: "done",
      code: "DATABASE_UNAVAILABLE",
    });
    await dead.close();
  });
});
