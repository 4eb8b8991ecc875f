// Whether a story fits the loaded graph, in words: the server marks each step that names nodes or
// relationships the graph does not hold (server/page/story-missing.ts); the menu says so beside the
// story and does not offer one the graph holds nothing of, and the step says what it cannot show. Pure.
import type { StoryStep, StorySummary } from "../types.js";
import { formatCount } from "./format-count.js";

/** The menu's line for a story, and whether it is offered. */
export function storyOption(story: StorySummary): { label: string; offered: boolean } {
  const steps = `${story.steps} ${story.steps === 1 ? "step" : "steps"}`;
  if (story.absent) return { label: `${story.title} (not in this graph)`, offered: false };
  const incomplete = story.incomplete?.length ?? 0;
  if (incomplete === 0) return { label: `${story.title} (${steps})`, offered: true };
  const which =
    incomplete === story.steps
      ? "every step"
      : `${incomplete === 1 ? "step" : "steps"} ${listed(story.incomplete ?? [])}`;
  return { label: `${story.title} (${steps}; ${which} partly not in this graph)`, offered: true };
}

/** "1, 3 and 4". */
function listed(items: readonly (string | number)[]): string {
  const words = items.map(String);
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/** Names at most `max` ids, then how many more. */
function some(ids: readonly string[], max = 4): string {
  const shown = ids.slice(0, max);
  const more = ids.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${formatCount(more)} more` : listed(shown);
}

/** What the step names that the loaded graph does not hold, as a sentence; null when it holds all. */
export function stepGap(step: StoryStep): string | null {
  const missing = step.missing;
  if (!missing || missing.nodes.length + missing.edges.length === 0) return null;
  const parts = [
    missing.nodes.length > 0
      ? `${formatCount(missing.nodes.length)} ${missing.nodes.length === 1 ? "node" : "nodes"} (${some(missing.nodes)})`
      : null,
    missing.edges.length > 0
      ? `${formatCount(missing.edges.length)} ${missing.edges.length === 1 ? "relationship" : "relationships"} (${some(missing.edges)})`
      : null,
  ].filter((p): p is string => p !== null);
  return `Not in this graph: ${listed(parts)} that this step shows. The view draws what is here.`;
}
