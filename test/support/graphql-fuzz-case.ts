// fast-check arbitraries for HTTP requests to POST/GET /graphql: valid documents (schema/examples
// and the page's queries) mutated by deletions, insertions of GraphQL tokens and random text,
// duplications and swaps; random and wrongly typed variables; broken envelopes and content types.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import * as page from "../../viz/src/data/generated/graphql.js";

export interface FuzzCase {
  method: "POST" | "GET";
  contentType: string;
  /** POST body, or the query string of a GET (without the "?"). */
  payload: string;
  /** Short description for reports. */
  kind: string;
}

const examplesDir = join(import.meta.dirname, "..", "..", "schema", "examples");

/** Every valid document the project ships: the examples, the page's queries, generated-API ones. */
export const validDocuments: readonly string[] = [
  ...readdirSync(examplesDir)
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((name) => readFileSync(join(examplesDir, name), "utf8")),
  ...Object.entries(page)
    .filter(([name]) => name.endsWith("Document"))
    .map(([, document]) => String(document)),
  `{ searchOrganisations(phrase: "barts") { score organisation { id name } } }`,
  `{ organisationsConnection(first: 5, after: null) { edges { cursor node { id } } pageInfo { endCursor } } }`,
  `{ sharedConnections(a: "barts-health", b: "elft", asOf: "2023-01-01") { node { key } viaA { type } viaB { type } } }`,
  `{ centrality(asOf: "2023-01-01") { node { key entity { id } } degree betweenness } }`,
  `{ node(id: "elft") { id ... on Organisation { name partnerIn { name } } } nodes(ids: ["alliance", "nope"]) { id } }`,
  `{ kinds(nodeTypes: [Organisation]) { name count } }`,
  `mutation { retract(id: "barts-health", reason: "fuzz") { id } }`,
  `mutation { updateOrganisation(id: "elft", set: { name: "x" }, cite: [{ source: "tht-partners", quote: "x" }], reason: "fuzz") { id } }`,
  `mutation { applyChanges(changes: [{ retract: { id: "tht" } }], reason: "fuzz") { changes { id } } }`,
];

/** Tokens that make mutations interesting: names the schema knows, syntax, odd values, known attacks. */
const vocabulary = [
  "{",
  "}",
  "(",
  ")",
  "[",
  "]",
  ":",
  "$",
  "!",
  "=",
  "@",
  "|",
  "&",
  "...",
  '"',
  '"""',
  "#",
  ",",
  "\n",
  "query",
  "mutation",
  "subscription",
  "fragment F on Query { ...F }",
  "...F",
  "... on Query { __typename }",
  "@include(if: true)",
  "@skip(if: $v)",
  "@deprecated",
  '@cypher(statement: "MATCH (n) DETACH DELETE n")',
  "__typename",
  "__schema { types { name fields { name } } }",
  '__type(name: "Organisation") { fields { name } }',
  "network",
  "neighbourhood",
  "paths",
  "search",
  "timeline",
  "changes",
  "centrality",
  "sharedConnections",
  "organisations",
  "organisationsConnection",
  "addOrganisation",
  "retract",
  "applyChanges",
  "revert",
  "nodes { id }",
  "edges { id }",
  "properties",
  "asOf",
  "depth",
  "maxLength",
  "limit",
  "offset",
  "first",
  "after",
  "where",
  "sort",
  "id",
  "kinds",
  "text",
  "a: network { nodes { id } }",
  "depth: 3",
  "depth: 99",
  "limit: 1000000",
  "first: -1",
  "maxLength: 2147483648",
  'asOf: "2016-02-30"',
  'asOf: "99999-01-01"',
  'asOf: "2016-04-01T25:61:00Z"',
  'id: "barts-health"',
  'id: "\\u0000"',
  "id: 1e400",
  'text: "*"',
  'text: "\\\\"',
  'text: "AND OR NOT ~ ^ ( ) [ ] { } : /"',
  'text: "\' }) DETACH DELETE n //"',
  "where: { id: { in: [] } }",
  "where: { OR: [] }",
  "sort: [{ name: DESC }, { id: ASC }]",
  "null",
  "true",
  "-0",
  "99999999999999999999",
  "0.1e-999",
  "ENUM_VALUE",
  "$v: Int = 1",
  "<script>alert(1)</script>",
  "\u2028",
  "\uFEFF",
  "\uD800",
];

type Mutation = (doc: string) => string;

