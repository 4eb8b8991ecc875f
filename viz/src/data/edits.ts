// Writing from the page: the sources an editor may cite (with their text, for the citation
// picker), a change set checked against the graph as the editor read it (previewChanges: nothing
// written), and the reviewed set applied as one revision. Writes send the editor's token.
import type { ChangeInput, Revision } from "../types.js";
import { graphql } from "./api.js";
import {
  ApplyChangesDocument,
  EditSourcesDocument,
  type EditSourcesQuery,
  KindsDocument,
  type NodeType,
  PreviewChangesDocument,
  type PreviewChangesMutation,
  SaveStoryDocument,
  type StoryInput,
} from "./generated/graphql.js";

export type EditSource = EditSourcesQuery["sources"][number];
export type PreviewedChange = PreviewChangesMutation["previewChanges"]["changes"][number];

let sources: Promise<EditSource[]> | null = null;

/** Every source, once per page (a new source added by this page forgets it). */
export function fetchEditSources(): Promise<EditSource[]> {
  sources ??= graphql(EditSourcesDocument, {}, { showsOwnWait: true }).then((d) => d.sources);
  sources.catch(() => {
    sources = null;
  });
  return sources;
}

export function forgetEditSources(): void {
  sources = null;
}

export function previewChanges(
  changes: ChangeInput[],
  reason: string,
  readAt: number,
  token: string,
): Promise<PreviewedChange[]> {
  return graphql(PreviewChangesDocument, { changes, reason, readAt }, { token, showsOwnWait: true }).then(
    (d) => d.previewChanges.changes,
  );
}

export function applyChanges(changes: ChangeInput[], reason: string, readAt: number, token: string): Promise<Revision> {
  return graphql(ApplyChangesDocument, { changes, reason, readAt }, { token, showsOwnWait: true }).then(
    (d) => d.applyChanges,
  );
}

/** The kinds the graph holds for `nodeType`, most used first: what a form's Kind suggests. */
export function fetchKinds(nodeType: NodeType): Promise<string[]> {
  return graphql(KindsDocument, { nodeTypes: [nodeType] }, { showsOwnWait: true }).then((d) =>
    [...d.kinds].sort((a, b) => b.count - a.count).map((k) => k.name),
  );
}

/** Saves a story written in the page; answers the revision that holds it. */
export function saveStory(story: StoryInput, reason: string, token: string): Promise<{ id: string; number: number }> {
  return graphql(SaveStoryDocument, { story, reason }, { token, showsOwnWait: true }).then((d) => d.saveStory);
}
