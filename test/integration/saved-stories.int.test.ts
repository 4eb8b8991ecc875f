// Stories written in the page are stored in the graph with history (issue 17): saveStory checks a
// story as the shipped story files are checked (shape; ids, dates and quotes against the graph as it
// is now; no claim its quotes do not make), each problem at its StoryInput field, writing nothing;
// a saved story is served beside the shipped ones, its revisions are in history, and a revert or
// removeStory are revisions too. Shipped stories cannot be saved over.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSeed } from "../../seed/read-seed.js";
import { writeSeed } from "../../seed/write/write-seed.js";
import { signEditorToken } from "../../server/auth/sign-editor-token.js";
import { type RunningApp, startApp } from "../support/start-app.js";
import { testNeo4j } from "../support/test-neo4j.js";

const secret = "stories-test-secret-stories-test-secret";
const auth = { secret, jwksUrl: undefined, audience: "tht-graph", issuer: "tht-graph" };
const transfer = "On 1 April 2016, the Care Group began providing health visiting services to the borough";

const save = `mutation Save($story: StoryInput!, $reason: String!) {
  saveStory(story: $story, reason: $reason) { id number changes { id kind action } }
}`;

interface Problem {
  field: string;
  code: string;
}

const story = (overrides: Record<string, unknown> = {}, step: Record<string, unknown> = {}) => ({
  id: "care-group-in-2016",
  title: "The Care Group in 2016",
  description: "Health visiting moves to the GP Care Group.",
  source: "tht-partners",
  steps: [
    {
      title: "Health visiting",
      caption: "The Care Group began providing health visiting services",
      date: "2016-04-01",
      highlightNodes: ["gp-care-group"],
      focus: "gp-care-group",
      zoom: 1.2,
      cite: [transfer],
      ...step,
    },
  ],
  ...overrides,
});

describe("stories saved from the page", () => {
  let app: RunningApp;
  let editor: Record<string, string>;
  const { database } = testNeo4j();
  const revision = async () =>
    ((await app.gql("{ graphRevision }")).json.data as { graphRevision: number }).graphRevision;
  const refused = async (variables: Record<string, unknown>) => {
    const before = await revision();
    const answer = await app.gql(save, variables, editor);
    expect(answer.json.data).toBeNull();
    expect(await revision()).toBe(before);
    const error = answer.json.errors?.[0];
    return { code: error?.extensions?.code, problems: (error?.extensions?.problems ?? []) as Problem[] };
  };
  const index = async () => (await app.fetch("/stories/index.json")).json as { id: string; saved?: boolean }[];

  beforeAll(async () => {
    app = await startApp({ JWT_SECRET: secret });
    await writeSeed(app.driver, readSeed(), { database, reset: true });
    await app.driver.executeQuery("MATCH (s:Story) DELETE s", {}, { database });
    editor = { authorization: `Bearer ${await signEditorToken(auth, { subject: "alice" })}` };
  });
  afterAll(async () => {
    await app?.driver.executeQuery("MATCH (s:Story) DELETE s", {}, { database });
    await writeSeed(app.driver, readSeed(), { database, reset: true });
    await app?.close();
  });

  it("refuses a story the shipped stories' checks refuse, each problem at its field, writing nothing", async () => {
    const bad = await refused({
      story: story({}, { cite: ["not in the source"], highlightNodes: ["gp-care-group", "no-such-node"] }),
      reason: "x",
    });
    expect(bad.problems.map((p) => [p.field, p.code])).toEqual(
      expect.arrayContaining([
        ["story.steps[0].highlightNodes[1]", "UNKNOWN_REFERENCE"],
        ["story.steps[0].cite[0]", "CITATION_NOT_FOUND"],
      ]),
    );
    // A caption that says what its quotes do not.
    const claim = await refused({ story: story({}, { caption: "It took on 999 staff" }), reason: "x" });
    expect(claim.problems.map((p) => [p.field, p.code])).toEqual([["story.steps[0].caption", "STORY_STEP_INVALID"]]);
    const shape = await refused({ story: story({ id: "Bad Id", steps: [] }), reason: "x" });
    expect(shape.problems.map((p) => p.field)).toEqual(["story.id", "story.steps"]);
    const shipped = await refused({ story: story({ id: "tower-hamlets-together" }), reason: "x" });
    expect(shipped.problems.map((p) => [p.field, p.code])).toEqual([["story.id", "DUPLICATE_ID"]]);
    const unexplained = await refused({ story: story(), reason: " " });
    expect(unexplained.problems.map((p) => p.field)).toEqual(["reason"]);
    expect((await index()).some((s) => s.id === "care-group-in-2016")).toBe(false);
  });

  it("saves a story into the graph, serves it beside the shipped ones, and keeps its history through an update, a revert and a removal", async () => {
    const saved = await app.gql(save, { story: story(), reason: "for the board" }, editor);
    expect(saved.json.errors).toBeUndefined();
    expect((saved.json.data as { saveStory: { changes: unknown[] } }).saveStory.changes).toEqual([
      { id: "story:care-group-in-2016", kind: "STORY", action: "ADDED" },
    ]);
    expect((await index()).find((s) => s.id === "care-group-in-2016")).toMatchObject({ saved: true });
    expect((await index()).find((s) => s.id === "tower-hamlets-together")?.saved).toBeUndefined();
    const served = (await app.fetch("/stories/care-group-in-2016.json")).json as Record<string, unknown>;
    expect(served).toMatchObject({
      id: "care-group-in-2016",
      steps: [
        {
          date: "2016-04-01",
          highlight: { nodes: ["gp-care-group"], edges: [] },
          view: { focus: "gp-care-group", zoom: 1.2 },
        },
      ],
    });

    const again = await app.gql(save, { story: story(), reason: "same" }, editor);
    expect(again.json.errors?.[0]?.extensions?.code).toBe("NOTHING_CHANGED");
    const changed = await app.gql(
      save,
      { story: story({ title: "Health visiting, 2016" }), reason: "a better title" },
      editor,
    );
    const updated = (changed.json.data as { saveStory: { id: string; changes: { action: string }[] } }).saveStory;
    expect(updated.changes.map((c) => c.action)).toEqual(["UPDATED"]);

    const history = await app.gql(
      '{ history(id: "story:care-group-in-2016") { id reason changes { action before after } } }',
    );
    const revisions = (history.json.data as { history: { id: string; reason: string }[] }).history;
    expect(revisions.map((r) => r.reason)).toEqual(["a better title", "for the board"]);

    const reverted = await app.gql(
      `mutation { revert(revision: "${updated.id}", reason: "the first title was right") { origin changes { action } } }`,
      {},
      editor,
    );
    expect(reverted.json.errors).toBeUndefined();
    expect((await app.fetch("/stories/care-group-in-2016.json")).json).toMatchObject({
      title: "The Care Group in 2016",
    });

    const removed = await app.gql(
      'mutation { removeStory(id: "care-group-in-2016", reason: "not needed") { changes { action } } }',
      {},
      editor,
    );
    expect((removed.json.data as { removeStory: { changes: { action: string }[] } }).removeStory.changes).toEqual([
      { action: "REMOVED" },
    ]);
    expect((await index()).some((s) => s.id === "care-group-in-2016")).toBe(false);
    expect((await app.fetch("/stories/care-group-in-2016.json")).status).toBe(404);
  });
});
