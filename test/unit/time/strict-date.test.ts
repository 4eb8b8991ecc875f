import { makeExecutableSchema } from "@graphql-tools/schema";
import { graphql, parse, specifiedRules, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { strictDates, useStrictDates } from "../../../server/schema-parts/strict-date.js";

const schema = useStrictDates(
  makeExecutableSchema({
    typeDefs: `
      scalar Date
      input Window { from: Date, to: Date }
      type Query { on(asOf: Date): String, within(window: Window): String, days(list: [Date!]): String }
    `,
    resolvers: {
      Date: { serialize: String },
      Query: { on: (_: unknown, { asOf }: { asOf?: unknown }) => String(asOf) },
    },
  }),
);

const problems = (query: string) =>
  validate(schema, parse(query), [strictDates, ...specifiedRules]).map((e) => ({
    message: e.message,
    code: e.extensions.code,
    argument: e.extensions.argument,
  }));

describe("the strict Date scalar", () => {
  it("takes a calendar day as a literal and as a variable", async () => {
    expect(problems('{ on(asOf: "2022-07-01") }')).toEqual([]);
    const answer = await graphql({
      schema,
      source: "query($d: Date) { on(asOf: $d) }",
      variableValues: { d: "2016-02-29" },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.on).toBe("2016-02-29");
  });

  it.each(['"2021-02-30"', '"2022"', '"2022-07-01T00:00:00+01:00"', "20220701", '["2022-07-01"]', "true"])(
    "refuses the literal %s with BAD_USER_INPUT naming the argument",
    (literal) => {
      expect(problems(`{ on(asOf: ${literal}) }`)).toEqual([
        expect.objectContaining({
          code: "BAD_USER_INPUT",
          argument: "asOf",
          message: expect.stringMatching(/^asOf: /),
        }),
      ]);
    },
  );

  it("names the input field of a nested filter", () => {
    expect(problems('{ within(window: { from: "2022-07-01", to: "2022-02-30" }) }')).toEqual([
      expect.objectContaining({ code: "BAD_USER_INPUT", argument: "window.to" }),
    ]);
  });

  it("names each wrong day of a list", () => {
    expect(problems('{ days(list: ["2022-07-01", "2022-7-2"]) }')).toEqual([
      expect.objectContaining({ code: "BAD_USER_INPUT", argument: "list" }),
    ]);
  });

  it.each(["2021-02-30", "2022", "2022-07-01T23:00:00Z", 20220701])(
    "refuses the variable %j, naming it",
    async (value) => {
      const answer = await graphql({
        schema,
        source: "query($d: Date) { on(asOf: $d) }",
        variableValues: { d: value },
      });
      expect(answer.data).toBeUndefined();
      expect(answer.errors?.[0]?.message).toMatch(/^Variable "\$d" got invalid value/);
    },
  );
});
