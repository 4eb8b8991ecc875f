// Stories written in the page, stored in the graph (one :Story node each, its story as JSON) and
// kept in history like any element: saving or removing one is a revision whose one change is the
// story (element id `story:<id>`), before and after. A story is checked as the shipped YAML ones
// are (read-stories.ts for its shape, check/check-stories.ts against the graph as it is now: ids,
// dates, quotes in its source, no claim its quotes do not make), and refused whole otherwise.
// Shipped stories (seed/stories/*.yaml) stay files: their ids cannot be saved over.
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import type { Story } from "../../core/story.js";
import { fieldName } from "../../core/text/field-path.js";
import { fieldIssues } from "../../core/text/zod-problems.js";
import { checkStories } from "../check/check-stories.js";
import { readGraphIn } from "../live/read-live-graph.js";
import type { RecordContent } from "../plan/record-content.js";
import { storyFile, storyId } from "../read/read-stories.js";
import { recordRevision } from "./apply-changes.js";
import { ChangeError, type ChangeProblem, type ElementChange, type Revision, revisionId } from "./change-set.js";

/** A story file's field as the API's StoryInput names it: `steps[0].highlight.nodes[1]` → `story.steps[0].highlightNodes[1]`. */
export function storyInputField(field: string): string {
  return `story.${field
    .replace(/\.highlight\.nodes/, ".highlightNodes")
    .replace(/\.highlight\.edges/, ".highlightEdges")
    .replace(/\.view\.(focus|zoom)/, ".$1")}`;
}
const describeStoryField = (p: ChangeProblem) => storyInputField(p.field);

/** The history id of a story: apart from node ids, which may be spelt the same. */
export const storyElementId = (id: string): string => `story:${id}`;

const readStory = `MATCH (s:Story {id: $id}) RETURN s.json AS json`;
const putStory = `MERGE (s:Story {id: $id}) SET s.json = $json, s.title = $title`;
const deleteStory = `MATCH (s:Story {id: $id}) DELETE s`;

/** Every story saved in the graph, by title. */
export async function readGraphStories(driver: Driver, database: string): Promise<Story[]> {
  const { records } = await driver.executeQuery(
    "MATCH (s:Story) RETURN s.json AS json ORDER BY s.title, s.id",
    {},
    { database, routing: "READ" },
  );
  return records.map((r) => JSON.parse(String(r.get("json"))) as Story);
}

/** A story as a client sends it, in the shipped files' shape plus its id; every problem at its field. */
export function parseStory(input: unknown): Story {
  const { id, ...rest } = (input ?? {}) as { id?: unknown };
  const problems: ChangeProblem[] = [];
  if (typeof id !== "string" || !storyId.test(id))
    problems.push({
      entry: 0,
      field: "id",
      code: ErrorCode.SchemaInvalid,
      message: "must be lower-case letters, digits and hyphens, such as alliance-in-2016",
    });
  const parsed = storyFile.safeParse(rest);
  if (!parsed.success)
    for (const issue of fieldIssues(parsed.error, rest))
      problems.push({ entry: 0, field: fieldName(issue.path), code: ErrorCode.SchemaInvalid, message: issue.message });
  if (problems.length > 0 || !parsed.success) throw new ChangeError(problems, describeStoryField);
  return { id: id as string, ...parsed.data };
}

async function storyIn(tx: ManagedTransaction, id: string): Promise<Story | null> {
  const found = await tx.run(readStory, { id });
  const json = found.records[0]?.get("json");
  return typeof json === "string" ? (JSON.parse(json) as Story) : null;
}

