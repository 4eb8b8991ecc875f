// The rules for sources: a new id; and a source still cited cannot be removed.
import { ErrorCode } from "../../core/errors/error-code.js";
import type { SeedSource } from "../seed-graph.js";
import { duplicateId } from "./check-node.js";
import type { GraphLookup } from "./graph-lookup.js";
import type { RuleProblem } from "./rule-problem.js";

export function checkSource(source: SeedSource, lookup: GraphLookup): RuleProblem[] {
  return duplicateId(source, lookup.source(source.id), "source");
}

/** Rule: a source may be removed only when nothing cites it (live edits; the seed has no removals). */
export function checkSourceRemoval(sourceId: string, lookup: GraphLookup): RuleProblem[] {
  const citing = lookup.citing(sourceId);
  if (citing.length === 0) return [];
  const named = citing
    .slice(0, 5)
    .map((id) => `"${id}"`)
    .join(", ");
  return [
    {
      code: ErrorCode.SourceInUse,
      field: "id",
      message: `source "${sourceId}" is still cited by ${citing.length} record${citing.length === 1 ? "" : "s"} (${named}${citing.length > 5 ? " …" : ""}); change or remove those citations first`,
    },
  ];
}
