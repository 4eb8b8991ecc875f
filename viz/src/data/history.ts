// An element's revisions, newest first, and a revert: the history the details panel shows (no
// cache: history grows with every write). Reading is public; a revert sends the editor's token.
import type { Revision } from "../types.js";
import { graphql } from "./api.js";
import { GraphRevisionDocument, HistoryDocument, RecentChangesDocument, RevertDocument } from "./generated/graphql.js";

export function fetchHistory(id: string): Promise<Revision[]> {
  // The panel's history section says "Loading…" in place: the drawn graph is not what waits.
  return graphql(HistoryDocument, { id }, { showsOwnWait: true }).then((d) => d.history);
}

/** Applies the inverse of `revision` as a new revision; answers the new one. */
export function revert(revision: string, reason: string, token: string): Promise<{ id: string; number: number }> {
  return graphql(RevertDocument, { revision, reason }, { token, showsOwnWait: true }).then((d) => d.revert);
}

/** The latest revisions, newest first, and how many there are in all. */
export function fetchRecentChanges(first: number): Promise<{ totalCount: number; revisions: Revision[] }> {
  return graphql(RecentChangesDocument, { first }, { showsOwnWait: true }).then((d) => d.revisions);
}

/** The graph's revision number, which every load and edit moves on by one. */
export function fetchGraphRevision(): Promise<number> {
  return graphql(GraphRevisionDocument, {}, { showsOwnWait: true }).then((d) => d.graphRevision);
}
