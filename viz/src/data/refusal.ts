// What a view cannot show of what it asks for (a focus, paths, a story): an exact load (a reader's
// action) fails with it, so the page keeps the view it had; any other load (the page opening, Back)
// drops that part and notes why, so a link always opens something.
import { ErrorCode } from "../../../schema/contract.js";
import { formatDay } from "../model/format-date.js";
import type { NetworkNode } from "../types.js";
import { ApiError } from "./api.js";

export interface Refusals {
  /** Fail the load rather than drop what it cannot show. */
  exact: boolean;
  /** What was dropped, in words, for the status line. */
  problems: string[];
}

export function refuseOrNote({ exact, problems }: Refusals, refusal: ApiError, note: string): void {
  if (exact) throw refusal;
  problems.push(note);
}

/** A focus the view cannot show: unknown, absent on the date (`known` but not `onDate`), or filtered out. */
export function focusRefusal(
  id: string,
  known: NetworkNode | undefined,
  onDate: boolean,
  asOf: string | null,
  organisationsView = false,
): ApiError {
  if (!known)
    return new ApiError(ErrorCode.NotFound, `there is no node "${id}"`, {
      hint: "Check the name and pick it again in Find.",
    });
  if (!onDate && asOf)
    return new ApiError(ErrorCode.NotFound, `${known.label} is not in the network on ${formatDay(asOf)}`, {
      hint: "Choose another date or all time, or clear the focus first.",
    });
  if (organisationsView && known.nodeType !== "Organisation")
    return new ApiError(ErrorCode.NotFound, `${known.label} is not an organisation`, {
      hint: "The organisations view shows organisations only: leave it to focus on this.",
    });
  return new ApiError(ErrorCode.NotFound, `${known.label} is hidden by the filters chosen`, {
    hint: "Show its type or kind again under Show, or clear the focus first.",
  });
}
