// A presenter's story as the server serves it (/stories/index.json, /stories/<id>.json) and the
// page presents it; seed/read/read-stories.ts reads and checks the YAML into this shape. Types only.

export interface StoryStep {
  title: string;
  caption: string;
  /** YYYY-MM-DD, or null for the all-time view. */
  date: string | null;
  highlight: { nodes: string[]; edges: string[] };
  view: { focus: string | null; zoom: number | null };
  /** Quotes from the story's source that say what the caption says. */
  cite: string[];
  /**
   * What the step names (highlights, focus) that the loaded graph does not hold at any date: set by
   * the server (GET /stories/<id>.json), absent when the graph holds all of it.
   */
  missing?: StepMissing;
}

/** Node and relationship ids: what a step names, or what of it the loaded graph does not hold. */
export interface ElementIds {
  nodes: string[];
  edges: string[];
}

export type StepMissing = ElementIds;

export interface Story {
  /** The file name without .yaml. */
  id: string;
  title: string;
  description: string;
  /** The source id the steps' quotes come from. */
  source: string;
  steps: StoryStep[];
}

/** One entry of /stories/index.json. */
export interface StorySummary {
  id: string;
  title: string;
  description: string;
  steps: number;
  /** Saved from the page into the graph (editable there), not a shipped file. */
  saved?: boolean;
  /** The steps (numbered from 1) that name elements the loaded graph does not hold. */
  incomplete?: number[];
  /** The loaded graph holds none of what the story names (another dataset): the page does not offer it. */
  absent?: boolean;
}
