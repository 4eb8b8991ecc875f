// The README's "Client developers" recipes, run as written: Apollo Client 4 with its normalised
// cache, urql with its defaults, graphql-request, and automatic persisted queries, against the
// real server and the seed graph. Every shipped example must answer through each as it does over
// plain HTTP, and two dated summaries in a row must keep their own numbers in a normalising cache.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ApolloClient, gql, HttpLink, InMemoryCache } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { Client, cacheExchange, fetchExchange } from "@urql/core";
import { request } from "graphql-request";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../support/start-app.js";
import { startTestApp } from "../support/test-app.js";
import { testNeo4j } from "../support/test-neo4j.js";

const examplesDir = join(import.meta.dirname, "..", "..", "schema", "examples");
const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith(".graphql"))
  .sort()
  .map((name) => ({
    name,
    query: readFileSync(join(examplesDir, name), "utf8"),
    expected: JSON.parse(readFileSync(join(examplesDir, name.replace(/\.graphql$/, ".expected.json")), "utf8")),
  }));

/** Apollo Client and urql add __typename to every selection; the answers are otherwise the same. */
function withoutTypename(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypename);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== "__typename")
        .map(([k, v]) => [k, withoutTypename(v)]),
    );
  return value;
}

const summary = /* GraphQL */ `query Summary($asOf: Date) {
  networkSummary(asOf: $asOf, nodeTypes: [Organisation]) { groups { key label count } links { key count } }
}`;
type SummaryAnswer = { networkSummary: { groups: { key: string; label: string; count: number }[] } };
/** What a summary says: each group with its count (2015 has a CCG group, 2023 an ICB group). */
const organisations = (data: SummaryAnswer | undefined) =>
  (data?.networkSummary.groups ?? [])
    .map((g) => `${g.key}=${g.count}`)
    .sort()
    .join(", ");

describe.skipIf(!testNeo4j().ownsDatabase)("standard GraphQL clients, set up as the README says", () => {
  let app: RunningApp;
  let url: string;
  beforeAll(async () => {
    await (await startTestApp()).close();
    app = await startApp();
    url = `${app.url}/graphql`;
  });
  afterAll(() => app?.close());

  describe("Apollo Client 4 (normalised InMemoryCache)", () => {
    const apollo = () => new ApolloClient({ link: new HttpLink({ uri: url }), cache: new InMemoryCache() });

    it.each(examples)("answers $name as the server does", async ({ query, expected }) => {
      const { data, error } = await apollo().query({ query: gql(query), fetchPolicy: "network-only" });
      expect(error).toBeUndefined();
      expect(withoutTypename(data)).toEqual(expected);
    });

    it("keeps each date's summary its own, read again from the cache", async () => {
      const client = apollo();
      const ask = (asOf: string) =>
        client.query<SummaryAnswer>({ query: gql(summary), variables: { asOf }, fetchPolicy: "cache-first" });
      const in2015 = organisations((await ask("2015-01-01")).data);
      const in2023 = organisations((await ask("2023-01-01")).data);
      expect(in2015).toContain("clinical commissioning group");
      expect(in2023).toContain("integrated care board");
      // From the cache now: each date still answers its own count.
      expect(organisations((await ask("2015-01-01")).data)).toBe(in2015);
      expect(organisations((await ask("2023-01-01")).data)).toBe(in2023);
    });

    it("sends automatic persisted queries: a hash first, the document only when the server asks for it", async () => {
      const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
      const client = new ApolloClient({
        link: new PersistedQueryLink({ sha256 }).concat(
          new HttpLink({ uri: url, useGETForQueries: true, headers: { "apollo-require-preflight": "true" } }),
        ),
        cache: new InMemoryCache(),
      });
      const { data } = await client.query<SummaryAnswer>({ query: gql(summary), variables: { asOf: "2023-01-01" } });
      expect(organisations(data)).toContain("Organisation:integrated care board=1");
    });
  });

  describe("urql (default exchanges: the document cache)", () => {
    // urql sends queries as GET; CSRF prevention asks for a preflight header, which is the one setting.
    const urql = () =>
      new Client({
        url,
        exchanges: [cacheExchange, fetchExchange],
        fetchOptions: { headers: { "apollo-require-preflight": "true" } },
      });

    it.each(examples)("answers $name as the server does", async ({ query, expected }) => {
      const result = await urql().query(query, {}).toPromise();
      expect(result.error).toBeUndefined();
      expect(withoutTypename(result.data)).toEqual(expected);
    });

    it("keeps two dates' summaries apart, asked one after the other", async () => {
      const client = urql();
      const in2015 = await client.query(summary, { asOf: "2015-01-01" }).toPromise();
      const in2023 = await client.query(summary, { asOf: "2023-01-01" }).toPromise();
      expect(organisations(in2015.data)).not.toBe(organisations(in2023.data));
      expect(organisations((await client.query(summary, { asOf: "2015-01-01" }).toPromise()).data)).toBe(
        organisations(in2015.data),
      );
    });

    it("is refused, with BAD_REQUEST and the reason, without the preflight header", async () => {
      const result = await new Client({ url, exchanges: [fetchExchange] }).query("{ __typename }", {}).toPromise();
      expect(result.error?.graphQLErrors[0]?.extensions?.code).toBe("BAD_REQUEST");
    });
  });

  describe("graphql-request", () => {
    it.each(examples)("answers $name as the server does", async ({ query, expected }) => {
      expect(await request(url, query)).toEqual(expected);
    });
  });
});
