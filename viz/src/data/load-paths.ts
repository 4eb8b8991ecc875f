// The shortest paths a view asks for, or why there are none.
import type { ViewState } from "../store/view-state.js";
import type { Path } from "../types.js";
import { graphql } from "./api.js";
import { describeError } from "./describe-error.js";
import { PathsDocument } from "./generated/graphql.js";

export async function loadPaths(state: ViewState, asOf: string | null, problems: string[]): Promise<Path[] | null> {
  if (!state.pathFrom || !state.pathTo) return null;
  if (state.pathFrom === state.pathTo) {
    problems.push("Choose two different ends for a path.");
    return null;
  }
  try {
    return (await graphql(PathsDocument, { from: state.pathFrom, to: state.pathTo, asOf })).paths ?? [];
  } catch (error) {
    problems.push(`No paths: ${describeError(error)}`);
    return [];
  }
}
