// Translation snapshots in the style of neo4j/graphql's TCK: for every shipped example and every
// hand-written who-works-with-whom query, the Cypher and parameters the server runs, captured
// without a database. A change to any of them shows in review as a change to a file in cypher/.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { graphql } from "graphql";
import { describe, expect, it } from "vitest";
import { buildSchema, schemaDir } from "../../../server/schema.js";
import { type Captured, capturingDriver, formatCaptured } from "../../support/capture-cypher.js";

const examplesDir = join(schemaDir, "examples");
const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith(".graphql"))
  .sort();

/** Each hand-written query with the arguments that take it down each of its branches. */
const networkQueries: Record<string, string> = {
  "network-all-time": "{ network { nodes { key } edges { key } } }",
  "network-as-of-filtered": `{ network(asOf: "2021-06-01", nodeTypes: [Service], kinds: ["NHS trust"], relationshipTypes: [PROVIDES]) { nodes { key } } }`,
  "network-focus": `{ network(focus: "elft", depth: 2, asOf: "2023-01-01") { nodes { key } edges { key } } }`,
  "network-summary": `{ networkSummary(asOf: "2021-06-01") { groups { key } } }`,
  "network-summary-focus": `{ networkSummary(focus: "elft", depth: 1) { groups { count } } }`,
  neighbourhood: `{ neighbourhood(id: "barts-health", depth: 2, asOf: "2015-01-01") { nodes { key } } }`,
  paths: `{ paths(from: "healthwatch-tower-hamlets", to: "barts-health", maxLength: 3, asOf: "2023-01-01") { length } }`,
  "shared-connections": `{ sharedConnections(a: "elft", b: "barts-health") { node { key } } }`,
  timeline: `{ timeline(id: "gp-care-group") { date } }`,
  changes: `{ changes(from: "2021-12-31", to: "2023-12-31") { from } }`,
  centrality: `{ centrality(asOf: "2023-01-01") { degree } }`,
  search: `{ search(text: "barts hea", first: 5, after: "c2VhcmNoOjU") { totalCount edges { node { key } } } }`,
  kinds: "{ kinds { name count } }",
  node: `{ node(id: "elft") { id ... on Organisation { name partnerIn { name } } } }`,
};

const captured: Captured[] = [];
// One schema for every case (building it takes a second); each capture starts from an empty record.
const schema = await buildSchema({ driver: capturingDriver(captured), queryTimeoutMs: 10_000 });

async function captureOf(source: string): Promise<string> {
  captured.length = 0;
  const executionContext = {
    // @neo4j/graphql's generated queries run in the transaction it is given; record them too.
    run: async (cypher: string, params: Record<string, unknown>) => {
      if (cypher.includes("dbms.components()"))
        return { records: [["5.26.19", "community"]], summary: { counters: { updates: () => ({}) } } };
      captured.push({ cypher, params });
      return { records: [], summary: { counters: { updates: () => ({}), containsUpdates: () => false } } };
    },
  };
  await graphql({ schema, source, contextValue: { executionContext } });
  expect(captured.length, "the operation ran no Cypher").toBeGreaterThan(0);
  return formatCaptured(captured);
}

describe("the Cypher each query runs (translation snapshots)", () => {
  it.each(examples)("schema/examples/%s", async (name) => {
    const source = readFileSync(join(examplesDir, name), "utf8");
    await expect(await captureOf(source)).toMatchFileSnapshot(
      join(import.meta.dirname, "cypher", name.replace(/\.graphql$/, ".cypher")),
    );
  });

  it.each(Object.entries(networkQueries))("%s", async (name, source) => {
    await expect(await captureOf(source)).toMatchFileSnapshot(join(import.meta.dirname, "cypher", `${name}.cypher`));
  });
});
