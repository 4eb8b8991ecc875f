// Export and share: a PNG or SVG picture of the graph, the drawing as GEXF for Gephi, the view as a
// briefing or a whole story as one HTML file (export-story.ts), links to the server's data exports
// (GET /export/…) with the drawn view's date, filters and focus, and Copy link. An export the
// server would refuse as too large (its limit from GET /export/index.json) is shown, not linked.
import type { Core } from "cytoscape";
import { getJson } from "../../data/api.js";
import { byId, el, replaceChildren } from "../../dom/el.js";
import { exportBriefing, exportDrawnGexf, exportPicture } from "../../drawing/export-picture.js";
import { exportHref } from "../../model/export-href.js";
import { exportRefusal } from "../../model/export-refusal.js";
import { fileName } from "../../model/file-stem.js";
import type { Shown } from "../../store/page-state.js";
import type { PageStore } from "../../store/page-store.js";
import type { PageView } from "../page-view.js";
import { exportStory } from "./export-story.js";

const dataExports = [
  { file: "network.graphml", label: "GraphML" },
  { file: "network.gexf", label: "GEXF" },
  { file: "nodes.csv", label: "Nodes (CSV)" },
  { file: "edges.csv", label: "Relationships (CSV)" },
  { file: "network.cyjs", label: "Cytoscape JSON" },
] as const;

export function createExportControls({ store, cy }: { store: PageStore; cy: Core }): PageView {
  byId("export-png").addEventListener("click", () => exportPicture(cy, "png", store.getState().view));
  byId("export-svg").addEventListener("click", () => exportPicture(cy, "svg", store.getState().view));
  byId("export-briefing").addEventListener("click", () => {
    if (shown) exportBriefing(cy, shown, document.title);
    else store.say("The view is still loading: try again once it is drawn.");
  });
  byId("export-drawn-gexf").addEventListener("click", () => exportDrawnGexf(cy, store.getState().view, document.title));
  // The story: while presenting, the one presented (the presenter's own button); else the one chosen beside Present.
  const storyButtons = [byId<HTMLButtonElement>("export-story"), byId<HTMLButtonElement>("story-export")];
  let exporting = false;
  const storyToExport = () => store.getState().view.story ?? (byId<HTMLSelectElement>("story-select").value || null);
  for (const button of storyButtons)
    button.addEventListener("click", async () => {
      const id = storyToExport();
      if (exporting || !id) return;
      exporting = true;
      for (const b of storyButtons) b.disabled = true;
      try {
        await exportStory(store, cy, id);
      } finally {
        exporting = false;
        for (const b of storyButtons) b.disabled = false;
        // Back where the reader was: the button, if it is still on screen (the presenter's stays while presenting).
        if (button.offsetParent !== null) button.focus({ preventScroll: true });
      }
    });
  byId("share-button").addEventListener("click", async () => {
    const link = location.href;
    try {
      await navigator.clipboard.writeText(link);
      store.say("Link to this view copied.");
    } catch {
      const field = byId<HTMLInputElement>("share-link");
      field.value = link;
      field.hidden = false;
      field.select();
      store.say("Copy the link from the box.");
    }
  });

  let shown: Shown | null = null;
  /** EXPORT_MAX_ELEMENTS; null until the server has said (or if it cannot), when every link is offered. */
  let limit: number | null = null;
  const renderLinks = () => {
    if (!shown) return;
    const { view } = shown;
    const refusal = exportRefusal(view, limit);
    replaceChildren(
      byId("export-links"),
      ...dataExports.map(({ file, label }) =>
        el(
          "li",
          {},
          refusal
            ? el("span", { class: "export-refused", title: refusal, "aria-disabled": "true" }, label)
            : el("a", { href: exportHref(file, view.state, view.all), download: fileName(file, view.state) }, label),
        ),
      ),
    );
  };
  getJson<{ maxElements?: unknown }>("/export/index.json")
    .then(({ maxElements }) => {
      limit = typeof maxElements === "number" && Number.isFinite(maxElements) ? maxElements : null;
      renderLinks();
    })
    .catch(() => undefined);
  return {
    render(state) {
      if (!exporting) byId<HTMLButtonElement>("export-story").disabled = !state.stories?.length;
      if (!state.shown || state.shown === shown) return;
      shown = state.shown;
      renderLinks();
    },
  };
}
