// The check stage: every rule, for every record that was read, against the rest of the seed. The
// rules are pure functions of a record and a lookup of existing records (graph-lookup.ts), so the
// same ones can check a change set against the graph in Neo4j.
import type { SeedProblem } from "../read/seed-files.js";
import type { SeedGraph, Unchecked, Where } from "../seed-graph.js";
import { checkFigure } from "./check-figure.js";
import { checkNode } from "./check-node.js";
import { checkRelationship } from "./check-relationship.js";
import { checkSource } from "./check-source.js";
import { SeedLookup } from "./graph-lookup.js";
import { locate, type RuleProblem } from "./rule-problem.js";

/**
 * Every problem across records. `unchecked` holds the ids of records that failed their schema:
 * they are left out of the checks, and references to them are not called unknown.
 */
export function checkSeed(graph: SeedGraph, unchecked?: Unchecked): SeedProblem[] {
  const lookup = new SeedLookup(graph, unchecked);
  const problems: SeedProblem[] = [];
  const report = (where: Where, found: RuleProblem[]) => {
    for (const problem of found) problems.push(locate(where, problem));
  };
  for (const source of graph.sources) report(source.where, checkSource(source, lookup));
  for (const node of graph.nodes) report(node.where, checkNode(node, lookup));
  for (const rel of graph.relationships) {
    report(rel.where, checkRelationship(rel, lookup));
    lookup.addRelationship(rel);
  }
  for (const figure of graph.figures) {
    report(figure.where, checkFigure(figure, lookup));
    lookup.addFigure(figure);
  }
  return problems;
}
