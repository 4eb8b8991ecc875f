// The presenter's panel: step title and caption, a step indicator, and the citations of the
// step's caption and of every highlighted relationship (numbered like the marks on the graph).
import { citationList } from "../../dom/citation-list.js";
import { byId, el, replaceChildren } from "../../dom/el.js";
import { formatDay } from "../../model/format-date.js";
import type { StoryStepShown } from "../../model/story-step.js";

export function renderStoryPanel({ story, index: step, step: current, edges, sourceTitle }: StoryStepShown): void {
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
