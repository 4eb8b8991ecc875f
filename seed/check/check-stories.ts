// Stories against the seed: every highlighted or focused id exists, every highlighted element
// holds on the step's date (so the step can show it), and every quote is in the story's source.
import { ErrorCode } from "../../core/errors/error-code.js";
import type { Story } from "../../core/story.js";
import type { SeedProblem } from "../read/seed-files.js";
import type { Dated, SeedGraph } from "../seed-graph.js";

function holds(from: Dated | null, to: Dated | null, date: string | null): boolean {
  if (date === null) return true;
  return (!from?.date || from.date <= date) && (!to?.date || date < to.date);
}

export function checkStories(stories: Story[], graph: SeedGraph): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const relationships = new Map(graph.relationships.map((r) => [r.id, r]));
  for (const story of stories) {
    const file = `${story.id}.yaml`;
    const report = (field: string, message: string, code = ErrorCode.StoryStepInvalid) =>
      problems.push({ file, line: 0, field, code, message });
    const source = graph.sources.find((s) => s.id === story.source);
    if (!source) report("source", `unknown source "${story.source}"`, ErrorCode.UnknownSource);
    story.steps.forEach((step, i) => {
      const at = `steps[${i}]`;
      step.highlight.nodes.forEach((id, j) => {
        const node = nodes.get(id);
        if (!node) report(`${at}.highlight.nodes[${j}]`, `no node "${id}"`, ErrorCode.UnknownReference);
        else if (!holds(node.validFrom, node.validTo, step.date))
          report(`${at}.highlight.nodes[${j}]`, `"${id}" does not hold on ${step.date}`);
      });
      step.highlight.edges.forEach((id, j) => {
        const rel = relationships.get(id);
        if (!rel) {
          report(`${at}.highlight.edges[${j}]`, `no relationship "${id}"`, ErrorCode.UnknownReference);
          return;
        }
        const ends = [nodes.get(rel.from), nodes.get(rel.to)];
        const shown =
          holds(rel.validFrom, rel.validTo, step.date) &&
          ends.every((n) => n !== undefined && holds(n.validFrom, n.validTo, step.date));
        if (!shown) report(`${at}.highlight.edges[${j}]`, `"${id}" is not in the network on ${step.date}`);
        for (const end of [rel.from, rel.to]) {
          if (!step.highlight.nodes.includes(end))
            report(`${at}.highlight.edges[${j}]`, `its end "${end}" is not highlighted`);
        }
      });
      if (step.view.focus && !step.highlight.nodes.includes(step.view.focus))
        report(`${at}.view.focus`, `"${step.view.focus}" is not among the highlighted nodes`);
      step.cite.forEach((quote, j) => {
        if (source?.text && !source.text.includes(quote))
          report(`${at}.cite[${j}]`, `quote is not in ${source.file}: "${quote}"`, ErrorCode.CitationNotFound);
      });
    });
  }
  return problems;
}
