// What the list view's "In this view" column says about an element, in words, not colours.
import type { Mark, Marks } from "./marks-of.js";

const names: Record<Mark, string> = {
  focus: "in focus",
  path: "on a shortest path",
  added: "added",
  removed: "removed",
  story: "highlighted",
  faded: "faded",
};

export function stateText(marks: Marks, id: string, ended: boolean): string {
  const words = [...(marks.get(id) ?? [])].map((m) => names[m] ?? m);
  if (ended) words.unshift("ended");
  return words.join(", ");
}
