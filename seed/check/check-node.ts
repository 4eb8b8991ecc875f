// The rules for one node (organisation, group, arrangement, event, service, area, site) against
// what already exists: a new id, known sources and verbatim quotes, dates in order.
import { ErrorCode } from "../../core/errors/error-code.js";
import type { SeedNode, Where } from "../seed-graph.js";
import { checkCitations } from "./check-citations.js";
import { checkDates } from "./check-dates.js";
import type { GraphLookup } from "./graph-lookup.js";
import type { RuleProblem } from "./rule-problem.js";

/** Rule: an id is not taken by another record (`existing` is the record the lookup has for it). */
export function duplicateId(
  record: { id: string; where?: Where },
  existing: { id: string; where?: Where } | undefined,
  what: string,
): RuleProblem[] {
  if (!existing || existing === record) return [];
  const first =
    existing.where && existing.where.line > 0
      ? ` (first at ${existing.where.file}:${existing.where.line})`
      : " (it is already in the graph)";
  return [{ code: ErrorCode.DuplicateId, field: "id", message: `duplicate ${what} id "${record.id}"${first}` }];
}

export function checkNode(node: SeedNode, lookup: GraphLookup): RuleProblem[] {
  return [
    ...duplicateId(node, lookup.node(node.id), "record"),
    ...checkCitations(node.citations, lookup),
    ...checkDates(node.validFrom, node.validTo),
  ];
}
