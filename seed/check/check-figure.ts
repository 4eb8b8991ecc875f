// The rules for one figure: a new id, a subject that exists, known sources and verbatim quotes.
import type { SeedFigure } from "../seed-graph.js";
import { checkCitations } from "./check-citations.js";
import { duplicateId } from "./check-node.js";
import { unknownId } from "./check-relationship.js";
import type { GraphLookup } from "./graph-lookup.js";
import type { RuleProblem } from "./rule-problem.js";

export function checkFigure(figure: SeedFigure, lookup: GraphLookup): RuleProblem[] {
  const subjectKnown = lookup.node(figure.subject) !== undefined || lookup.unchecked("node", figure.subject);
  return [
    ...duplicateId(figure, lookup.figure(figure.id), "figure"),
    ...(subjectKnown ? [] : [unknownId(figure.subject, lookup, "subject")]),
    ...checkCitations(figure.citations, lookup),
  ];
}
