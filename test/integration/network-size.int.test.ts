// Level of detail against the seed graph in the real Neo4j: `network` refuses more than
// NETWORK_MAX_ELEMENTS (set small here, so the seed graph is "national size") with
// NETWORK_TOO_LARGE, counted before anything is read; focused and filtered networks under the
// limit still answer; `networkSummary` counts what a direct Cypher count does, date by date.
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../support/start-app.js";
import { startTestApp } from "../support/test-app.js";
import { testDriver, testNeo4j } from "../support/test-neo4j.js";

const limit = 40;

interface Group {
  id: string;
  nodeType: string;
  kind: string;
  label: string;
  count: number;
}
interface Link {
  id: string;
  source: string;
  target: string;
  type: string;
  count: number;
}
type Summary = { groups: Group[]; links: Link[] };
type Extensions = { code?: string; elements?: number; limit?: number; nodes?: number; edges?: number };

const variables =
  "$asOf: Date, $nodeTypes: [NodeType!], $kinds: [String!], $types: [RelationshipType!], $focus: ID, $depth: Int";
const args =
  "asOf: $asOf, nodeTypes: $nodeTypes, kinds: $kinds, relationshipTypes: $types, focus: $focus, depth: $depth";
const summaryQuery = /* GraphQL */ `query (${variables}) {
  networkSummary(${args}) {
    groups { id: key nodeType kind label count }
    links { id: key source target type count }
  }
}`;
const networkQuery = /* GraphQL */ `query (${variables}) {
  network(${args}) {
    nodes { id: key nodeType kind } edges { id: key source target type }
  }
}`;

