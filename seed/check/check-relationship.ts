// The rules for one relationship against what already exists: a new id, known sources and
// verbatim quotes, dates in order and within both ends' lifetimes, ends of the kinds its type
// joins, and no cycle through the acyclic types.
import { ErrorCode } from "../../core/errors/error-code.js";
import { closest } from "../../core/text/edit-distance.js";
import { relationshipVocabulary } from "../../core/vocabulary.js";
import type { SeedNode, SeedRelationship } from "../seed-graph.js";
import { checkCitations } from "./check-citations.js";
import { checkDates } from "./check-dates.js";
import { checkDatesWithinEndpoints } from "./check-dates-within-endpoints.js";
import { duplicateId } from "./check-node.js";
import type { GraphLookup } from "./graph-lookup.js";
import type { RuleProblem } from "./rule-problem.js";

/** An unknown node id, with the nearest known one when it looks like a typo of it. */
export function unknownId(id: string, lookup: GraphLookup, field: string): RuleProblem {
  const near = lookup.nodeIds ? closest(id, lookup.nodeIds()) : undefined;
  return {
    code: ErrorCode.UnknownReference,
    field,
    message: `unknown id "${id}"${near ? `; did you mean "${near}"?` : ""}`,
  };
}

/** Rule: both ends exist and are of the labels the type joins. Answers the ends it found. */
export function checkEndpoints(
  rel: SeedRelationship,
  lookup: GraphLookup,
): { problems: RuleProblem[]; ends: (SeedNode | undefined)[] } {
  const problems: RuleProblem[] = [];
  const { from: fromLabels, to: toLabels } = relationshipVocabulary[rel.type];
  const ends = (
    [
      ["from", rel.from, fromLabels],
      ["to", rel.to, toLabels],
    ] as const
  ).map(([field, id, allowed]) => {
    const node = lookup.node(id);
    if (!node) {
      if (!lookup.unchecked("node", id)) problems.push(unknownId(id, lookup, field));
      return undefined;
    }
    if (!(allowed as readonly string[]).includes(node.label)) {
      problems.push({
        code: ErrorCode.EndpointKind,
        field,
        message: `${rel.type} ${field === "from" ? "starts at" : "ends at"} ${allowed.join(" or ")}, but "${id}" is ${node.label}`,
      });
      return undefined;
    }
    return node;
  });
  return { problems, ends };
}

/** Rule: a relationship of an acyclic type does not close a loop (an area inside itself). */
export function checkAcyclic(rel: SeedRelationship, lookup: GraphLookup): RuleProblem[] {
  if (!("acyclic" in relationshipVocabulary[rel.type])) return [];
  // A path from rel.to back to rel.from through existing relationships of the type, depth first.
  const previous = new Map<string, string>([[rel.to, ""]]);
  const stack = [rel.to];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (id === rel.from) {
      const loop = [id];
      for (let at = id; at !== rel.to; ) {
        at = previous.get(at) as string;
        loop.unshift(at);
      }
      return [
        {
          code: ErrorCode.Cycle,
          field: "to",
          message: `${rel.type} forms a cycle: ${[rel.from, ...loop].join(" → ")}`,
        },
      ];
    }
    for (const next of lookup.outgoing(rel.type, id)) {
      if (previous.has(next.to)) continue;
      previous.set(next.to, id);
      stack.push(next.to);
    }
  }
  return [];
}

export function checkRelationship(rel: SeedRelationship, lookup: GraphLookup): RuleProblem[] {
  const dates = checkDates(rel.validFrom, rel.validTo);
  const { problems: endpoints, ends } = checkEndpoints(rel, lookup);
  return [
    ...duplicateId(rel, lookup.relationship(rel.id), "relationship"),
    ...checkCitations(rel.citations, lookup),
    ...dates,
    ...endpoints,
    // Reversed dates are wrong already; whether they fit the ends' lifetimes is moot.
    ...(dates.length === 0 ? checkDatesWithinEndpoints(rel, ends) : []),
    ...checkAcyclic(rel, lookup),
  ];
}
