// A story checked against the loaded graph: each step's highlighted nodes and relationships and its
// focus that the graph does not hold, so that a story written for one dataset is not presented over
// another as if it fitted (the Tower Hamlets story over the national synthetic graph). Pure.
import type { ElementIds, Story, StoryStep, StorySummary } from "../../core/story.js";

/** Which of some ids the graph holds, at any date (server/graph/present-elements.ts). */
export type PresentElements = (ids: ElementIds) => Promise<{ nodes: Set<string>; edges: Set<string> }>;

/** What a step names: its highlights and its focus, each once. */
function namedBy(step: StoryStep): ElementIds {
  return {
    nodes: [...new Set([...step.highlight.nodes, ...(step.view.focus ? [step.view.focus] : [])])],
    edges: [...new Set(step.highlight.edges)],
  };
}

const count = (ids: ElementIds) => ids.nodes.length + ids.edges.length;

/** Every id the stories' steps name, once each. */
export function namedIds(stories: readonly Story[]): ElementIds {
  const named = stories.flatMap((s) => s.steps).map(namedBy);
  return {
    nodes: [...new Set(named.flatMap((n) => n.nodes))],
    edges: [...new Set(named.flatMap((n) => n.edges))],
  };
}

/** The story with `missing` on each step that names what `present` lacks, and on no other. */
export function withMissing<S extends Story>(story: S, present: { nodes: Set<string>; edges: Set<string> }): S {
  return {
    ...story,
    steps: story.steps.map(({ missing: _before, ...step }) => {
      const named = namedBy(step);
      const missing = {
        nodes: named.nodes.filter((id) => !present.nodes.has(id)),
        edges: named.edges.filter((id) => !present.edges.has(id)),
      };
      return count(missing) > 0 ? { ...step, missing } : step;
    }),
  };
}

/** The menu's entry for a story marked by `withMissing`. */
export function summaryOf(story: Story & { saved?: boolean }): StorySummary {
  const incomplete = story.steps.flatMap((step, i) => (step.missing ? [i + 1] : []));
  // Absent: the story names something, and the graph holds none of it.
  const absent =
    story.steps.some((step) => count(namedBy(step)) > 0) &&
    story.steps.every((step) => count(step.missing ?? { nodes: [], edges: [] }) === count(namedBy(step)));
  return {
    id: story.id,
    title: story.title,
    description: story.description,
    steps: story.steps.length,
    ...(story.saved ? { saved: true } : {}),
    ...(incomplete.length > 0 ? { incomplete } : {}),
    ...(absent ? { absent: true } : {}),
  };
}
