// The write mutations and history queries of schema/changes.graphql: each mutation is a change set
// of the one change model (seed/change/), applied as one revision whose author is the editor
// token's `sub` (put in the context by the require-editor plugin, which has verified it).
import { GraphQLScalarType } from "graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import type { Driver } from "neo4j-driver";
import { inputField, opOfChange, ops } from "../../core/change-inputs.js";
import type { AuthConfig } from "../../core/config.js";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { enumValue, type NodeLabel } from "../../core/vocabulary.js";
import { applyChangeSet } from "../../seed/change/apply-changes.js";
import {
  ChangeError,
  type ChangeProblem,
  type ElementChange,
  type Revision,
  revisionId,
} from "../../seed/change/change-set.js";
import { graphRevision, readHistory, readRevisions, revertRevision } from "../../seed/change/history.js";
import { type OpInput, parseOps } from "../../seed/change/parse-ops.js";
import { removeStory, saveStory } from "../../seed/change/stories.js";
import { readStories } from "../../seed/read/read-stories.js";
import { createEditorCheck } from "../auth/create-editor-check.js";

export interface ChangeTarget {
  driver: Driver;
  database: string;
  timeoutMs?: number | undefined;
  /** Where each applied revision is logged. */
  log?: ((line: string) => void) | undefined;
  /** How editor tokens are verified (the `editor` query checks one as a write would). */
  auth?: AuthConfig | undefined;
  /** Where the shipped stories are (their ids cannot be saved over); seed/stories by default. */
  storiesDir?: string | undefined;
}

/** What the require-editor plugin leaves in the context: the verified token's claims. */
export interface EditorContext {
  editor?: { sub?: string };
}

type Args = Record<string, unknown>;

function authorOf(context: EditorContext): string {
  if (!context.editor)
    throw new ThtError(ErrorCode.Unauthenticated, "this operation needs an editor token (Authorization: Bearer …)");
  const sub = context.editor.sub;
  if (!sub)
    throw new ThtError(ErrorCode.Unauthenticated, "the editor token names no editor (its `sub` claim is empty)");
  return sub;
}

const wire = (change: ElementChange) => ({
  ...change,
  kind: enumValue(change.kind),
  action: enumValue(change.action),
});

const wireRevision = (revision: Revision) => ({
  ...revision,
  origin: enumValue(revision.origin),
  reverts: revision.reverts === null ? null : revisionId(revision.reverts),
  changes: revision.changes.map(wire),
});

/** How an operation's own fields are named in the arguments: `input.to`, `set.name`, `cite[0].quote`. */
function fieldNamer(op: OpInput, prefix: string) {
  return (field: string) => {
    const f = inputField(field);
    if (op.op === "updateNode" || op.op === "updateRelationship")
      return `${prefix}${f === "id" || f.startsWith("cite") ? f : `set.${f}`}`;
    if (["addNode", "addRelationship", "addSource", "addFigure"].includes(op.op)) return `${prefix}input.${f}`;
    return `${prefix}${f}`;
  };
}

/** `readAt`, when given: a revision number (0 or more) the editor read the graph at. */
function readAtOf(readAt: unknown): { readAt?: number } {
  if (readAt === undefined || readAt === null) return {};
  if (!Number.isInteger(readAt) || (readAt as number) < 0)
    throw new ThtError(ErrorCode.BadUserInput, `readAt must be a graph revision number (0 or more), not ${readAt}`, {
      details: { field: "readAt" },
    });
  return { readAt: readAt as number };
}

/** The API's StoryInput in the story files' shape (read-stories.ts checks that shape). */
function storyFileShape(input: Args): Args {
  const steps = Array.isArray(input.steps) ? (input.steps as Args[]) : [];
  return {
    id: input.id,
    title: input.title,
    description: input.description,
    source: input.source,
    steps: steps.map((step) => ({
      title: step.title,
      caption: step.caption,
      date: step.date === null || step.date === undefined ? "all" : String(step.date).slice(0, 10),
      highlight: { nodes: step.highlightNodes ?? [], edges: step.highlightEdges ?? [] },
      view: {
        ...(step.focus ? { focus: step.focus } : {}),
        ...(typeof step.zoom === "number" ? { zoom: step.zoom } : {}),
      },
      cite: step.cite,
    })),
  };
}

