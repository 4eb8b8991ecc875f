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
}

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
}
