// A property-based fuzz over the schema's own arguments: every query field of the served schema,
// with random values of each argument's type (negative counts, nulls inside filters, Lucene syntax,
// impossible dates, unknown ids …) sent as variables to the real server. A client's mistake must
// never be answered as a server fault: no 5xx, no INTERNAL_SERVER_ERROR, no DATABASE_ERROR.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import {
  buildSchema,
  type GraphQLInputType,
  type GraphQLNamedType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSeededServer } from "../support/seeded-server.js";
import type { ServerProcess } from "../support/server-process.js";

const schema = buildSchema(
  readFileSync(join(import.meta.dirname, "..", "..", "schema", "generated", "schema.graphql"), "utf8"),
);

const scalars: Record<string, fc.Arbitrary<unknown>> = {
  Int: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -2_000_000, max: 2_000_000 })),
  Float: fc.oneof(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.constant(0)),
  Boolean: fc.boolean(),
  String: fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom("barts", "AND OR (", "barts AND (", "*", "word~2", "", " ", "\\", '"', "NOT", "a".repeat(600)),
    fc.array(fc.constantFrom("x~2", "and", "(", "b*"), { maxLength: 60 }).map((w) => w.join(" ")),
  ),
  ID: fc.constantFrom("barts-health", "elft", "tht", "alliance", "nope", "", "PARTNER_IN:elft->tht", "rev-1"),
  Date: fc.constantFrom("2023-01-01", "2016-04-01", "1900-01-01", "2021-02-30", "2022", "x", "9999-12-31"),
  DateTime: fc.constantFrom("2023-01-01T00:00:00Z", "nope", "2023-13-01T00:00:00Z"),
  JSONObject: fc.constant({}),
};

function arbitraryOf(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arbitraryOf(type.ofType, depth);
  if (isListType(type)) return fc.array(arbitraryOf(type.ofType, depth), { maxLength: 3 });
  const named = getNamedType(type) as GraphQLNamedType;
  if (isEnumType(named)) return fc.constantFrom(...named.getValues().map((v) => v.value as string));
  if (isScalarType(named)) return scalars[named.name] ?? fc.string({ maxLength: 8 });
  if (isInputObjectType(named)) {
    if (depth > 2) return fc.constant({});
    const fields = Object.values(named.getFields());
    return fc
      .subarray(fields, { maxLength: Math.min(3, fields.length) })
      .chain((chosen) =>
        fc.record(
          Object.fromEntries(
            chosen.map((f) => [
              f.name,
              isNonNullType(f.type)
                ? arbitraryOf(f.type, depth + 1)
                : fc.oneof(
                    { weight: 1, arbitrary: fc.constant(null) },
                    { weight: 5, arbitrary: arbitraryOf(f.type, depth + 1) },
                  ),
            ]),
          ),
        ),
      );
  }
  return fc.constant(null);
}

const fields = Object.values(schema.getQueryType()?.getFields() ?? {});

/** One query field with random arguments, as a document and its variables. */
const request = fc.constantFrom(...fields).chain((field) => {
  const args = field.args;
  return fc.subarray([...args]).chain((optional) => {
    const chosen = args.filter((a) => isNonNullType(a.type) || optional.includes(a));
    return fc.record(Object.fromEntries(chosen.map((a) => [a.name, arbitraryOf(a.type, 0)]))).map((values) => {
      const defs = chosen.map((a) => `$${a.name}: ${String(a.type)}`).join(", ");
      const uses = chosen.map((a) => `${a.name}: $${a.name}`).join(", ");
      const selection = isLeafType(getNamedType(field.type)) ? "" : " { __typename }";
      const query = `query Fuzz${defs ? `(${defs})` : ""} { ${field.name}${uses ? `(${uses})` : ""}${selection} }`;
      return { field: field.name, query, variables: values };
    });
  });
});

describe("fuzzing every query field's arguments", () => {
  let server: ServerProcess;
  let url: string;

  beforeAll(async () => {
    ({ server, url } = await startSeededServer());
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("answers no client mistake as a server fault", async () => {
    const codes = new Map<string, number>();
    const faults: string[] = [];
    await fc.assert(
      fc.asyncProperty(request, async ({ field, query, variables }) => {
        const response = await fetch(`${url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
        const found = (body.errors ?? []).map((e) => e.extensions?.code ?? "(none)");
        for (const code of found.length > 0 ? found : ["OK"]) codes.set(code, (codes.get(code) ?? 0) + 1);
        // DATABASE_TIMEOUT (504) is the deadline working on a loaded machine, not a mistake mishandled.
        const fault = response.status >= 500 && !found.every((c) => c === "DATABASE_TIMEOUT");
        if (fault || found.some((c) => c === "INTERNAL_SERVER_ERROR" || c === "DATABASE_ERROR"))
          faults.push(
            `${response.status} ${field} ${JSON.stringify(variables).slice(0, 200)}: ${body.errors?.[0]?.message}`,
          );
      }),
      { numRuns: 400, seed: 20261202 },
    );
    const summary = [...codes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`);
    process.stderr.write(`argument fuzz: 400 requests over ${fields.length} fields; codes ${summary.join(", ")}\n`);
    expect(faults.slice(0, 10)).toEqual([]);
    // Another valid request after it all.
    const after = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ organisations(limit: 1) { id } }" }),
    });
    expect(after.status).toBe(200);
  }, 300_000);
});
