// The query limits on the real schema, without a database: what each limit counts, and that every
// shipped example and every page operation passes all of them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type GraphQLError, Kind, parse, print, specifiedRules, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { queryLimits } from "../../server/http/query-limits.js";
import { queryLimitRules } from "../../server/plugins/query-limit-rules.js";
import { buildSchema, schemaDir } from "../../server/schema.js";
import { capturingDriver } from "../support/capture-cypher.js";

const schema = await buildSchema({ driver: capturingDriver([]), queryTimeoutMs: 10_000 });
const rules = [...specifiedRules, ...queryLimitRules(queryLimits)];

function problems(source: string): readonly GraphQLError[] {
  return validate(schema, parse(source), rules);
}

function codes(source: string): unknown[] {
  return problems(source).map((e) => e.extensions.code);
}

/** The cost the rule found; undefined when the document is within the limit. */
function costOver(source: string): unknown {
  return problems(source).find((e) => e.extensions.code === "QUERY_TOO_COSTLY")?.extensions.cost;
}

function aliases(count: number, field: string): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(" ")} }`;
}

describe("the cost limit", () => {
  it("counts limit as it counts first: three nested lists of 1,000 are refused", () => {
    const source = "{ organisations(limit: 1000) { partnerIn(limit: 1000) { partners(limit: 1000) { id } } } }";
    expect(codes(source)).toEqual(["QUERY_TOO_COSTLY"]);
    expect(costOver(source)).toBe(1 + 1000 * (1 + 1000 * (1 + 1000)));
    expect(codes("{ organisations(limit: 1000) { partners(limit: 1000) { id } } }")).toEqual(["QUERY_TOO_COSTLY"]);
    expect(codes("{ organisations(limit: 1000) { partners(limit: 100) { id } } }")).toEqual([]);
  });

  it("counts a connection's first for everything under it", () => {
    const source = "{ organisationsConnection(first: 1000) { edges { node { partners(limit: 1000) { id } } } } }";
    expect(codes(source)).toEqual(["QUERY_TOO_COSTLY"]);
    expect(codes(source.replace("first: 1000", "first: 10"))).toEqual([]);
  });

  it("counts a list without limit or first as the 100 items @limit answers", () => {
    expect(costOver("{ organisations { partnerIn { partners { partnerIn { id } } } } }")).toBe(
      1 + 100 * (1 + 100 * (1 + 100 * (1 + 100))),
    );
    // search declares its own default (first: 10).
    expect(problems('{ search(text: "x") { edges { node { key } } } }')).toEqual([]);
  });

  it("counts a variable limit as the most a list answers, unless the variable has a default", () => {
    const nested = (variable: string) =>
      `query Nested(${variable}) { organisations(limit: $n) { partners(limit: $n) { id } } }`;
    expect(codes(nested("$n: Int"))).toEqual(["QUERY_TOO_COSTLY"]);
    expect(codes(nested("$n: Int = 10"))).toEqual([]);
  });

  it("counts one item for a where on a unique id", () => {
    const byId = `{ organisations(where: { id: { eq: "tht" } }) { partners { partners { id } } } }`;
    expect(problems(byId)).toEqual([]);
    expect(codes(byId.replace('id: { eq: "tht" }', 'name: { eq: "THT" }'))).toEqual(["QUERY_TOO_COSTLY"]);
  });

  it("counts each alias of network and neighbourhood: four fit, five do not", () => {
    const hub = 'neighbourhood(id: "barts-health", depth: 3) { nodes { key } }';
    expect(problems(aliases(4, hub))).toEqual([]);
    expect(codes(aliases(5, hub))).toEqual(["QUERY_TOO_COSTLY"]);
    expect(codes(aliases(15, hub))).toEqual(["QUERY_TOO_COSTLY"]);
    expect(codes(aliases(5, "network { nodes { key } }"))).toEqual(["QUERY_TOO_COSTLY"]);
    expect(codes(aliases(2, "centrality { degree }"))).toEqual(["QUERY_TOO_COSTLY"]);
  });

  it("costs a fragment as its fields wherever it is spread, and each spread again", () => {
    const inline = "{ organisations(limit: 10) { id name partners(limit: 10) { id name } } }";
    const spread = `{ organisations(limit: 10) { ...F partners(limit: 10) { ...F } } } fragment F on Organisation { id name }`;
    const over = (source: string) =>
      validate(schema, parse(source), queryLimitRules({ ...queryLimits, cost: 0 })).map((e) => e.extensions.cost);
    expect(over(spread)).toEqual(over(inline));
  });

  it("refuses as a validation error with the cost and the limit", () => {
    const [error] = problems(aliases(5, "network { nodes { key } }"));
    expect(error?.extensions).toMatchObject({ code: "QUERY_TOO_COSTLY", limit: queryLimits.cost });
    expect(error?.message).toMatch(/^Query cost limit of 200000 exceeded, found \d+/);
  });
});

describe("the depth limit", () => {
  const threeLevels = `{ organisations(limit: 1) { ...Org } }
    fragment Org on Organisation { id partners(limit: 1) { ...Partner } }
    fragment Partner on Organisation { id name }`;

  it("counts fields, not fragments: three levels through two fragments pass", () => {
    expect(problems(threeLevels)).toEqual([]);
    // Each fragment used to count two levels: 3 + 2 × 2 = 7, over the limit of 6.
    const sixThroughFragments = `{ organisations(limit: 1) { ...A } }
      fragment A on Organisation { partners(limit: 1) { ...B } }
      fragment B on Organisation { partners(limit: 1) { ...C } }
      fragment C on Organisation { partners(limit: 1) { partners(limit: 1) { ... on Organisation { id } } } }`;
    expect(problems(sixThroughFragments)).toEqual([]);
  });

  it("still refuses seven levels of fields hidden in fragments", () => {
    const seven = `{ organisations(limit: 1) { ...A } }
      fragment A on Organisation { partners(limit: 1) { ...B } }
      fragment B on Organisation { partners(limit: 1) { partners(limit: 1) { partners(limit: 1) { partners(limit: 1) { id } } } } }`;
    expect(codes(seven)).toEqual(["QUERY_TOO_DEEP"]);
  });
});

describe("every shipped document passes every limit", () => {
  const examplesDir = join(schemaDir, "examples");
  const examples = readdirSync(examplesDir).filter((name) => name.endsWith(".graphql"));
  it.each(examples)("schema/examples/%s", (name) => {
    expect(problems(readFileSync(join(examplesDir, name), "utf8"))).toEqual([]);
  });

  const page = parse(readFileSync(join(import.meta.dirname, "../../viz/src/data/operations.graphql"), "utf8"));
  const fragments = page.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const operations = page.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d] : []));
  it.each(operations.map((o) => [o.name?.value, o] as const))("the page's %s", (_, operation) => {
    const spreads = (source: string) => [...source.matchAll(/\.\.\.(\w+)/g)].map((m) => m[1]);
    const used = new Set(spreads(print(operation)));
    // Fragments spread by other fragments too (NodeFields spreads DatePointFields).
    for (const name of used) {
      const fragment = fragments.find((f) => f.name.value === name);
      for (const inner of fragment ? spreads(print(fragment)) : []) used.add(inner);
    }
    const source = [operation, ...fragments.filter((f) => used.has(f.name.value))].map((d) => print(d)).join("\n");
    expect(problems(source)).toEqual([]);
  });
});