const at = (doc: string, position: number) => (doc.length === 0 ? 0 : position % (doc.length + 1));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // delete a span
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })).map(
    ([p, n]) =>
      (doc: string) =>
        doc.slice(0, at(doc, p)) + doc.slice(at(doc, p) + n),
  ),
  // insert a token the schema or the grammar knows
  fc.tuple(fc.nat(), fc.constantFrom(...vocabulary)).map(
    ([p, token]) =>
      (doc: string) =>
        `${doc.slice(0, at(doc, p))} ${token} ${doc.slice(at(doc, p))}`,
  ),
  // insert random text, any Unicode
  fc.tuple(fc.nat(), fc.string({ unit: "binary", maxLength: 20 })).map(
    ([p, text]) =>
      (doc: string) =>
        doc.slice(0, at(doc, p)) + text + doc.slice(at(doc, p)),
  ),
  // duplicate a span (repeated fields, nested selections, long documents)
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 30 })).map(
    ([p, n, times]) =>
      (doc: string) =>
        doc.slice(0, at(doc, p)) + doc.slice(at(doc, p), at(doc, p) + n).repeat(times) + doc.slice(at(doc, p)),
  ),
  // swap two characters
  fc.tuple(fc.nat(), fc.nat()).map(([p, q]) => (doc: string) => {
    const chars = [...doc];
    const i = p % Math.max(1, chars.length);
    const j = q % Math.max(1, chars.length);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
    return chars.join("");
  }),
);

const mutatedDocument = fc
  .tuple(fc.constantFrom(...validDocuments), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([doc, mutations]) => mutations.reduce((d, m) => m(d), doc));

/** Values of the right type, the wrong type, edge cases and garbage. */
const wildValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    "barts-health",
    "gp-care-group",
    "no-such-id",
    "2016-04-01",
    "2016-02-30",
    "0000-00-00",
    "2016-04-01T00:00:00Z",
    "",
    "*",
    "' OR 1=1 //",
    "MATCH (n) DETACH DELETE n",
    -1,
    0,
    4,
    2 ** 31,
    Number.MAX_SAFE_INTEGER,
    1e308,
    -1e-308,
    true,
    null,
  ),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.jsonValue({ maxDepth: 4 }),
  fc.string({ minLength: 1_000, maxLength: 20_000 }),
);

const variableName = fc.oneof(
  fc.constantFrom(
    "asOf",
    "id",
    "depth",
    "from",
    "to",
    "text",
    "kinds",
    "types",
    "limit",
    "v",
    "__proto__",
    "constructor",
  ),
  fc.string({ maxLength: 10 }),
);
const variables = fc.dictionary(variableName, wildValue, { maxKeys: 8 });

const postJson = (kind: string, body: unknown): FuzzCase => ({
  method: "POST",
  contentType: "application/json",
  payload: JSON.stringify(body),
  kind,
});

export const graphqlFuzzCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  { weight: 6, arbitrary: mutatedDocument.map((query) => postJson("mutated document", { query })) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...validDocuments), variables)
      .map(([query, vars]) => postJson("valid document, random variables", { query, variables: vars })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(mutatedDocument, variables, fc.option(fc.string({ maxLength: 20 })))
      .map(([query, vars, operationName]) =>
        postJson("mutated document, random variables", { query, variables: vars, operationName }),
      ),
  },
  {
    weight: 1,
    arbitrary: fc
      .record(
        {
          query: fc.oneof(fc.constantFrom(...validDocuments), wildValue),
          variables: wildValue,
          operationName: wildValue,
          extensions: wildValue,
        },
        { requiredKeys: [] },
      )
      .map((body) => postJson("random envelope", body)),
  },
  { weight: 1, arbitrary: fc.jsonValue().map((body) => postJson("random JSON body", body)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), mutatedDocument),
        fc.constantFrom(
          "application/json",
          "application/graphql",
          "application/graphql-response+json",
          "text/plain",
          "multipart/form-data; boundary=x",
          "application/x-www-form-urlencoded",
          "application/json; charset=utf-16",
        ),
      )
      .map(([payload, contentType]) => ({ method: "POST" as const, contentType, payload, kind: "raw body" })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(mutatedDocument, variables).map(([query, vars]) => ({
      method: "GET" as const,
      contentType: "application/json",
      payload: new URLSearchParams({ query, variables: JSON.stringify(vars) }).toString(),
      kind: "GET",
    })),
  },
);