export function changeResolvers(target: ChangeTarget) {
  const stories = {
    driver: target.driver,
    database: target.database,
    timeoutMs: target.timeoutMs,
    shippedIds: () =>
      (target.storiesDir === undefined ? readStories() : readStories(target.storiesDir)).map((s) => s.id),
  };
  // Without an auth config no token verifies: the `editor` query refuses every token, as writes do.
  const checkEditor = createEditorCheck(
    target.auth ?? { secret: undefined, jwksUrl: undefined, audience: "", issuer: "" },
  );
  const apply = async (
    inputs: { op: OpInput; name: (field: string) => string }[],
    reason: unknown,
    context: EditorContext,
    dryRun = false,
    readAt?: unknown,
  ) => {
    const author = authorOf(context);
    const describe = (p: ChangeProblem) => inputs[p.entry]?.name(p.field) ?? p.field;
    const parsed = parseOps(inputs.map((i) => i.op));
    if (parsed.problems.length > 0) throw new ChangeError(parsed.problems, describe);
    const revision = await applyChangeSet(
      target.driver,
      { ops: parsed.ops, reason: String(reason ?? ""), author, ...readAtOf(readAt) },
      { database: target.database, describe, dryRun, timeoutMs: target.timeoutMs },
    );
    if (!dryRun)
      target.log?.(
        `${revision.id} by ${author}: ${revision.changes.length} change${revision.changes.length === 1 ? "" : "s"} (${revision.reason})`,
      );
    return revision;
  };
  const one = (op: OpInput) => [{ op, name: fieldNamer(op, "") }];
  const many = (changes: unknown) =>
    (Array.isArray(changes) ? changes : []).map((change, i) => {
      const { name, op } = opOfChange(change as Args, i);
      const prefix = `changes[${i}].${name.replace(/\.node$/, "")}.`;
      const namer = fieldNamer(op, prefix);
      // addNode's record sits under `node`, not `input`.
      return {
        op,
        name: (field: string) =>
          namer(field).replace(`${prefix}input.`, name.endsWith(".node") ? `${prefix}node.` : prefix),
      };
    });
  const revisionNumber = (id: unknown): number => {
    const match = /^(?:rev-)?(\d+)$/.exec(String(id));
    if (!match)
      throw new ThtError(ErrorCode.BadUserInput, `revision must be a revision id such as "rev-12", not "${id}"`, {
        details: { field: "revision" },
      });
    return Number(match[1]);
  };

  return {
    // graphql-scalars' JSONObject, without its @specifiedBy: default introspection (what client
    // tools read) does not carry it, and the checked-in SDL is what introspection serves.
    JSONObject: new GraphQLScalarType({ ...GraphQLJSONObject.toConfig(), specifiedByURL: null }),
    Mutation: {
      addOrganisation: (_: unknown, a: Args, c: EditorContext) =>
        apply(one(ops.addNode("Organisation", a.input as Args)), a.reason, c).then(wireRevision),
      addNode: (_: unknown, a: Args, c: EditorContext) =>
        apply(one(ops.addNode(a.type as NodeLabel, a.input as Args)), a.reason, c).then(wireRevision),
      // Only an organisation: the same update, refused (ENDPOINT_KIND) for any other node.
      updateOrganisation: (_: unknown, a: Args, c: EditorContext) =>
        apply(
          one({ ...ops.updateNode(String(a.id), a.set as Args, a.cite), label: "Organisation" } as OpInput),
          a.reason,
          c,
        ).then(wireRevision),
      updateNode: (_: unknown, a: Args, c: EditorContext) =>
        apply(one(ops.updateNode(String(a.id), a.set as Args, a.cite)), a.reason, c).then(wireRevision),
      addRelationship: (_: unknown, a: Args, c: EditorContext) =>
        apply(one(ops.addRelationship(a.input as Args)), a.reason, c).then(wireRevision),
      updateRelationship: (_: unknown, a: Args, c: EditorContext) =>
        apply(one(ops.updateRelationship(String(a.id), a.set as Args, a.cite)), a.reason, c).then(wireRevision),
      endRelationship: (_: unknown, a: Args, c: EditorContext) =>
        apply(one(ops.endRelationship(String(a.id), a.on, a.cite)), a.reason, c).then(wireRevision),
      retract: (_: unknown, a: Args, c: EditorContext) =>
        apply(one(ops.retract(String(a.id))), a.reason, c).then(wireRevision),
      addSource: (_: unknown, a: Args, c: EditorContext) =>
        apply(one(ops.addSource(a.input as Args)), a.reason, c).then(wireRevision),
      removeSource: (_: unknown, a: Args, c: EditorContext) =>
        apply(one(ops.removeSource(String(a.id))), a.reason, c).then(wireRevision),
      addFigure: (_: unknown, a: Args, c: EditorContext) =>
        apply(one(ops.addFigure(a.input as Args)), a.reason, c).then(wireRevision),
      applyChanges: (_: unknown, a: Args, c: EditorContext) =>
        apply(many(a.changes), a.reason, c, false, a.readAt).then(wireRevision),
      previewChanges: (_: unknown, a: Args, c: EditorContext) =>
        apply(many(a.changes), a.reason, c, true, a.readAt).then((r) => ({ changes: r.changes.map(wire) })),
      saveStory: async (_: unknown, a: Args, c: EditorContext) => {
        const author = authorOf(c);
        const revision = await saveStory(stories, storyFileShape(a.story as Args), {
          author,
          reason: String(a.reason ?? ""),
        });
        target.log?.(`${revision.id} by ${author}: saved story ${revision.changes[0]?.id} (${revision.reason})`);
        return wireRevision(revision);
      },
      removeStory: async (_: unknown, a: Args, c: EditorContext) => {
        const author = authorOf(c);
        const revision = await removeStory(stories, String(a.id), { author, reason: String(a.reason ?? "") });
        target.log?.(`${revision.id} by ${author}: removed story ${a.id} (${revision.reason})`);
        return wireRevision(revision);
      },
      revert: async (_: unknown, a: Args, c: EditorContext) => {
        const author = authorOf(c);
        const number = revisionNumber(a.revision);
        const revision = await revertRevision(target.driver, target.database, number, {
          author,
          reason: String(a.reason ?? ""),
        });
        target.log?.(`${revision.id} by ${author}: reverted ${revisionId(number)} (${revision.reason})`);
        return wireRevision(revision);
      },
    },
    Query: {
      editor: async (_: unknown, _a: Args, c: { token?: string }) => {
        if (!c.token) return null;
        const claims = await checkEditor(c.token);
        return {
          name: claims.sub ?? "",
          roles: Array.isArray(claims.roles) ? claims.roles.map(String) : [],
          expiresAt: new Date((claims.exp ?? 0) * 1000).toISOString(),
        };
      },
      graphRevision: () => graphRevision(target.driver, target.database),
      history: async (_: unknown, a: Args) =>
        (await readHistory(target.driver, target.database, String(a.id))).map(wireRevision),
      revisions: async (_: unknown, a: Args) => {
        const first = Number(a.first ?? 20);
        if (!Number.isInteger(first) || first < 1 || first > 100)
          throw new ThtError(ErrorCode.BadUserInput, `first must be 1-100, not ${a.first}`, {
            details: { field: "first" },
          });
        const after = a.after === null || a.after === undefined ? null : revisionNumber(a.after);
        const since = a.since === null || a.since === undefined ? null : Number(a.since);
        const page = await readRevisions(target.driver, target.database, { since, first, after });
        const last = page.revisions.at(-1);
        return {
          ...page,
          revisions: page.revisions.map(wireRevision),
          endCursor: last ? last.id : null,
        };
      },
    },
  };
}
