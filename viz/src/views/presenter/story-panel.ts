// The presenter's panel, written for the room: the step's title and caption first and large, then
// the highlighted lines as sentences numbered like their marks on the graph, then the evidence
// folded under them (each quote once, with the numbers of the lines it supports), and a small step
// indicator. The panel starts at its top on every step.
import { citationList } from "../../dom/citation-list.js";
import { byId, el, replaceChildren } from "../../dom/el.js";
import { formatDay } from "../../model/format-date.js";
import { stepSources } from "../../model/step-sources.js";
import { stepGap } from "../../model/story-fit.js";
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
  // What the step names that this graph lacks (another dataset, or since retracted), in words.
  const gap = stepGap(current);
  byId("story-missing").textContent = gap ?? "";
  byId("story-missing").hidden = gap === null;
  const own = current.cite.map((quote) => ({ quote, source: story.source, sourceTitle, sourceUrl: null }));
  const sources = stepSources(own, edges);
  replaceChildren(
    byId("story-citations"),
    edges.length > 0
      ? el(
          "ol",
          { class: "cited-edges" },
          ...edges.map((edge, i) => el("li", {}, el("span", { class: "marker" }, `[${i + 1}]`), ` ${edge.sentence}`)),
        )
      : null,
    el(
      "details",
      { class: "story-sources" },
      el("summary", {}, `Sources: ${sources.length} ${sources.length === 1 ? "quote" : "quotes"}`),
      citationList(
        sources.map((s) => s.citation),
        (i) => {
          const lines = sources[i]?.lines ?? [];
          return lines.length > 0 ? `${lines.map((n) => `[${n}]`).join("")} ` : "";
        },
      ),
    ),
  );
  byId<HTMLButtonElement>("story-prev").disabled = step === 0;
  byId<HTMLButtonElement>("story-next").disabled = step === story.steps.length - 1;
  byId("presenter").scrollTop = 0;
}
