// Scaling out: reads go out in read mode (a cluster routes them to secondaries), through a
// routing (neo4j://) URI, sharing the driver's bookmarks so a replica reads its own writes.
import { graphql } from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../core/config.js";
import { createDriver } from "../../core/neo4j/connect-neo4j.js";
import { GraphReader } from "../../server/graph/graph-reader.js";
import { buildSchema } from "../../server/schema.js";
import { testNeo4j } from "../support/test-neo4j.js";

const neo = testNeo4j();
const routingUri = neo.uri.replace(/^bolt:/, "neo4j:");

/** Records the access mode of every session and query the code under test opens. */
function recording(driver: Driver) {
  const modes: string[] = [];
  const proxy = new Proxy(driver, {
    get(target, key, receiver) {
      if (key === "session") {
        return (config: { defaultAccessMode?: string }) => {
          modes.push(config?.defaultAccessMode ?? "WRITE");
          return target.session(config as never);
        };
      }
      if (key === "executeQuery") {
        return (query: string, params: unknown, config: { routing?: string }) => {
          modes.push(config?.routing ?? "WRITE");
          return target.executeQuery(query, params as never, config as never);
        };
      }
      const value = Reflect.get(target, key, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { driver: proxy, modes };
}

describe("reads against a cluster", () => {
  const driver = createDriver(
    routingUri,
    loadConfig({ NEO4J_URI: routingUri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password }).neo4j,
  );
  afterAll(() => driver.close());

  it("accepts a routing URI (neo4j://, neo4j+s:// for Aura) and answers through it", async () => {
    const reader = new GraphReader({ driver, database: neo.database });
    await expect(reader.run("RETURN 1 AS one", {})).resolves.toEqual([{ one: 1 }]);
  });

  it("sends the who-works-with-whom queries in read mode", async () => {
    const { driver: spy, modes } = recording(driver);
    await new GraphReader({ driver: spy, database: neo.database }).sources();
    expect(modes).toEqual([neo4j.routing.READ]);
  });

  it("sends generated queries in read mode", async () => {
    const { driver: spy, modes } = recording(driver);
    const schema = await buildSchema({ driver: spy, database: neo.database });
    const read = await graphql({
      schema,
      source: "{ organisations(limit: 1) { id } }",
      contextValue: { sessionConfig: { database: neo.database } },
    });
    expect(read.errors).toBeUndefined();
    expect(modes.at(-1)).toBe(neo4j.session.READ);
  });
});
