// The text drawn on an element: its label, marked in words when the view adds, removes or numbers
// it (a story step's relationships carry the number of their citation, [1], [2] …).
import type { Mark } from "./marks-of.js";

/** `storyIndex`: the element's place among the step's drawn relationships, or -1. */
export function elementDisplay(label: string, marks: ReadonlySet<Mark>, storyIndex: number): string {
  if (storyIndex >= 0) return `${label} [${storyIndex + 1}]`;
  if (marks.has("removed")) return `${label} (removed)`;
  if (marks.has("added")) return `${label} (added)`;
  return label;
}
