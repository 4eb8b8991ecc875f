import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isolationId, testDriver, testNeo4j } from "../support/test-neo4j.js";

describe("the test run's Neo4j", () => {
  let driver: Driver;
  const run = isolationId("neo4j-int");
  const database = testNeo4j().database;

  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.executeQuery("MATCH (n:TestScratch {run: $run}) DETACH DELETE n", { run }, { database });
    await driver.close();
  });

  it("is Neo4j 5.26", async () => {
    const { records } = await driver.executeQuery(
      "CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version",
      {},
      { database },
    );
    expect(records[0]?.get("name")).toBe("Neo4j Kernel");
    expect(records[0]?.get("version")).toMatch(/^5\.26\./);
  });

  it("writes and reads back through Bolt", async () => {
    await driver.executeQuery(
      "CREATE (:TestScratch {run: $run, name: $name})",
      { run, name: "'}) DETACH DELETE n //" },
      { database },
    );
    const { records } = await driver.executeQuery(
      "MATCH (n:TestScratch {run: $run}) RETURN n.name AS name",
      { run },
      { database },
    );
    expect(records.map((r) => r.get("name"))).toEqual(["'}) DETACH DELETE n //"]);
  });

  it("has APOC core, as @neo4j/graphql needs", async () => {
    const { records } = await driver.executeQuery(
      "RETURN apoc.date.convertFormat('2016-04-01', 'yyyy-MM-dd', 'dd/MM/yyyy') AS converted",
      {},
      { database },
    );
    expect(records[0]?.get("converted")).toBe("01/04/2016");
    // validatePredicate throws with the given message when its predicate holds.
    await expect(
      driver.executeQuery("RETURN apoc.util.validatePredicate(true, 'Forbidden %s', ['here']) AS v", {}, { database }),
    ).rejects.toThrow(/Forbidden here/);
    const ok = await driver.executeQuery(
      "RETURN apoc.util.validatePredicate(false, 'never', []) AS v",
      {},
      { database },
    );
    expect(ok.records[0]?.get("v")).toBe(true);
  });
});
