import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatedSchemaPath, printFullSchema } from "../../server/print-schema.js";

describe("schema/generated/schema.graphql", () => {
  it("is the SDL the type definitions generate today (run npm run schema:print after changing schema/)", async () => {
    expect(
      readFileSync(generatedSchemaPath, "utf8") === (await printFullSchema()),
      "schema/generated/schema.graphql is stale: run npm run schema:print",
    ).toBe(true);
  });
});
