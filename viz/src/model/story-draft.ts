// A story being written in the page: its steps taken from views (the date, the focus, what is
// highlighted: a picked relationship and its ends, the shown paths, the focus; the zoom), each
// offering as quotes the citations of what it highlights from the story's source. As the API's
// StoryInput, and as the YAML a story file in seed/stories/ holds (for the repository). Pure.
import { stringify } from "yaml";
import type { NetworkEdge, NetworkNode, Path, Story } from "../types.js";

export interface DraftStep {
  title: string;
  caption: string;
  date: string | null;
  highlightNodes: string[];
  highlightEdges: string[];
  focus: string | null;
  zoom: number | null;
  cite: string[];
  /** The quotes its highlights cite from the story's source: what `cite` is chosen from. */
  offered: string[];
}

export interface StoryDraft {
  id: string;
  title: string;
  description: string;
  source: string;
  steps: DraftStep[];
}

/** What a view shows that a step can highlight. */
export interface ViewShown {
  date: string | null;
  focus: string | null;
  selectedEdge: string | null;
  paths: Path[] | null;
  nodes: readonly NetworkNode[];
  edges: readonly NetworkEdge[];
  zoom: number;
}

const unique = <T>(values: T[]) => [...new Set(values)];

/** A step from the view as it is, or why it cannot be one. */
export function stepFromView(view: ViewShown, source: string): DraftStep | { problem: string } {
  const edges: string[] = [];
  const nodes: string[] = [];
  if (view.selectedEdge) {
    const edge = view.edges.find((e) => e.id === view.selectedEdge);
    if (edge) {
      edges.push(edge.id);
      nodes.push(edge.source, edge.target);
    }
  }
  for (const path of view.paths ?? [])
    for (const step of path.steps) {
      edges.push(step.edge.id);
      nodes.push(step.from.id, step.to.id);
    }
  if (view.focus) nodes.unshift(view.focus);
  if (nodes.length === 0)
    return { problem: "Focus on a node, pick a relationship or show a path first: a step shows what it highlights." };
  const highlightNodes = unique(nodes);
  const highlightEdges = unique(edges);
  const cited = [
    ...view.nodes.filter((n) => highlightNodes.includes(n.id)).flatMap((n) => n.citations),
    ...view.edges.filter((e) => highlightEdges.includes(e.id)).flatMap((e) => e.citations),
  ];
  const offered = unique(cited.filter((c) => c.source === source).map((c) => c.quote));
  return {
    title: "",
    caption: "",
    date: view.date,
    highlightNodes,
    highlightEdges,
    focus: view.focus,
    zoom: Math.min(4, Math.max(0.1, Math.round(view.zoom * 100) / 100)),
    cite: offered.slice(0, 1),
    offered,
  };
}

/** Moves step `from` to `to` (both in range), as a new list. */
export function moveStep(steps: readonly DraftStep[], from: number, to: number): DraftStep[] {
  const moved = [...steps];
  const [step] = moved.splice(from, 1);
  if (step) moved.splice(to, 0, step);
  return moved;
}

/** The API's StoryInput. */
export function storyInput(draft: StoryDraft) {
  return {
    id: draft.id,
    title: draft.title,
    description: draft.description,
    source: draft.source,
    steps: draft.steps.map((s) => ({
      title: s.title,
      caption: s.caption,
      date: s.date,
      highlightNodes: s.highlightNodes,
      highlightEdges: s.highlightEdges,
      focus: s.focus,
      zoom: s.zoom,
      cite: s.cite,
    })),
  };
}

/** A saved or shipped story as a draft to change (its quotes offered are those it cites). */
export function draftOf(story: Story): StoryDraft {
  return {
    id: story.id,
    title: story.title,
    description: story.description,
    source: story.source,
    steps: story.steps.map((s) => ({
      title: s.title,
      caption: s.caption,
      date: s.date,
      highlightNodes: s.highlight.nodes,
      highlightEdges: s.highlight.edges,
      focus: s.view.focus,
      zoom: s.view.zoom,
      cite: s.cite,
      offered: s.cite,
    })),
  };
}

/** The story as a seed/stories/<id>.yaml file writes it (the file name is its id). */
export function storyYaml(draft: StoryDraft): string {
  const file = {
    title: draft.title,
    description: draft.description,
    source: draft.source,
    steps: draft.steps.map((s) => ({
      title: s.title,
      caption: s.caption,
      date: s.date ?? "all",
      highlight: { nodes: s.highlightNodes, edges: s.highlightEdges },
      ...(s.focus || s.zoom !== null
        ? { view: { ...(s.focus ? { focus: s.focus } : {}), ...(s.zoom !== null ? { zoom: s.zoom } : {}) } }
        : {}),
      cite: s.cite,
    })),
  };
  return stringify(file, { lineWidth: 0 });
}
