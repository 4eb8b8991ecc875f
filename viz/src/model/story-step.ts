// What a story step shows beside the graph: its highlighted relationships that are drawn, in the
// step's order (the graph numbers them the same way), each as a sentence with its citations, and
// the title of the story's source.
import type { View } from "../data/view.js";
import type { Citation, NetworkEdge, Story, StoryStep } from "../types.js";
import { edgeSentence } from "./edge-sentence.js";
import { labelIn } from "./label-in.js";
import { storyEdgeIds } from "./story-edge-ids.js";

export interface CitedEdge {
  sentence: string;
  citations: Citation[];
}

export interface StoryStepShown {
  story: Story;
  /** 0-based. */
  index: number;
  step: StoryStep;
  edges: CitedEdge[];
  sourceTitle: string;
}

export function storyStep(view: View, shownEdges: NetworkEdge[]): StoryStepShown | null {
  const story = view.story;
  const step = story?.steps[view.state.step];
  if (!story || !step) return null;
  const labelOf = labelIn(view);
  const byId = new Map(shownEdges.map((e) => [e.id, e]));
  const edges = storyEdgeIds(view, shownEdges)
    .map((id) => byId.get(id))
    .filter((e): e is NetworkEdge => e !== undefined)
    .map((e) => ({ sentence: edgeSentence(e, labelOf), citations: e.citations }));
  const sourceTitle =
    view.base.nodes.flatMap((n) => n.citations).find((c) => c.source === story.source)?.sourceTitle ?? story.source;
  return { story, index: view.state.step, step, edges, sourceTitle };
}
