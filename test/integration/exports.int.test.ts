// The network exports and the Sandbox's preloaded examples, over HTTP against the seed graph.
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { create } from "xmlbuilder2";
import { startApp } from "../support/start-app.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { testNeo4j } from "../support/test-neo4j.js";

describe.skipIf(!testNeo4j().ownsDatabase)("exports", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const get = (path: string) => fetch(`${app.url}${path}`);

  it("GraphML as of 2021 has the CCG and not NHS North East London", async () => {
    const response = await get("/export/network.graphml?asOf=2021-06-01");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/graphml/);
    // The file is named after what it shows, by the page's rule (core/export-file-name.ts).
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="tht-graph-2021-06-01.graphml"');
    const focused = await get("/export/nodes.csv?asOf=2023-06-01&focus=barts-health&depth=1");
    expect(focused.headers.get("content-disposition")).toBe(
      'attachment; filename="tht-graph-2023-06-01-barts-health-depth-1-nodes.csv"',
    );
    const xml = await response.text();
    create(xml);
    expect(xml).toContain('<node id="north-east-london-ccg">');
    expect(xml).not.toContain('<node id="nhs-north-east-london">');
  });

  it("GEXF carries start and end dates", async () => {
    const xml = await (await get("/export/network.gexf")).text();
    expect(xml).toMatch(/<node id="nhs-north-east-london" label="NHS North East London" start="2022-07-01">/);
    expect(xml).toMatch(
      /<node id="north-east-london-ccg" label="North East London Clinical Commissioning Group" endopen="2022-07-01">/,
    );
  });

  it("CSV follows the same filters as the network query", async () => {
    const nodes = parseCsv(await (await get("/export/nodes.csv?kinds=NHS%20trust")).text(), { columns: true }) as {
      id: string;
    }[];
    expect(nodes.map((n) => n.id).sort()).toEqual(["barts-health", "elft"]);
    const edges = parseCsv(await (await get("/export/edges.csv?relationshipTypes=PARTNER_IN")).text(), {
      columns: true,
    }) as { type: string; citations: string }[];
    expect(edges).toHaveLength(6);
    expect(
      edges.every(
        (e) =>
          e.type === "PARTNER_IN" &&
          e.citations.includes("Tower Hamlets Together is made up of a number of different partners"),
      ),
    ).toBe(true);
  });

  it("Cytoscape JSON focuses on a neighbourhood", async () => {
    const json = (await (await get("/export/network.cyjs?focus=alliance&depth=1")).json()) as {
      elements: { nodes: { data: { id: string } }[] };
    };
    expect(json.elements.nodes.map((n) => n.data.id)).toContain("gp-care-group");
    expect(json.elements.nodes).toHaveLength(11);
  });

  it("answers every bad parameter with BAD_USER_INPUT naming it, and the next valid request succeeds", async () => {
    for (const [query, argument] of [
      ["asOf=2023-13-01", "asOf"],
      ["asOf=2021-02-30", "asOf"],
      ["asOf=2021-01-01&asOf=2022-01-01", "asOf"],
      ["relationshipTypes=BOGUS", "relationshipTypes"],
      ["nodeTypes=Orgs", "nodeTypes"],
      ["kinds=nhs%20trust", "kinds"],
      ["certainOnly=maybe", "certainOnly"],
      ["includeFormer=1", "includeFormer"],
      ["focus=alliance&depth=two", "depth"],
      ["focus=alliance&depth=0", "depth"],
      ["asof=2021-06-01", "asof"],
    ] as const) {
      for (const file of ["network.graphml", "nodes.csv", "edges.csv"]) {
        const answer = await get(`/export/${file}?${query}`);
        const body = (await answer.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
        expect([answer.status, body.errors[0]?.extensions.code], `${file}?${query}`).toEqual([400, "BAD_USER_INPUT"]);
        expect(body.errors[0]?.message, `${file}?${query}`).toContain(argument);
        expect(answer.headers.get("content-disposition")).toBeNull();
        const valid = await get(`/export/${file}?asOf=2021-06-01`);
        expect(valid.status).toBe(200);
        await valid.text();
      }
    }
  });

  it("tells the page which formats there are and how large an export may be", async () => {
    const answer = await get("/export/index.json");
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({
      formats: ["network.graphml", "network.gexf", "nodes.csv", "edges.csv", "network.cyjs"],
      maxElements: 200_000,
    });
  });

  it("answers bad filters and unknown formats with a code", async () => {
    const tooDeep = await get("/export/network.graphml?focus=alliance&depth=9");
    expect(tooDeep.status).toBe(400);
    expect(((await tooDeep.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      "BAD_USER_INPUT",
    );
    const unknown = await get("/export/network.pdf");
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("Apollo Sandbox in development", () => {
  it("is preloaded with every example operation", async () => {
    const app = await startApp({ NODE_ENV: "development" });
    try {
      const page = await app.fetch("/graphql", { headers: { accept: "text/html" } });
      expect(page.status).toBe(200);
      for (const operation of [
        "PartnersOfTowerHamletsTogether",
        "WhoLeadsTheAlliance",
        "PathFromHealthwatchToBartsHealth",
      ]) {
        expect(page.text).toContain(operation);
      }
    } finally {
      await app.close();
    }
  });
});
