// The API as a contract (issue "The API as a contract that standard clients and tools get right"):
// identity across the two halves, lookups that fail alone, typed vocabularies that refuse typos,
// one schema (what introspection serves is the checked-in SDL), and cross-origin use.
import { readFileSync } from "node:fs";
import {
  buildClientSchema,
  getIntrospectionQuery,
  type IntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatedSchemaPath } from "../../server/print-schema.js";
import { type RunningApp, startApp } from "../support/start-app.js";
import { startTestApp } from "../support/test-app.js";
import { testNeo4j } from "../support/test-neo4j.js";

const codes = (answer: { json: { errors?: { extensions?: { code?: string } }[] } }) =>
  (answer.json.errors ?? []).map((e) => e.extensions?.code);

describe.skipIf(!testNeo4j().ownsDatabase)("the API as a contract", () => {
  let app: RunningApp;
  beforeAll(async () => {
    await (await startTestApp()).close();
    app = await startApp({ CORS_ORIGINS: "https://planner.example.org, http://localhost:5173" });
  });
  afterAll(() => app?.close());

  it("finds anything by its id with node(id:) and nodes(ids:), generated fields and all", async () => {
    const answer = await app.gql(/* GraphQL */ `{
      node(id: "alliance") { __typename id ... on Arrangement { name parties(sort: [{ name: ASC }]) { name } } }
      source: node(id: "tht-partners") { __typename ... on Source { title } }
      nodes(ids: ["elft", "no-such-id", "barts-turnover"]) { __typename id }
    }`);
    expect(answer.json.data).toEqual({
      node: {
        __typename: "Arrangement",
        id: "alliance",
        name: "Alliance",
        parties: [{ name: "Barts Health" }, { name: "ELFT" }],
      },
      source: { __typename: "Source", title: "Tower Hamlets Together partners" },
      nodes: [{ __typename: "Organisation", id: "elft" }, null, expect.objectContaining({ __typename: "Figure" })],
    });
    expect(answer.json.errors).toEqual([
      expect.objectContaining({ path: ["nodes", 1], extensions: expect.objectContaining({ code: "NOT_FOUND" }) }),
    ]);
  });

  it("links the network's nodes, relationships and citations to the things themselves", async () => {
    const answer = await app.gql(/* GraphQL */ `{
      network(focus: "elft", depth: 1) {
        nodes { key entity { __typename id ... on Organisation { partnerIn { name } } } citations { source document { id title } } }
        edges { key source sourceEntity { id } }
      }
    }`);
    expect(answer.json.errors).toBeUndefined();
    const { nodes, edges } = (answer.json.data as { network: unknown }).network as {
      nodes: {
        key: string;
        entity: { __typename: string; id: string; partnerIn?: { name: string }[] };
        citations: { source: string; document: { id: string } }[];
      }[];
      edges: { source: string; sourceEntity: { id: string } }[];
    };
    for (const n of nodes) expect(n.entity.id).toBe(n.key);
    expect(nodes.find((n) => n.key === "elft")?.entity).toMatchObject({
      __typename: "Organisation",
      partnerIn: [{ name: "Tower Hamlets Together" }],
    });
    for (const e of edges) expect(e.sourceEntity.id).toBe(e.source);
    for (const c of nodes.flatMap((n) => n.citations)) expect(c.document.id).toBe(c.source);
  });

  it("answers each by-id lookup alone: an unknown id nulls its field, with NOT_FOUND, and the rest is answered", async () => {
    const answer = await app.gql(/* GraphQL */ `{
      timeline(id: "nope") { date }
      paths(from: "nope", to: "elft") { length }
      neighbourhood(id: "nope") { nodes { key } }
      sharedConnections(a: "elft", b: "nope") { node { key } }
      network(focus: "nope") { nodes { key } }
      organisations(where: { id: { eq: "elft" } }) { id }
    }`);
    expect(answer.status).toBe(200);
    expect(answer.json.data).toEqual({
      timeline: null,
      paths: null,
      neighbourhood: null,
      sharedConnections: null,
      network: null,
      organisations: [{ id: "elft" }],
    });
    expect(codes(answer)).toEqual(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND"]);
  });

  it("refuses a misspelt closed value before running anything, and an unknown kind listing the known ones", async () => {
    for (const query of [
      "{ network(relationshipTypes: [PARTNER_OF]) { nodes { key } } }",
      "{ network(nodeTypes: [Orgs]) { nodes { key } } }",
      "{ centrality(nodeTypes: [Organisations]) { degree } }",
      "{ figures(where: { qualifier: { eq: around } }) { id } }",
    ])
      expect(codes(await app.gql(query)), query).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    const kind = await app.gql('{ network(kinds: ["NHS Trust"]) { nodes { key } } }');
    expect(codes(kind)).toEqual(["BAD_USER_INPUT"]);
    expect(kind.json.errors?.[0]?.message).toContain("NHS trust");
    const known = await app.gql("{ kinds(nodeTypes: [Organisation]) { name nodeType count } }");
    expect(known.json.data?.kinds).toContainEqual({ name: "NHS trust", nodeType: "Organisation", count: 2 });
  });

  it("answers search as a connection, like searchOrganisations, page after page", async () => {
    type Page = {
      search: {
        totalCount: number;
        edges: { cursor: string; node: { key: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const query =
      'query ($after: String) { search(text: "health", first: 2, after: $after) { totalCount edges { cursor score node { key } } pageInfo { hasNextPage endCursor } } }';
    const first = (await app.gql(query)).json.data as never as Page;
    expect(first.search.totalCount).toBeGreaterThan(2);
    expect(first.search.edges).toHaveLength(2);
    expect(first.search.pageInfo.hasNextPage).toBe(true);
    const second = (await app.gql(query, { after: first.search.pageInfo.endCursor })).json.data as never as Page;
    const keys = [...first.search.edges, ...second.search.edges].map((e) => e.node.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(codes(await app.gql(query, { after: "not-a-cursor" }))).toEqual(["BAD_USER_INPUT"]);
  });

  it("serves by introspection exactly the checked-in SDL", async () => {
    const answer = await app.gql(getIntrospectionQuery());
    const served = printSchema(
      lexicographicSortSchema(buildClientSchema(answer.json.data as never as IntrospectionQuery)),
    );
    const checkedIn = readFileSync(generatedSchemaPath, "utf8")
      .replace(/^#.*\n\n/, "")
      .trim();
    expect(served.trim() === checkedIn, "introspection differs from schema/generated/schema.graphql").toBe(true);
  });

  it("lets pages on CORS_ORIGINS call the API and the exports, answering their preflights first", async () => {
    const preflight = await app.fetch("/graphql", {
      method: "OPTIONS",
      headers: {
        origin: "https://planner.example.org",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("https://planner.example.org");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("content-type");
    const answer = await app.post({ query: "{ __typename }" }, { origin: "http://localhost:5173" });
    expect(answer.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    const exported = await app.fetch("/export/nodes.csv", { headers: { origin: "https://planner.example.org" } });
    expect(exported.headers.get("access-control-allow-origin")).toBe("https://planner.example.org");
    const stranger = await app.post({ query: "{ __typename }" }, { origin: "https://evil.example" });
    expect(stranger.headers.get("access-control-allow-origin")).toBeNull();
    const strangerPreflight = await app.fetch("/graphql", {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(strangerPreflight.status).toBe(204);
    expect(strangerPreflight.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("refuses an unknown relationship type or node type in an export's query string", async () => {
    for (const query of ["relationshipTypes=BOGUS", "nodeTypes=Orgs"]) {
      const answer = await app.fetch(`/export/edges.csv?${query}`);
      expect(answer.status, query).toBe(400);
      expect(codes(answer), query).toEqual(["BAD_USER_INPUT"]);
    }
  });
});
