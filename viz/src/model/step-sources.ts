// A story step's evidence, each quote once: the step's own quotes, then every distinct quote of its
// highlighted relationships with the numbers of the lines it supports ([1], [2]: the numbers drawn
// on the graph), in order of first use. A step whose six lines all cite one sentence lists it once.
import type { Citation } from "../types.js";

export interface StepSource {
  citation: Citation;
  /** 1-based numbers of the highlighted lines this quote supports; empty for the step's own. */
  lines: number[];
}

export function stepSources(own: Citation[], edges: { citations: Citation[] }[]): StepSource[] {
  const sources: StepSource[] = [];
  const byKey = new Map<string, StepSource>();
  const add = (citation: Citation, line: number | null) => {
    const key = `${citation.source}\u0000${citation.quote}`;
    let source = byKey.get(key);
    if (!source) {
      source = { citation, lines: [] };
      byKey.set(key, source);
      sources.push(source);
    }
    if (line !== null && !source.lines.includes(line)) source.lines.push(line);
  };
  for (const citation of own) add(citation, null);
  edges.forEach((edge, i) => {
    for (const citation of edge.citations) add(citation, i + 1);
  });
  return sources;
}
