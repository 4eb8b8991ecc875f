// The cost each answer reports (extensions.cost), and that __typename costs nothing, without a database.
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { costOptions as options } from "../../server/http/query-limits.js";
import { operationCost } from "../../server/plugins/query-cost-rule.js";
import { valuesIn } from "../../server/plugins/report-cost.js";
import { buildSchema } from "../../server/schema.js";
import { capturingDriver } from "../support/capture-cypher.js";

const schema = await buildSchema({ driver: capturingDriver([]), queryTimeoutMs: 10_000 });
const cost = (source: string, name?: string) => operationCost(schema, parse(source), name, options);

describe("the cost an answer reports", () => {
  it("charges a list for the items it can answer, and nothing for __typename", () => {
    const plain = cost("{ organisations(limit: 200) { id name kind } }");
    expect(plain).toBe(1 + 200 * 3);
    expect(cost("{ __typename organisations(limit: 200) { __typename id name kind } }")).toBe(plain);
  });

  it("counts fragments and picks the named operation of several", () => {
    const source = `
      query A { organisations(limit: 10) { ...F } }
      query B { organisations(limit: 2) { id } }
      fragment F on Organisation { id name }`;
    expect(cost(source, "A")).toBe(1 + 10 * 2);
    expect(cost(source, "B")).toBe(1 + 2);
    expect(cost(source)).toBeUndefined();
    expect(cost(source, "C")).toBeUndefined();
  });

  it("counts the values an answer holds the same way, so a page of 8 rows answers less than it asked", () => {
    const data = {
      __typename: "Query",
      organisations: Array.from({ length: 8 }, (_, i) => ({
        __typename: "Organisation",
        id: `o${i}`,
        name: "n",
        kind: null,
      })),
    };
    expect(valuesIn(data)).toBe(1 + 8 * 3);
    expect(valuesIn({ a: { b: [[{ c: 1 }, { c: 2 }]] } })).toBe(1 + 1 + 2);
  });
});
