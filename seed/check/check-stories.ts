// Stories against the seed: every highlighted or focused id exists, every highlighted element is in
// the view of the step's date (so the step can show it), every quote is in the story's source, and
// the title and caption give no number or name their quotes do not (story-claims.ts).
import { ErrorCode } from "../../core/errors/error-code.js";
import type { Story } from "../../core/story.js";
import { holdsOn } from "../../core/time/holds-on.js";
import { storyLine } from "../read/read-stories.js";
import type { SeedProblem } from "../read/seed-files.js";
import type { Dated, SeedGraph } from "../seed-graph.js";
import { unsupportedClaims } from "./story-claims.js";

/** It may hold on `date` (null: all time), by the one time rule (core/time/holds-on.ts). */
function holds(from: Dated | null, to: Dated | null, date: string | null): boolean {
  if (date === null) return true;
  const span = {
    validFrom: from?.date ?? null,
    validFromLatest: from?.latest ?? null,
    validTo: to?.date ?? null,
    validToLatest: to?.latest ?? null,
    knownFrom: null, // known or uncertain, either is in the view
  };
  return holdsOn(span, date) !== null;
}

/**
 * The server's view of a day (server/cypher/time-predicates.ts): what holds, and what ended that day
 * in a transition the view shows (an event of that day concerns it, or both ends of a relationship).
 */
function transitionsOn(graph: SeedGraph, date: string | null): (ends: string[]) => boolean {
  const events = new Set(
    graph.nodes.filter((n) => n.label === "Event" && date !== null && n.validFrom?.date === date).map((n) => n.id),
  );
  const touched = new Map<string, Set<string>>();
  for (const r of graph.relationships) {
    for (const [event, party] of [
      [r.from, r.to],
      [r.to, r.from],
    ] as const) {
      if (events.has(event)) touched.set(event, (touched.get(event) ?? new Set()).add(party));
    }
  }
  return (ends) => [...touched.values()].some((parties) => ends.every((end) => parties.has(end)));
}

export function checkStories(stories: Story[], graph: SeedGraph): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const relationships = new Map(graph.relationships.map((r) => [r.id, r]));
  for (const story of stories) {
    const file = `${story.id}.yaml`;
    const report = (field: string, message: string, code = ErrorCode.StoryStepInvalid) =>
      problems.push({ file, line: storyLine(story, field), field, code, message });
    const source = graph.sources.find((s) => s.id === story.source);
    if (!source) report("source", `unknown source "${story.source}"`, ErrorCode.UnknownSource);
    story.steps.forEach((step, i) => {
      const at = `steps[${i}]`;
      const transition = transitionsOn(graph, step.date);
      const endedThatDay = (to: Dated | null) => step.date !== null && to?.date === step.date;
      const inView = (id: string) => {
        const node = nodes.get(id);
        return (
          node !== undefined &&
          (holds(node.validFrom, node.validTo, step.date) || (endedThatDay(node.validTo) && transition([id])))
        );
      };
      step.highlight.nodes.forEach((id, j) => {
        const node = nodes.get(id);
        if (!node) report(`${at}.highlight.nodes[${j}]`, `no node "${id}"`, ErrorCode.UnknownReference);
        else if (!inView(id)) report(`${at}.highlight.nodes[${j}]`, `"${id}" does not hold on ${step.date}`);
      });
      step.highlight.edges.forEach((id, j) => {
        const rel = relationships.get(id);
        if (!rel) {
          report(`${at}.highlight.edges[${j}]`, `no relationship "${id}"`, ErrorCode.UnknownReference);
          return;
        }
        const shown =
          (holds(rel.validFrom, rel.validTo, step.date) ||
            (endedThatDay(rel.validTo) && transition([rel.from, rel.to]))) &&
          inView(rel.from) &&
          inView(rel.to);
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
      for (const field of ["title", "caption"] as const) {
        const missing = unsupportedClaims(step[field], step.cite);
        if (missing.length > 0)
          report(
            `${at}.${field}`,
            `says ${missing.map((m) => `"${m}"`).join(", ")}, which the step's quotes (cite) do not`,
          );
      }
    });
  }
  return problems;
}
