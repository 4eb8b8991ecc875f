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
    expect(response.headers.get("content-disposition")).toContain("tht-graph-network.graphml");
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
