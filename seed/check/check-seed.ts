// The check stage: checks across records (duplicate ids, unknown references, dates, quotes against
// their documents, relationship endpoints from the vocabulary, and cycles). Returns every problem.
import { relationshipTypes, relationshipVocabulary } from "../../core/vocabulary.js";
import type { SeedProblem } from "../read/seed-files.js";
import type { Citation, Dated, SeedGraph, Where } from "../seed-graph.js";

export function checkSeed(graph: SeedGraph): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const report = (where: Where, field: string, message: string) => problems.push({ ...where, field, message });

  const duplicates = <T extends { id: string; where: Where }>(items: T[], what: string) => {
    const seen = new Map<string, Where>();
    for (const item of items) {
      const first = seen.get(item.id);
      if (first) report(item.where, "id", `duplicate ${what} id "${item.id}" (first at ${first.file}:${first.line})`);
      else seen.set(item.id, item.where);
    }
  };
  duplicates(graph.sources, "source");
  duplicates(graph.nodes, "record");
  duplicates(graph.relationships, "relationship");
  duplicates(graph.figures, "figure");

  const sources = new Map(graph.sources.map((s) => [s.id, { ...s, quotes: quoteIndex(s.text) }]));
  const checkCitations = (where: Where, field: string, citations: Citation[]) => {
    citations.forEach((c, i) => {
      const source = sources.get(c.source);
      if (!source)
        report(
          where,
          `${field}[${i}].source`,
          `unknown source "${c.source}"; sources.yaml lists ${[...sources.keys()].join(", ")}`,
        );
      else if (source.quotes && !source.quotes(c.quote)) {
        report(where, `${field}[${i}]`, `quote is not in ${source.file}: "${c.quote}"`);
      }
    });
  };
  const checkDates = (where: Where, from: Dated | null, to: Dated | null) => {
    for (const [field, d] of [
      ["validFrom", from],
      ["validTo", to],
    ] as const) {
      if (d?.date && d.latest && d.date > d.latest)
        report(where, field, `range is reversed: from ${d.date} is after to ${d.latest}`);
    }
    if (from?.date && to?.date && from.date >= to.date) {
      report(
        where,
        "validTo",
        `${to.date} is not after validFrom ${from.date} (validTo is the first day it no longer holds)`,
      );
    }
  };

  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  for (const node of graph.nodes) {
    checkCitations(node.where, "cite", node.citations);
    checkDates(node.where, node.validFrom, node.validTo);
  }
  for (const rel of graph.relationships) {
    checkCitations(rel.where, "cite", rel.citations);
    checkDates(rel.where, rel.validFrom, rel.validTo);
    const { from: fromLabels, to: toLabels } = relationshipVocabulary[rel.type];
    for (const [field, id, allowed] of [
      ["from", rel.from, fromLabels],
      ["to", rel.to, toLabels],
    ] as const) {
      const node = nodes.get(id);
      if (!node) report(rel.where, field, `unknown id "${id}"`);
      else if (!allowed.includes(node.label)) {
        report(
          rel.where,
          field,
          `${rel.type} ${field === "from" ? "starts at" : "ends at"} ${allowed.join(" or ")}, but "${id}" is ${node.label}`,
        );
      }
    }
  }
  for (const figure of graph.figures) {
    checkCitations(figure.where, "quote", [figure.citation]);
    if (!nodes.has(figure.subject)) report(figure.where, "subject", `unknown id "${figure.subject}"`);
  }
  for (const type of relationshipTypes) {
    if (relationshipVocabulary[type].acyclic) findCycles(graph, type, report);
  }
  return problems;
}

/**
 * Whether a quote occurs in a document. Whole lines and quotes already found are answered from
 * sets, so a seed of 500,000 citations does not scan a large document 500,000 times.
 */
function quoteIndex(text: string | null): ((quote: string) => boolean) | null {
  if (text === null) return null;
  const lines = new Set(text.split("\n").map((line) => line.trim()));
  const found = new Set<string>();
  return (quote) => {
    if (found.has(quote) || lines.has(quote)) return true;
    if (!text.includes(quote)) return false;
    found.add(quote);
    return true;
  };
}

function findCycles(graph: SeedGraph, type: string, report: (where: Where, field: string, message: string) => void) {
  const next = new Map<string, { to: string; where: Where }[]>();
  for (const rel of graph.relationships.filter((r) => r.type === type)) {
    next.set(rel.from, [...(next.get(rel.from) ?? []), { to: rel.to, where: rel.where }]);
  }
  const state = new Map<string, "open" | "done">();
  const visit = (id: string, path: string[]): void => {
    state.set(id, "open");
    for (const edge of next.get(id) ?? []) {
      if (state.get(edge.to) === "open") {
        const loop = [...path.slice(path.indexOf(edge.to)), id, edge.to];
        report(edge.where, "to", `${type} forms a cycle: ${loop.join(" → ")}`);
      } else if (!state.has(edge.to)) visit(edge.to, [...path, id]);
    }
    state.set(id, "done");
  };
  for (const id of next.keys()) if (!state.has(id)) visit(id, []);
}
