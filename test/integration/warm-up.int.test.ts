// The warm-up (server/page/warm-up.ts) asks the page's own first questions through the real app on
// the seed graph: every one answered, none refused, so a page operation renamed or a variable
// changed without the warm-up following fails here rather than leaving first visitors cold.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WarmUpStep } from "../../server/page/warm-up.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { testNeo4j } from "../support/test-neo4j.js";

describe.skipIf(!testNeo4j().ownsDatabase)("the warm-up at start", () => {
  let app: TestApp;
  let steps: WarmUpStep[];
  beforeAll(async () => {
    app = await startTestApp({}, { warmUp: true });
    steps = await app.warmedUp;
  });
  afterAll(() => app.close());

  it("asks what a first visit asks, each answered without a refusal", () => {
    expect(steps.map((s) => s.operation)).toEqual([
      "Network",
      "Network",
      "Summary",
      "Search",
      "Focus",
      "NetworkScoped",
      "Focus",
      "NetworkScoped",
      "Timeline",
      "History",
      "RecentChanges",
      "GraphRevision",
    ]);
    expect(steps.filter((s) => s.code !== undefined)).toEqual([]);
  });

  it("asks for today's network and the whole one, and for an organisation's neighbourhood", async () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(steps[0]?.variables).toEqual({ asOf: today });
    expect(steps[1]?.variables).toEqual({ asOf: null });
    const id = steps.find((s) => s.operation === "Timeline")?.variables.id;
    const { data } = await app.gql<{ organisations: { id: string }[] }>(
      "query ($id: ID!) { organisations(where: { id: { eq: $id } }) { id } }",
      { id },
    );
    expect(data?.organisations).toEqual([{ id }]);
    expect(steps.filter((s) => s.operation === "Focus").map((s) => s.variables.depth)).toEqual([1, 2]);
  });

  it("settles at once when not asked for", async () => {
    const plain = await startTestApp();
    try {
      expect(await plain.warmedUp).toEqual([]);
    } finally {
      await plain.close();
    }
  });
});