/** Writes `after` (null: removes the story) and records the revision, in `tx`. */
async function commitStory(
  tx: ManagedTransaction,
  id: string,
  before: Story | null,
  after: Story | null,
  by: { author: string; reason: string; origin?: "edit" | "revert"; reverts?: number },
): Promise<Revision> {
  if (after) await tx.run(putStory, { id, json: JSON.stringify(after), title: after.title });
  else await tx.run(deleteStory, { id });
  const change: ElementChange = {
    id: storyElementId(id),
    kind: "story",
    action: before === null ? "added" : after === null ? "removed" : "updated",
    before: before as unknown as RecordContent | null,
    after: after as unknown as RecordContent | null,
  };
  const set = {
    author: by.author,
    reason: by.reason,
    origin: by.origin ?? "edit",
    ...(by.reverts ? { reverts: by.reverts } : {}),
  };
  const { number, at } = await recordRevision(tx, [change], set);
  return {
    number,
    id: revisionId(number),
    at,
    author: by.author,
    reason: by.reason,
    origin: set.origin,
    reverts: by.reverts ?? null,
    changes: [change],
  };
}

/** The story's checks against the graph as it is in `tx`: problems at `story.<field>`. */
async function checkAgainstGraph(tx: ManagedTransaction, story: Story): Promise<void> {
  const graph = await readGraphIn(tx);
  const problems = checkStories([story], graph);
  if (problems.length > 0)
    throw new ChangeError(
      problems.map((p) => ({ entry: 0, field: p.field, code: p.code, message: p.message })),
      describeStoryField,
    );
}

export interface StoryWrite {
  driver: Driver;
  database: string;
  /** The ids of the shipped stories (seed/stories/*.yaml): changed in their files, not here. */
  shippedIds: () => readonly string[];
  timeoutMs?: number | undefined;
}

/** Saves a story (added or replaced) as one revision, or refuses it whole. */
export async function saveStory(
  target: StoryWrite,
  input: unknown,
  by: { author: string; reason: string },
): Promise<Revision> {
  if (by.reason.trim() === "") throw reasonMissing();
  const story = parseStory(input);
  if (target.shippedIds().includes(story.id))
    throw new ChangeError(
      [
        {
          entry: 0,
          field: "id",
          code: ErrorCode.DuplicateId,
          message: `"${story.id}" is a shipped story (seed/stories/${story.id}.yaml): change it in its file, or save this one under another id`,
        },
      ],
      describeStoryField,
    );
  const session = target.driver.session({ database: target.database });
  try {
    return await session.executeWrite(
      async (tx) => {
        await checkAgainstGraph(tx, story);
        const before = await storyIn(tx, story.id);
        if (before && JSON.stringify(before) === JSON.stringify(story))
          throw new ThtError(ErrorCode.NothingChanged, "the story is already saved exactly so");
        return commitStory(tx, story.id, before, story, by);
      },
      target.timeoutMs ? { timeout: target.timeoutMs } : undefined,
    );
  } finally {
    await session.close();
  }
}

/** Removes a saved story as one revision (history keeps it; a revert brings it back). */
export async function removeStory(
  target: StoryWrite,
  id: string,
  by: { author: string; reason: string },
): Promise<Revision> {
  if (by.reason.trim() === "") throw reasonMissing();
  const session = target.driver.session({ database: target.database });
  try {
    return await session.executeWrite(async (tx) => {
      const before = await storyIn(tx, id);
      if (!before) throw new ThtError(ErrorCode.NotFound, `no story "${id}" is saved in the graph`);
      return commitStory(tx, id, before, null, by);
    });
  } finally {
    await session.close();
  }
}

/** Undoes a story's revision in `tx` (history.ts's revert, for a revision that changed a story). */
export async function revertStoryChange(
  tx: ManagedTransaction,
  change: ElementChange,
  by: { author: string; reason: string; reverts: number },
): Promise<Revision> {
  const id = change.id.replace(/^story:/, "");
  const restored = change.before as unknown as Story | null;
  if (restored) await checkAgainstGraph(tx, restored);
  return commitStory(tx, id, change.after as unknown as Story | null, restored, { ...by, origin: "revert" });
}

function reasonMissing(): ChangeError {
  return new ChangeError(
    [
      {
        entry: 0,
        field: "reason",
        code: ErrorCode.BadUserInput,
        message: "say why (a reason is kept with the revision)",
      },
    ],
    () => "reason",
  );
}
