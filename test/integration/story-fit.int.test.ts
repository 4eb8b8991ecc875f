// Stories know their data: the server checks what each story's steps name against the loaded graph
// (server/graph/present-elements.ts, through each relationship type's id index), so that a step
// naming a retracted fact says so, and a story written for another dataset is marked absent and not
// offered. Real app, real Neo4j.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Story, StorySummary } from "../../core/story.js";
import { readSeed } from "../../seed/read-seed.js";
import { writeSyntheticSeed } from "../../seed/synthetic/write-synthetic-seed.js";
import { writeSeed } from "../../seed/write/write-seed.js";
import { signEditorToken } from "../../server/auth/sign-editor-token.js";
import { presentElements } from "../../server/graph/present-elements.js";
import { type RunningApp, startApp } from "../support/start-app.js";
import { testNeo4j } from "../support/test-neo4j.js";

const secret = "story-fit-secret-story-fit-secret-123";
const auth = { secret, jwksUrl: undefined, audience: "tht-graph", issuer: "tht-graph" };
const shipped = "tower-hamlets-together";
const retracted = "PARTNER_IN:healthwatch-tower-hamlets->tht";

describe.skipIf(!testNeo4j().ownsDatabase)("stories against the loaded graph", () => {
  let app: RunningApp;
  let editor: Record<string, string>;
  const { database } = testNeo4j();
  const index = async () => (await app.fetch("/stories/index.json")).json as unknown as StorySummary[];
  const story = async () => (await app.fetch(`/stories/${shipped}.json`)).json as unknown as Story;

  beforeAll(async () => {
    app = await startApp({ JWT_SECRET: secret });
    await writeSeed(app.driver, readSeed(), { database, reset: true });
    editor = { authorization: `Bearer ${await signEditorToken(auth, { subject: "alice" })}` };
  });
  afterAll(async () => {
    await writeSeed(app.driver, readSeed(), { database, reset: true });
    await app?.close();
  });

  it("finds which ids the graph holds, nodes and relationships of any type, and no others", async () => {
    const found = await presentElements(app.driver, database, {
      nodes: ["elft", "alliance", "no-such-node"],
      edges: [retracted, "TRANSFERRED_FROM:health-visiting-tupe-transfer->barts-health", "PARTNER_IN:elft->nowhere"],
    });
    expect([...found.nodes].sort()).toEqual(["alliance", "elft"]);
    expect([...found.edges].sort()).toEqual(
      [retracted, "TRANSFERRED_FROM:health-visiting-tupe-transfer->barts-health"].sort(),
    );
  });

  it("serves the shipped story as fitting the seed graph, then marks the steps naming a retracted fact", async () => {
    const before = (await index()).find((s) => s.id === shipped);
    expect(before).toBeDefined();
    expect(before).not.toHaveProperty("incomplete");
    expect(before).not.toHaveProperty("absent");
    expect((await story()).steps.some((s) => s.missing)).toBe(false);

    const naming = (await story()).steps.flatMap((s, i) => (s.highlight.edges.includes(retracted) ? [i + 1] : []));
    expect(naming.length).toBeGreaterThan(0);
    const answer = await app.gql(
      'mutation ($id: ID!) { retract(id: $id, reason: "test: a fact found wrong") { number } }',
      { id: retracted },
      editor,
    );
    expect(answer.json.errors).toBeUndefined();

    const after = (await index()).find((s) => s.id === shipped);
    expect(after?.incomplete).toEqual(naming);
    expect(after).not.toHaveProperty("absent");
    const steps = (await story()).steps;
    for (const n of naming) expect(steps[n - 1]?.missing).toEqual({ nodes: [], edges: [retracted] });
    expect(steps.filter((s) => s.missing)).toHaveLength(naming.length);
  });

  it("marks a story absent from a graph of another dataset", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tht-graph-story-fit-"));
    try {
      await writeSeed(app.driver, readSeed(writeSyntheticSeed(dir, 50, 1).dirs), { database, reset: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const entry = (await index()).find((s) => s.id === shipped);
    expect(entry?.absent).toBe(true);
    expect(entry?.incomplete).toHaveLength(entry?.steps ?? -1);
  });
});