describe.skipIf(!testNeo4j().ownsDatabase)("network size: NETWORK_TOO_LARGE and networkSummary", () => {
  let app: RunningApp;
  let driver: Driver;
  beforeAll(async () => {
    // startTestApp loads the seed when the run's database lacks it; the limited app reads the same graph.
    await (await startTestApp()).close();
    app = await startApp({ NETWORK_MAX_ELEMENTS: String(limit) });
    driver = testDriver();
  });
  afterAll(async () => {
    await app?.close();
    await driver?.close();
  });

  const cypher = async <T>(query: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(query, params, { database: testNeo4j().database })).records.map(
      (r) => r.toObject() as T,
    );
  /** The unlimited network, as the bulk export (which the limit leaves alone) gives it. */
  const exported = async (query: string) => {
    const answer = await app.fetch(`/export/network.cyjs${query}`);
    expect(answer.status).toBe(200);
    const json = JSON.parse(answer.text) as { elements: { nodes: unknown[]; edges: unknown[] } };
    return json.elements.nodes.length + json.elements.edges.length;
  };
  const network = (variables: Record<string, unknown>) =>
    app.gql(networkQuery, variables) as Promise<{
      status: number;
      json: {
        data?: { network: { nodes: { id: string }[]; edges: { id: string }[] } } | null;
        errors?: { message: string; extensions?: Extensions }[];
      };
    }>;
  const summary = async (variables: Record<string, unknown> = {}) => {
    const answer = await app.gql(summaryQuery, variables);
    expect(answer.json.errors).toBeUndefined();
    return (answer.json.data as { networkSummary: Summary }).networkSummary;
  };

  it("refuses the whole seed graph with NETWORK_TOO_LARGE, its count and the limit, and reads nothing", async () => {
    const [direct] = await cypher<{ nodes: number; edges: number }>(
      `CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
       CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS edges }
       RETURN nodes, edges`,
    );
    const answer = await network({});
    expect(answer.status).toBe(200);
    expect(answer.json.data).toEqual({ network: null });
    const error = answer.json.errors?.[0];
    expect(error?.extensions).toMatchObject({
      code: "NETWORK_TOO_LARGE",
      elements: (direct?.nodes ?? 0) + (direct?.edges ?? 0),
      nodes: direct?.nodes,
      edges: direct?.edges,
      limit,
    });
    expect(error?.extensions?.elements).toBeGreaterThan(limit);
    expect(error?.extensions?.elements).toBe(await exported(""));
    expect(error?.message).toMatch(/focus on an organisation.*filter.*networkSummary/);
  });

  it("counts with the same date and filters as the network it refuses", async () => {
    for (const [variables, query] of [
      [{ asOf: "2021-06-01" }, "?asOf=2021-06-01"],
      [
        { nodeTypes: ["Organisation", "Service"], types: ["PROVIDES"] },
        "?nodeTypes=Organisation,Service&relationshipTypes=PROVIDES",
      ],
      [{ focus: "tht", depth: 3 }, "?focus=tht&depth=3"],
    ] as const) {
      const answer = await network(variables);
      const expected = await exported(query);
      expect(expected, query).toBeGreaterThan(limit);
      expect(answer.json.errors?.[0]?.extensions, query).toMatchObject({
        code: "NETWORK_TOO_LARGE",
        elements: expected,
        limit,
      });
    }
  });

  it("still answers a focused network under the limit, and a filtered one", async () => {
    const focused = await network({ focus: "healthwatch-tower-hamlets", depth: 1 });
    expect(focused.json.errors).toBeUndefined();
    const { nodes, edges } = focused.json.data?.network ?? { nodes: [], edges: [] };
    expect(nodes).toHaveLength(6);
    expect(nodes.length + edges.length).toBeLessThanOrEqual(limit);
    expect(nodes.length + edges.length).toBe(await exported("?focus=healthwatch-tower-hamlets&depth=1"));
    const trusts = await network({ kinds: ["NHS trust"] });
    expect(trusts.json.errors).toBeUndefined();
    expect(trusts.json.data?.network.nodes.map((n) => n.id).sort()).toEqual(["barts-health", "elft"]);
    // The limit is on the answer, not the question: an unknown focus is still NOT_FOUND.
    expect((await network({ focus: "no-such-node" })).json.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("leaves the bulk exports alone", async () => {
    expect(await exported("")).toBeGreaterThan(limit);
  });

  it("summarises the whole graph: every group and link counted as a direct Cypher count counts them", async () => {
    const groups = await cypher<{ nodeType: string; kind: string; count: number }>(
      `MATCH (n:Entity)
       UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS nodeType
       RETURN nodeType, coalesce(n.kind, nodeType) AS kind, count(*) AS count`,
    );
    const links = await cypher<{ source: string; type: string; target: string; count: number }>(
      `MATCH (a:Entity)-[r]->(b:Entity)
       UNWIND [l IN labels(a) WHERE l <> 'Entity'] AS aType
       UNWIND [l IN labels(b) WHERE l <> 'Entity'] AS bType
       RETURN aType + ':' + coalesce(a.kind, aType) AS source, type(r) AS type,
              bType + ':' + coalesce(b.kind, bType) AS target, count(*) AS count`,
    );
    const found = await summary();
    expect(found.groups.map((g) => [g.id, g.count]).sort()).toEqual(
      groups.map((g) => [`${g.nodeType}:${g.kind}`, g.count]).sort(),
    );
    expect(found.links.map((l) => [l.source, l.type, l.target, l.count]).sort()).toEqual(
      links.map((l) => [l.source, l.type, l.target, l.count]).sort(),
    );
    expect(found.groups.find((g) => g.id === "Organisation:NHS trust")).toEqual({
      id: "Organisation:NHS trust",
      nodeType: "Organisation",
      kind: "NHS trust",
      label: "NHS trust",
      count: 2,
    });
    const ids = new Set(found.groups.map((g) => g.id));
    expect(found.links.every((l) => ids.has(l.source) && ids.has(l.target))).toBe(true);
    // Largest first, so a client can show the biggest groups when it has room for only some.
    const counts = found.groups.map((g) => g.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("summarises a date: the CCG's group in 2021, the integrated care board's in 2023", async () => {
    const kinds = async (asOf: string) => (await summary({ asOf })).groups.map((g) => g.id);
    const in2021 = await kinds("2021-06-01");
    const in2023 = await kinds("2023-01-01");
    expect(in2021).toContain("Organisation:clinical commissioning group");
    expect(in2021).not.toContain("Organisation:integrated care board");
    expect(in2023).toContain("Organisation:integrated care board");
    expect(in2023).not.toContain("Organisation:clinical commissioning group");
    const [held] = await cypher<{ count: number }>(
      `MATCH (n:Entity) WHERE (n.validFrom IS NULL OR n.validFrom <= date($day))
         AND (n.validTo IS NULL OR n.validTo > date($day)) RETURN count(n) AS count`,
      { day: "2021-06-01" },
    );
    const total = (s: Summary) => s.groups.reduce((sum, g) => sum + g.count, 0);
    expect(total(await summary({ asOf: "2021-06-01" }))).toBe(held?.count);
  });

  it("summarises exactly what network would answer: filtered, dated or focused", async () => {
    for (const variables of [
      { asOf: "2015-01-01" },
      { nodeTypes: ["Organisation", "Service"], types: ["PROVIDES", "COMMISSIONS"] },
      { focus: "tht", depth: 3 },
      { focus: "alliance", depth: 1, asOf: "2023-01-01" },
    ]) {
      const found = await summary(variables);
      const query = new URLSearchParams(
        Object.entries(variables).map(([k, v]) => [
          k === "types" ? "relationshipTypes" : k,
          Array.isArray(v) ? v.join(",") : String(v),
        ]),
      );
      const answer = await app.fetch(`/export/network.cyjs?${query}`);
      const { nodes, edges } = (
        JSON.parse(answer.text) as {
          elements: { nodes: { data: { nodeType: string; kind: string } }[]; edges: { data: { type: string } }[] };
        }
      ).elements;
      expect(
        found.groups.reduce((sum, g) => sum + g.count, 0),
        JSON.stringify(variables),
      ).toBe(nodes.length);
      expect(
        found.links.reduce((sum, l) => sum + l.count, 0),
        JSON.stringify(variables),
      ).toBe(edges.length);
    }
  });

  it("refuses a bad depth and an unknown focus in the summary as network does", async () => {
    const code = async (variables: Record<string, unknown>) =>
      (await app.gql(summaryQuery, variables)).json.errors?.[0]?.extensions?.code;
    expect(await code({ focus: "tht", depth: 4 })).toBe("BAD_USER_INPUT");
    expect(await code({ focus: "no-such-node" })).toBe("NOT_FOUND");
  });
});
