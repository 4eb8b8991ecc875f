// The shortest paths a view asks for, or why there are none. An exact load (a reader's action)
// fails when there are none, so the page keeps the view it had.
import { ErrorCode } from "../../../schema/contract.js";
import { formatDay } from "../model/format-date.js";
import type { ViewState } from "../store/view-state.js";
import type { Network, Path } from "../types.js";
import { ApiError, graphql } from "./api.js";
import { describeError } from "./describe-error.js";
import { PathsDocument } from "./generated/graphql.js";
import { type Refusals, refuseOrNote } from "./refusal.js";

const otherEnds = "Try all time, another date or other ends.";

/** `names`: the network whose labels the refusal's words use. */
export async function loadPaths(
  state: ViewState,
  asOf: string | null,
  refusals: Refusals,
  names: Network,
): Promise<Path[] | null> {
  const { pathFrom: from, pathTo: to } = state;
  if (!from || !to) return null;
  if (from === to) {
    refuseOrNote(
      refusals,
      new ApiError(ErrorCode.BadUserInput, "a path needs two different ends", { hint: "Choose another end." }),
      "Choose two different ends for a path.",
    );
    return null;
  }
  const label = (id: string) => names.nodes.find((n) => n.id === id)?.label ?? id;
  let paths: Path[];
  try {
    paths = (await graphql(PathsDocument, { from, to, asOf })).paths ?? [];
  } catch (error) {
    // The server's NOT_FOUND names the end the date does not have ("no node … on 2023-06-01").
    const notFound = error instanceof ApiError && error.code === ErrorCode.NotFound;
    if (refusals.exact) throw notFound ? new ApiError(error.code, error.message, { hint: otherEnds }) : error;
    refusals.problems.push(`No paths: ${describeError(error)}`);
    return [];
  }
  if (paths.length === 0 && refusals.exact)
    throw new ApiError(
      ErrorCode.NotFound,
      `no path of up to four steps joins ${label(from)} and ${label(to)}${asOf ? ` on ${formatDay(asOf)}` : ""}`,
      { hint: otherEnds },
    );
  return paths;
}
