// Every example in schema/examples/ is a real question with a checked-in answer beside it
// (NAME.expected.json). `npx vitest run -u` rewrites the answers after a deliberate change.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { testNeo4j } from "../support/test-neo4j.js";

const examplesDir = join(import.meta.dirname, "..", "..", "schema", "examples");
const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith(".graphql"))
  .sort();

describe.skipIf(!testNeo4j().ownsDatabase)("schema/examples", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("has at least ten examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  it.each(examples)("%s answers as expected", async (name) => {
    const query = readFileSync(join(examplesDir, name), "utf8");
    expect(query).toMatch(/^# .+\?|^# .+/);
    const result = await app.gql(query);
    expect(result.errors).toBeUndefined();
    await expect(`${JSON.stringify(result.data, null, 2)}\n`).toMatchFileSnapshot(
      join(examplesDir, name.replace(/\.graphql$/, ".expected.json")),
    );
  });
});
