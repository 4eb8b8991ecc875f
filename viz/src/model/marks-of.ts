// What the view says about each element, as classes of the graph and words of the list view: added
// or removed (compare), highlighted (a story step), on a shortest path, in focus, or faded (outside
// what a story step, the paths or the focus light up; the first of those that the view has wins).
// In the organisations view, a link is lit when the facts it folds are.
import type { View } from "../data/view.js";
import type { NetworkEdge } from "../types.js";

export type Mark = "added" | "removed" | "story" | "path" | "focus" | "faded";
export type Marks = Map<string, Set<Mark>>;

export function marksOf(
  view: Pick<View, "changes" | "story" | "paths" | "focusIds" | "state">,
  shownNodes: Set<string>,
  shownEdges: Pick<NetworkEdge, "id" | "source" | "target" | "folded">[],
): Marks {
  const marks: Marks = new Map();
  const mark = (id: string, name: Mark) => {
    const set = marks.get(id) ?? new Set<Mark>();
    set.add(name);
    marks.set(id, set);
  };
  if (view.changes) {
    for (const n of view.changes.nodesStarted) mark(n.id, "added");
    for (const n of view.changes.nodesEnded) mark(n.id, "removed");
    for (const e of view.changes.edgesStarted) mark(e.id, "added");
    for (const e of view.changes.edgesEnded) mark(e.id, "removed");
  }
  let lit: Set<string> | null = null;
  const step = view.story?.steps[view.state.step];
  if (step) {
    lit = new Set([...step.highlight.nodes, ...step.highlight.edges]);
    for (const id of folds(shownEdges, lit)) lit.add(id);
    for (const id of lit) mark(id, "story");
  } else if (view.paths && view.paths.length > 0) {
    lit = new Set();
    for (const path of view.paths) {
      for (const n of path.nodes) lit.add(n.id);
      for (const s of path.steps) lit.add(s.edge.id);
    }
    for (const id of folds(shownEdges, lit)) lit.add(id);
    for (const id of lit) mark(id, "path");
  } else if (view.focusIds) {
    lit = new Set(view.focusIds);
    for (const e of shownEdges) if (view.focusIds.has(e.source) && view.focusIds.has(e.target)) lit.add(e.id);
    if (view.state.focus) mark(view.state.focus, "focus");
  }
  if (lit) {
    for (const id of shownNodes) if (!lit.has(id)) mark(id, "faded");
    for (const e of shownEdges) if (!lit.has(e.id)) mark(e.id, "faded");
  }
  return marks;
}

/** The organisations view's links (fold-organisations.ts) whose folded facts are all lit. */
function folds(edges: Pick<NetworkEdge, "id" | "folded">[], lit: Set<string>): string[] {
  return edges.filter((e) => e.folded?.edges.every((id) => lit.has(id))).map((e) => e.id);
}
