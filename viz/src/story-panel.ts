// The presenter's panel: step title and caption, a step indicator, and the citations of the
// step's caption and of every highlighted relationship (numbered like the marks on the graph).
import { citationList } from "./citation-list.js";
import { byId, el, replaceChildren } from "./el.js";
import { formatDay } from "./format-date.js";
import type { Citation, Story } from "./types.js";

export interface CitedEdge {
  sentence: string;
  citations: Citation[];
}

export function renderStoryPanel(story: Story, step: number, edges: CitedEdge[], sourceTitle: string): void {
  const current = story.steps[step];
  if (!current) return;
  byId("story-name").textContent = story.title;
  byId("story-indicator").textContent = `Step ${step + 1} of ${story.steps.length}`;
  replaceChildren(
    byId("story-dots"),
    ...story.steps.map((_, i) => el("li", { class: i === step ? "current" : i < step ? "done" : "" })),
  );
  byId("story-title").textContent = current.title;
  byId("story-date").textContent = current.date ? `As of ${formatDay(current.date)}` : "All time";
  byId("story-caption").textContent = current.caption;
  replaceChildren(
    byId("story-citations"),
    el("h3", {}, "Sources"),
    citationList(current.cite.map((quote) => ({ quote, source: story.source, sourceTitle, sourceUrl: null }))),
    edges.length > 0
      ? el(
          "ol",
          { class: "cited-edges" },
          ...edges.map((edge, i) =>
            el(
              "li",
              {},
              el("span", { class: "marker" }, `[${i + 1}]`),
              ` ${edge.sentence}`,
              citationList(edge.citations),
            ),
          ),
        )
      : null,
  );
  byId<HTMLButtonElement>("story-prev").disabled = step === 0;
  byId<HTMLButtonElement>("story-next").disabled = step === story.steps.length - 1;
}
