import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  generatedSchemaPath,
  pageOperationsDir,
  printFullSchema,
  printPageOperations,
  printWireTypes,
  wireTypesPath,
} from "../../../server/print-schema.js";

describe("the checked-in contract (npm run schema:print rewrites it)", () => {
  it("schema/generated/schema.graphql is the SDL the type definitions generate today", async () => {
    expect(
      readFileSync(generatedSchemaPath, "utf8") === (await printFullSchema()),
      "schema/generated/schema.graphql is stale: run npm run schema:print",
    ).toBe(true);
  });

  it("schema/generated/wire-types.ts is what GraphQL Code Generator makes of that SDL today", async () => {
    expect(
      readFileSync(wireTypesPath, "utf8") === (await printWireTypes()),
      "schema/generated/wire-types.ts is stale: run npm run schema:print",
    ).toBe(true);
  });

  it("viz/src/data/generated/ holds the page's operations, valid against that SDL, as the client preset writes them", async () => {
    const files = await printPageOperations(readFileSync(generatedSchemaPath, "utf8"));
    expect(files.size).toBeGreaterThan(0);
    for (const [name, content] of files)
      expect(
        readFileSync(join(pageOperationsDir, name), "utf8") === content,
        `${name} is stale: run npm run schema:print`,
      ).toBe(true);
  });
});
