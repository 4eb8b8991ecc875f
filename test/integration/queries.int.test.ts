// The who-works-with-whom queries over HTTP against the seed graph in the real Neo4j.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphMigrations } from "../../core/neo4j/graph-migrations.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { testNeo4j } from "../support/test-neo4j.js";

interface Node {
  id: string;
  label: string;
  kind: string;
  nodeType: string;
  odsCode: string | null;
  start: { date: string | null; latest: string | null; text: string | null; precision: string } | null;
  figures: { display: string; unit: string; qualifier: string }[];
  citations: { quote: string; source: string }[];
}
interface Edge {
  id: string;
  source: string;
  target: string;
  type: string;
  validFrom: string | null;
  citations: { quote: string; source: string }[];
}

// Nodes and edges are keyed (`key`); the tests call the key `id`, as the page does.
const networkFields = /* GraphQL */ `nodes { id: key label kind nodeType validFrom validTo odsCode
    start { date latest text precision } figures { display unit qualifier } citations { quote source sourceTitle } }
  edges { id: key source target type label validFrom validTo citations { quote source } }`;

describe.skipIf(!testNeo4j().ownsDatabase)("who-works-with-whom queries", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const network = async (args: string) => {
    const result = await app.gql<{ network: { nodes: Node[]; edges: Edge[] } }>(
      `{ network${args} { ${networkFields} } }`,
    );
    expect(result.errors).toBeUndefined();
    return result.data?.network as { nodes: Node[]; edges: Edge[] };
  };
  const codeOf = async (query: string) => (await app.gql(query)).errors?.[0]?.extensions?.code;

  describe("network", () => {
    it("returns everything ever valid without asOf, every edge citing a quote", async () => {
      const { nodes, edges } = await network("");
      expect(nodes.map((n) => n.id)).toEqual(
        expect.arrayContaining([
          "north-east-london-ccg",
          "nhs-north-east-london",
          "alliance",
          "health-visiting-tupe-transfer",
        ]),
      );
      expect(nodes.find((n) => n.id === "alliance")?.nodeType).toBe("Arrangement");
      expect(nodes.find((n) => n.id === "health-visiting-tupe-transfer")?.nodeType).toBe("Event");
      expect(edges.length).toBeGreaterThan(60);
      expect(edges.every((e) => e.citations.length > 0)).toBe(true);
    });

    it("has the CCG but not NHS North East London on 2021-06-01, and the reverse on 2023-01-01", async () => {
      const ids2021 = (await network('(asOf: "2021-06-01")')).nodes.map((n) => n.id);
      const ids2023 = (await network('(asOf: "2023-01-01")')).nodes.map((n) => n.id);
      expect(ids2021).toContain("north-east-london-ccg");
      expect(ids2021).not.toContain("nhs-north-east-london");
      expect(ids2023).toContain("nhs-north-east-london");
      expect(ids2023).not.toContain("north-east-london-ccg");
    });

    it("keeps only edges whose both ends hold on asOf", async () => {
      const { nodes, edges } = await network('(asOf: "2015-01-01")');
      const ids = new Set(nodes.map((n) => n.id));
      expect(edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
      expect(edges.find((e) => e.id === "PROVIDES:gp-care-group->health-visiting")).toBeUndefined();
      expect(edges.find((e) => e.id === "PROVIDES:barts-health->health-visiting")).toBeDefined();
    });

    it("filters by kind or node type, and by relationship type", async () => {
      const trusts = await network('(kinds: ["NHS trust"])');
      expect(trusts.nodes.map((n) => n.id).sort()).toEqual(["barts-health", "elft"]);
      const orgs = await network("(nodeTypes: [Organisation], relationshipTypes: [PARTNER_IN])");
      expect(orgs.nodes.every((n) => n.nodeType === "Organisation")).toBe(true);
      expect(orgs.edges).toHaveLength(6);
      expect(orgs.edges.every((e) => e.type === "PARTNER_IN" && e.target === "tht")).toBe(true);
    });

    it("focuses on one node's neighbourhood", async () => {
      const { nodes } = await network('(focus: "alliance", depth: 1)');
      expect(nodes.map((n) => n.id).sort()).toEqual(
        [
          "alliance",
          "barts-health",
          "community-health-services",
          "elft",
          "gp-care-group",
          "health-advocacy",
          "interpreting-services",
          "out-of-hours-service",
          "patient-experience-team",
          "single-point-of-access",
          "tower-hamlets",
        ].sort(),
      );
    });

    it("holds typed facts, figures with their qualifier, and the original date wording", async () => {
      const { nodes } = await network("");
      const barts = nodes.find((n) => n.id === "barts-health");
      expect(barts?.figures.map((f) => f.display).sort()).toEqual([
        "around 16,000",
        "around 2.5 million",
        "four",
        "£1.4 billion",
      ]);
      expect(barts?.figures.find((f) => f.display === "around 16,000")?.qualifier).toBe("ABOUT");
      expect(barts?.odsCode).toBe("R1H");
      const gpcg = nodes.find((n) => n.id === "gp-care-group");
      expect(gpcg?.start).toEqual({ date: "2013-09-01", latest: "2013-12-31", text: "late 2013", precision: "RANGE" });
    });

    it("refuses depth beyond 3 with BAD_USER_INPUT and an unknown focus with NOT_FOUND", async () => {
      expect(await codeOf('{ network(focus: "alliance", depth: 4) { nodes { key } } }')).toBe("BAD_USER_INPUT");
      expect(await codeOf('{ network(focus: "no-such-node") { nodes { key } } }')).toBe("NOT_FOUND");
    });
  });

  describe("neighbourhood", () => {
    it("grows with depth", async () => {
      const size = async (depth: number) =>
        (
          await app.gql<{ neighbourhood: { nodes: Node[] } }>(
            `{ neighbourhood(id: "healthwatch-tower-hamlets", depth: ${depth}) { nodes { id: key } } }`,
          )
        ).data?.neighbourhood.nodes.length ?? 0;
      const [one, two, three] = [await size(1), await size(2), await size(3)];
      expect(one).toBe(6);
      expect(two).toBeGreaterThan(one);
      expect(three).toBeGreaterThan(two);
    });

    it("refuses depth 0 and 4 with BAD_USER_INPUT", async () => {
      expect(await codeOf('{ neighbourhood(id: "elft", depth: 0) { nodes { key } } }')).toBe("BAD_USER_INPUT");
      expect(await codeOf('{ neighbourhood(id: "elft", depth: 4) { nodes { key } } }')).toBe("BAD_USER_INPUT");
    });
  });

  describe("paths", () => {
    const query = /* GraphQL */ `query ($from: ID!, $to: ID!, $maxLength: Int, $asOf: Date) {
      paths(from: $from, to: $to, maxLength: $maxLength, asOf: $asOf) {
        length nodes { id: key } steps { sentence from { id: key } to { id: key } edge { type validFrom citations { quote source } } }
      }
    }`;
    type Paths = { paths: { length: number; nodes: { id: string }[]; steps: { sentence: string; edge: Edge }[] }[] };

    it("connects Healthwatch to Barts Health in two steps, each explained and cited", async () => {
      const result = await app.gql<Paths>(query, { from: "healthwatch-tower-hamlets", to: "barts-health" });
      const paths = result.data?.paths ?? [];
      expect(paths.length).toBeGreaterThanOrEqual(2);
      expect(paths.every((p) => p.length === 2)).toBe(true);
      const sentences = paths.map((p) => p.steps.map((s) => s.sentence).join(" / "));
      expect(sentences).toContain(
        "Healthwatch Tower Hamlets is a partner in Tower Hamlets Together / Barts Health is a partner in Tower Hamlets Together",
      );
      expect(paths.flatMap((p) => p.steps).every((s) => s.edge.citations.length > 0)).toBe(true);
    });

    it("honours maxLength and asOf", async () => {
      expect(
        (await app.gql<Paths>(query, { from: "healthwatch-tower-hamlets", to: "barts-health", maxLength: 1 })).data
          ?.paths,
      ).toEqual([]);
      const before = await app.gql<Paths>(query, { from: "gp-care-group", to: "health-visiting", asOf: "2015-06-01" });
      expect(before.data?.paths.every((p) => p.length > 1)).toBe(true);
      const after = await app.gql<Paths>(query, { from: "gp-care-group", to: "health-visiting", asOf: "2017-06-01" });
      expect(after.data?.paths[0]?.length).toBe(1);
    });

    it("refuses maxLength 5 with BAD_USER_INPUT, and an organisation absent on asOf with NOT_FOUND", async () => {
      const tooLong = await app.gql(query, { from: "elft", to: "barts-health", maxLength: 5 });
      expect(tooLong.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const absent = await app.gql(query, { from: "nhs-north-east-london", to: "barts-health", asOf: "2021-06-01" });
      expect(absent.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    });
  });

  it("answers aliased fields by the field, even where an alias is another field's name (found by the fuzz test)", async () => {
    const result = await app.gql<{
      network: { nodes: { id: string; kind: string; label: string; nodeType: string | null }[] };
      paths: { steps: { type: string; edge: { source: string } }[] }[];
    }>(`{
      network(focus: "gp-care-group") { nodes { id: key kind: label label: kind nodeType: validFrom } }
      paths(from: "gp-care-group", to: "elft") { steps { type: sentence edge { source: target } } }
    }`);
    expect(result.errors).toBeUndefined();
    const byId = new Map(result.data?.network.nodes.map((n) => [n.id, n]));
    expect(byId.get("gp-care-group")).toEqual({
      id: "gp-care-group",
      kind: "Tower Hamlets GP Care Group",
      label: "GP federation",
      nodeType: "2013-09-01",
    });
    const step = result.data?.paths[0]?.steps[0];
    expect(step?.type).toMatch(/^Tower Hamlets GP Care Group /);
    expect(step?.edge.source).not.toBe("gp-care-group");
  });

  it("sharedConnections: ELFT and Barts Health share the Alliance, the partnership and Tower Hamlets", async () => {
    const result = await app.gql<{
      sharedConnections: { node: { id: string }; viaA: { type: string }; viaB: { type: string } }[];
    }>('{ sharedConnections(a: "elft", b: "barts-health") { node { id: key } viaA { type } viaB { type } } }');
    const shared = result.data?.sharedConnections ?? [];
    expect(shared.map((s) => s.node.id)).toEqual(expect.arrayContaining(["alliance", "tht", "tower-hamlets"]));
    expect(shared.find((s) => s.node.id === "alliance")).toMatchObject({
      viaA: { type: "PARTY_TO" },
      viaB: { type: "PARTY_TO" },
    });
    expect(await codeOf('{ sharedConnections(a: "elft", b: "nobody") { node { key } } }')).toBe("NOT_FOUND");
  });

  it("timeline: the GP Care Group's history in order, imprecise dates keeping their wording", async () => {
    const result = await app.gql<{
      timeline: { date: string | null; dateText: string | null; precision: string; change: string; summary: string }[];
    }>('{ timeline(id: "gp-care-group") { date dateText precision change summary } }');
    const entries = result.data?.timeline ?? [];
    expect(entries[0]).toMatchObject({ date: "2013-09-01", dateText: "late 2013", precision: "RANGE" });
    expect(entries.map((e) => e.change)).toEqual(expect.arrayContaining(["BEGAN", "EVENT", "STARTED"]));
    expect(entries.find((e) => e.change === "STARTED")).toMatchObject({
      date: "2016-04-01",
      summary: "Tower Hamlets GP Care Group provides Health visiting services",
    });
    const dates = entries.map((e) => e.date ?? "9999");
    expect(dates).toEqual([...dates].sort());
  });

  it("changes: around 1 July 2022 the ICB and its relationships start and the CCG ends", async () => {
    const result = await app.gql<{
      changes: { nodesStarted: { id: string }[]; nodesEnded: { id: string }[]; edgesStarted: { id: string }[] };
    }>(
      '{ changes(from: "2022-06-30", to: "2022-07-01") { nodesStarted { id: key } nodesEnded { id: key } edgesStarted { id: key } } }',
    );
    expect(result.data?.changes.nodesStarted.map((n) => n.id)).toEqual(
      expect.arrayContaining(["nhs-north-east-london", "nel-ccg-succession"]),
    );
    expect(result.data?.changes.nodesEnded.map((n) => n.id)).toEqual(["north-east-london-ccg"]);
    expect(result.data?.changes.edgesStarted.map((e) => e.id)).toContain(
      "COMMISSIONS:nhs-north-east-london->nel-health-services",
    );
    expect(await codeOf('{ changes(from: "2023-01-01", to: "2022-01-01") { nodesStarted { key } } }')).toBe(
      "BAD_USER_INPUT",
    );
  });

  it("centrality: every organisation of 2023 with degree and betweenness, brokers first", async () => {
    const result = await app.gql<{
      centrality: { node: { id: string; nodeType: string }; degree: number; betweenness: number }[];
    }>('{ centrality(asOf: "2023-01-01") { node { id: key nodeType } degree betweenness } }');
    const rows = result.data?.centrality ?? [];
    expect(rows.map((r) => r.node.id).sort()).toEqual([
      "barts-health",
      "elft",
      "gp-care-group",
      "healthwatch-tower-hamlets",
      "nhs-north-east-london",
      "tht",
      "tower-hamlets-cvs",
    ]);
    expect(rows.every((r) => r.node.nodeType === "Organisation" && r.degree > 0)).toBe(true);
    expect(rows.map((r) => r.betweenness)).toEqual([...rows.map((r) => r.betweenness)].sort((a, b) => b - a));
    expect(rows[0]?.betweenness).toBeGreaterThan(0);
  });

  it("search: names, short names, aliases and ODS codes, as a prefix, with any text taken literally", async () => {
    const ids = async (text: string) =>
      (
        (
          await app.gql<{ search: { edges: { node: { key: string } }[] } }>(
            "query ($t: String!) { search(text: $t) { edges { node { key } } } }",
            { t: text },
          )
        ).data?.search.edges ?? []
      ).map((e) => e.node.key);
    expect((await ids("Barts"))[0]).toBe("barts-health");
    expect(await ids("NHS NEL")).toContain("nhs-north-east-london");
    expect(await ids("East London NHS Foundation")).toContain("elft");
    expect(await ids("healthw")).toContain("healthwatch-tower-hamlets");
    // External ids (ODS codes), whole or begun, in any case.
    expect(await ids("RWK")).toEqual(["elft"]);
    expect(await ids("r1h")).toEqual(["barts-health"]);
    expect(await ids("a3a8")).toEqual(["north-east-london-ccg"]);
    expect(await ids("'}) DETACH DELETE n //")).toEqual([]);
    expect(await ids("(((")).toEqual([]);
  });

  it("the migration for a graph loaded before external ids were searched writes the searchNames the loader writes", async () => {
    const migration = graphMigrations.find((m) => m.id === "search-external-ids");
    if (!migration) throw new Error("no search-external-ids migration");
    const read = "MATCH (n:Entity) RETURN n.id AS id, n.searchNames AS names ORDER BY id";
    const session = app.driver.session({ database: testNeo4j().database });
    const tx = session.beginTransaction();
    try {
      const loaded = (await tx.run(read)).records.map((r) => [r.get("id"), r.get("names")]);
      expect(loaded).toContainEqual(["elft", expect.stringMatching(/ \| RWK$/)]);
      // As an older loader wrote them: names, short names and aliases only.
      await tx.run(
        `MATCH (n:Entity) SET n.searchNames = reduce(s = n.name, x IN coalesce(n.shortNames, []) + coalesce(n.aliases, []) | s + ' | ' + x)`,
      );
      expect((await tx.run(read)).records.map((r) => r.get("names"))).not.toContainEqual(
        expect.stringContaining("RWK"),
      );
      await tx.run(migration.cypher);
      expect((await tx.run(read)).records.map((r) => [r.get("id"), r.get("names")])).toEqual(loaded);
    } finally {
      await tx.rollback();
      await session.close();
    }
  });
});
