// Honest time on the seed graph (README, "Time"): transitions on their day, KNOWN and UNCERTAIN,
// certainOnly and includeFormer, one strict date on every dated query and export, and the Cypher
// rule held to the same answers as core/time/holds-on.ts and the loader.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphMigrations } from "../../core/neo4j/graph-migrations.js";
import { holdsOn } from "../../core/time/holds-on.js";
import { knownFromDays } from "../../seed/plan/known-from.js";
import { readSeed } from "../../seed/read-seed.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { testNeo4j } from "../support/test-neo4j.js";

interface Element {
  key: string;
  type?: string;
  source?: string;
  target?: string;
  certainty: "KNOWN" | "UNCERTAIN";
  status: "CURRENT" | "FORMER" | "FUTURE";
}
interface Net {
  network: { nodes: Element[]; edges: Element[] };
}

describe.skipIf(!testNeo4j().ownsDatabase)("honest time", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const network = async (args: string) => {
    const answer = await app.gql<Net>(
      `{ network(${args}) { nodes { key certainty status } edges { key type source target certainty status } } }`,
    );
    expect(answer.errors).toBeUndefined();
    return answer.data?.network ?? { nodes: [], edges: [] };
  };
  const byKey = (elements: Element[]) => new Map(elements.map((e) => [e.key, e]));
  const successionTypes = ["SUCCEEDED", "PREDECESSOR", "SUCCESSOR"];

  describe("a transition belongs to its day", () => {
    it("on 1 July 2022 shows NHS North East London succeeding the CCG, the CCG as former", async () => {
      const net = await network('asOf: "2022-07-01"');
      const nodes = byKey(net.nodes);
      expect(nodes.get("north-east-london-ccg")?.status).toBe("FORMER");
      expect(nodes.get("nhs-north-east-london")?.status).toBe("CURRENT");
      const types = net.edges.filter(
        (e) => e.target === "north-east-london-ccg" || e.source === "north-east-london-ccg",
      );
      expect(types.map((e) => e.type).sort()).toEqual(expect.arrayContaining(["PREDECESSOR", "SUCCEEDED"]));
      expect(net.edges.map((e) => e.type)).toEqual(expect.arrayContaining(successionTypes));
    });

    it("on 30 June 2022 has the CCG current and none of the succession", async () => {
      const net = await network('asOf: "2022-06-30"');
      expect(byKey(net.nodes).get("north-east-london-ccg")?.status).toBe("CURRENT");
      expect(net.nodes.map((n) => n.key)).not.toContain("nhs-north-east-london");
      expect(net.edges.filter((e) => successionTypes.includes(e.type ?? ""))).toEqual([]);
    });

    it("in 2023 leaves the CCG out, unless includeFormer asks for it", async () => {
      const later = await network('asOf: "2023-01-01"');
      expect(later.nodes.map((n) => n.key)).not.toContain("north-east-london-ccg");
      expect(later.nodes.map((n) => n.key)).toContain("nhs-north-east-london");
      const withFormer = await network('asOf: "2023-01-01", includeFormer: true');
      expect(byKey(withFormer.nodes).get("north-east-london-ccg")?.status).toBe("FORMER");
      expect(withFormer.edges.map((e) => e.type)).toEqual(expect.arrayContaining(successionTypes));
    });

    it("paths finds the succession on its day", async () => {
      const answer = await app.gql<{ paths: { steps: { edge: { type: string } }[] }[] | null }>(
        '{ paths(from: "nhs-north-east-london", to: "north-east-london-ccg", asOf: "2022-07-01") { steps { edge { type } } } }',
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.paths?.some((p) => p.steps.some((s) => s.edge.type === "SUCCEEDED"))).toBe(true);
    });

    it("changes from 2016 to the end of 2022 reports every succession relationship", async () => {
      const answer = await app.gql<{ changes: { edgesStarted: Element[]; nodesEnded: Element[] } }>(
        '{ changes(from: "2016-01-01", to: "2022-12-31") { edgesStarted { key type certainty status } nodesEnded { key status } } }',
      );
      expect(answer.errors).toBeUndefined();
      const started = answer.data?.changes.edgesStarted.map((e) => e.type) ?? [];
      expect(started).toEqual(expect.arrayContaining([...successionTypes, "TRANSFERRED_FROM", "TRANSFERRED_TO"]));
      expect(answer.data?.changes.nodesEnded.map((n) => n.key)).toContain("north-east-london-ccg");
    });

    it("on the TUPE day, 1 April 2016, shows Barts Health's health visiting as former and the GP Care Group's as current", async () => {
      const net = await network('asOf: "2016-04-01"');
      const provides = net.edges.filter((e) => e.type === "PROVIDES" && e.target === "health-visiting");
      expect(Object.fromEntries(provides.map((e) => [e.source, e.status]))).toEqual({
        "barts-health": "FORMER",
        "gp-care-group": "CURRENT",
      });
      expect(net.edges.map((e) => e.type)).toEqual(expect.arrayContaining(["TRANSFERRED_FROM", "TRANSFERRED_TO"]));
      const before = await network('asOf: "2016-03-31"');
      expect(
        before.edges.filter((e) => e.type === "PROVIDES" && e.target === "health-visiting").map((e) => e.source),
      ).toEqual(["barts-health"]);
    });
  });

  describe("certainty", () => {
    it("in 1990 marks every undated fact UNCERTAIN, and certainOnly leaves them out", async () => {
      const net = await network('asOf: "1990-01-01"');
      expect(net.nodes.length).toBeGreaterThan(20);
      expect(new Set([...net.nodes, ...net.edges].map((e) => e.certainty))).toEqual(new Set(["UNCERTAIN"]));
      expect(net.nodes.map((n) => n.key)).toEqual(
        expect.arrayContaining(["alliance", "elft", "north-east-london-ccg"]),
      );
      const certain = await network('asOf: "1990-01-01", certainOnly: true');
      expect(certain).toEqual({ nodes: [], edges: [] });
    });

    it("on the source's date, 1 July 2022, knows ELFT and the Alliance with its lead manager", async () => {
      const net = await network('asOf: "2022-07-01", certainOnly: true');
      const nodes = byKey(net.nodes);
      for (const id of ["elft", "alliance", "gp-care-group", "barts-health"])
        expect(nodes.get(id)?.certainty).toBe("KNOWN");
      expect(net.edges.map((e) => e.key)).toContain("LEAD_MANAGER_OF:gp-care-group->alliance");
    });

    it("gives each node the same answer as core/time/holds-on.ts, on days at the edges of the seed's dates", async () => {
      const seed = readSeed();
      const known = knownFromDays(seed);
      for (const day of [
        "1990-01-01",
        "2013-09-01",
        "2013-12-30",
        "2013-12-31",
        "2016-03-31",
        "2022-06-30",
        "2030-01-01",
      ]) {
        const nodes = byKey((await network(`asOf: "${day}"`)).nodes);
        for (const n of seed.nodes) {
          const expected = holdsOn(
            {
              validFrom: n.validFrom?.date ?? null,
              validFromLatest: n.validFrom?.latest ?? null,
              validTo: n.validTo?.date ?? null,
              validToLatest: n.validTo?.latest ?? null,
              knownFrom: known.node(n.id),
            },
            day,
          );
          const got = nodes.get(n.id);
          expect([day, n.id, got?.status === "CURRENT" ? got.certainty : null]).toEqual([day, n.id, expected]);
        }
      }
    });

    it("is carried by every dated query and export, and certainOnly is taken by each", async () => {
      const answer = await app.gql<Record<string, unknown>>(`{
        networkSummary(asOf: "1990-01-01", certainOnly: true) { groups { key count } }
        neighbourhood(id: "elft", asOf: "1990-01-01") { nodes { key certainty } }
        none: neighbourhood(id: "elft", asOf: "1990-01-01", certainOnly: true) { nodes { key } }
        sharedConnections(a: "elft", b: "barts-health", asOf: "2022-07-01", certainOnly: true) { node { key certainty } }
      }`);
      // centrality costs as much as the rest together (README, "Limits"): asked on its own.
      const ranked = await app.gql<{ centrality: unknown[] }>(
        '{ centrality(asOf: "1990-01-01", certainOnly: true) { node { key } } }',
      );
      // elft is not known to hold in 1990: that lookup alone fails, the others answer.
      expect(answer.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[["none"], "NOT_FOUND"]]);
      const data = answer.data as {
        networkSummary: { groups: unknown[] };
        neighbourhood: { nodes: Element[] };
        none: unknown;
        sharedConnections: { node: Element }[];
      };
      expect(data.networkSummary.groups).toEqual([]);
      expect(new Set(data.neighbourhood.nodes.map((n) => n.certainty))).toEqual(new Set(["UNCERTAIN"]));
      expect(data.none).toBeNull();
      expect(data.sharedConnections.length).toBeGreaterThan(0);
      expect(new Set(data.sharedConnections.map((s) => s.node.certainty))).toEqual(new Set(["KNOWN"]));
      expect(ranked.data?.centrality).toEqual([]);
      const csv = await (await fetch(`${app.url}/export/nodes.csv?asOf=1990-01-01`)).text();
      expect(csv.split("\n")[0]).toContain("certainty,status");
      expect(csv).toContain(",UNCERTAIN,CURRENT,");
      const certain = await (await fetch(`${app.url}/export/nodes.csv?asOf=1990-01-01&certainOnly=true`)).text();
      expect(certain.trim().split("\n")).toHaveLength(1);
    });
  });

  describe("one strict date", () => {
    const impossible = ['"2021-02-30"', '"2022"', '"2022-07-01T00:00:00+01:00"', "20220701", '["2022-07-01"]'];
    const dated: [string, (d: string) => string][] = [
      ["network.asOf", (d) => `network(asOf: ${d}) { nodes { key } }`],
      ["networkSummary.asOf", (d) => `networkSummary(asOf: ${d}) { groups { key } }`],
      ["neighbourhood.asOf", (d) => `neighbourhood(id: "elft", asOf: ${d}) { nodes { key } }`],
      ["paths.asOf", (d) => `paths(from: "elft", to: "barts-health", asOf: ${d}) { length }`],
      ["sharedConnections.asOf", (d) => `sharedConnections(a: "elft", b: "barts-health", asOf: ${d}) { node { key } }`],
      ["changes.from", (d) => `changes(from: ${d}, to: "2023-01-01") { nodesStarted { key } }`],
      ["changes.to", (d) => `changes(from: "2016-01-01", to: ${d}) { nodesStarted { key } }`],
      ["centrality.asOf", (d) => `centrality(asOf: ${d}) { node { key } }`],
      ["organisations.where", (d) => `organisations(where: { validFrom: { lte: ${d} } }) { id }`],
    ];
    const cases = dated.flatMap(([name, query]) => impossible.map((d) => [name, d, query(d)] as const));

    it.each(cases)("%s refuses the literal %s with BAD_USER_INPUT naming it", async (name, _d, query) => {
      const answer = await app.gql(`{ ${query} }`);
      expect(answer.status).toBe(400);
      expect(answer.data).toBeUndefined();
      const argument = name.split(".")[1] ?? "";
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        argument: expect.stringContaining(argument),
      });
    });

    it.each(["2021-02-30", "2022", "2022-07-01T00:00:00+01:00", 20220701, ["2022-07-01"]])(
      "refuses the variable %j with BAD_USER_INPUT naming it",
      async (value) => {
        const answer = await app.gql("query($d: Date) { network(asOf: $d) { nodes { key } } }", { d: value });
        expect(answer.status).toBe(400);
        expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect(answer.errors?.[0]?.message).toContain("$d");
      },
    );

    it.each(["network.graphml", "network.gexf", "nodes.csv", "edges.csv", "network.cyjs"])(
      "the %s export refuses every impossible asOf with 400 BAD_USER_INPUT",
      async (file) => {
        for (const asOf of [
          "2021-02-30",
          "2022",
          "2022-07-01T00:00:00%2B01:00",
          "20220701",
          "2022-07-01&asOf=2022-07-02",
        ]) {
          const response = await fetch(`${app.url}/export/${file}?asOf=${asOf}`);
          expect([asOf, response.status]).toEqual([asOf, 400]);
          const body = (await response.json()) as { errors: { extensions: { code: string; argument: string } }[] };
          expect(body.errors[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "asOf" });
        }
      },
    );
  });

  it("the migration for a graph loaded before knownFrom computes what the loader writes", async () => {
    const migration = graphMigrations.find((m) => m.id === "known-from");
    if (!migration) throw new Error("no known-from migration");
    const read = `
      CALL () { MATCH (n:Entity) RETURN n.id AS id, toString(n.knownFrom) AS day
        UNION ALL MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id, toString(r.knownFrom) AS day }
      RETURN id, day ORDER BY id`;
    const session = app.driver.session({ database: testNeo4j().database });
    const tx = session.beginTransaction();
    try {
      const loaded = (await tx.run(read)).records.map((r) => [r.get("id"), r.get("day")]);
      await tx.run("MATCH (n:Entity) REMOVE n.knownFrom");
      await tx.run("MATCH (:Entity)-[r]->(:Entity) REMOVE r.knownFrom");
      await tx.run(migration.cypher);
      const migrated = (await tx.run(read)).records.map((r) => [r.get("id"), r.get("day")]);
      expect(loaded.length).toBeGreaterThan(100);
      expect(migrated).toEqual(loaded);
    } finally {
      await tx.rollback();
      await session.close();
    }
  });
});
