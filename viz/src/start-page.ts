// The network page's composition root: creates Cytoscape, the store and the views, and starts.
// Loaded by main.ts once it has asked for the first network. Every side effect of the page starts
// here or there; every other module only defines things.
import cytoscape, { type Core } from "cytoscape";
import cytoscapeSvg from "cytoscape-svg";
import { ErrorCode } from "../../schema/contract.js";
import { ApiError } from "./data/api.js";
import { createEditorSession } from "./data/editor-session.js";
import { fetchTimeline } from "./data/fetch-timeline.js";
import { forgetAnswers } from "./data/forget-answers.js";
import { fetchGraphRevision, fetchHistory, fetchRecentChanges, revert } from "./data/history.js";
import { inFlight } from "./data/in-flight.js";
import { loadView } from "./data/load-view.js";
import { searchNodes } from "./data/search-nodes.js";
import { fetchSignInSettings } from "./data/sign-in-settings.js";
import { stories } from "./data/stories.js";
import { byId } from "./dom/el.js";
import { graphStyle } from "./drawing/graph-style.js";
import { renderOptions } from "./drawing/render-options.js";
import { calendar } from "./model/calendar.js";
import { createPageStore } from "./store/page-store.js";
import { readViewState } from "./store/view-state.js";
import { createBottomSheet } from "./views/bottom-sheet.js";
import { createBusyView } from "./views/busy-view.js";
import { createControlsView } from "./views/controls-view.js";
import { createDescriptionView } from "./views/description-view.js";
import { createDetailsView } from "./views/details-view.js";
import { createEditorView } from "./views/editor-view.js";
import { createGraphView } from "./views/graph-view.js";
import { createListView } from "./views/list-view.js";
import { createPresenterView } from "./views/presenter-view.js";
import { createRevisionWatch } from "./views/revision-watch.js";
import { createStatusView } from "./views/status-view.js";
import { createSummaryView } from "./views/summary-view.js";
import { createTimePlayer } from "./views/time-player.js";
import { createUrlView } from "./views/url-view.js";

declare global {
  interface Window {
    cy: Core;
    /** Resolves once the first complete drawing is on screen. */
    thtReady: Promise<void>;
  }
}

cytoscape.use(cytoscapeSvg);

let markReady: () => void = () => {};
window.thtReady = new Promise((resolve) => {
  markReady = resolve;
});

const cy = cytoscape({
  container: byId("cy"),
  style: graphStyle,
  ...renderOptions,
  boxSelectionEnabled: false,
  selectionType: "single",
});
window.cy = cy;
// Before anything fetches: the loading state follows every fetch from the first.
createBusyView({ waiting: inFlight });

const session = createEditorSession();
// Declared before the views that write, which acknowledge their own revisions to it.
const watch = createRevisionWatch({
  fetchGraphRevision,
  fetchRecentChanges,
  showLatest() {
    forgetAnswers();
    return store.refresh("Showing the graph as it is now.");
  },
  startAfter: window.thtReady,
});
const time = calendar(new Date().toISOString().slice(0, 10));
const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)").matches;
const store = createPageStore(readViewState(location.search), { loadView });

// In render order: the controls and the banner follow a load before the graph draws it; the
// panels, the list and the presenter follow the drawing.
const views = [
  createStatusView({ onFirstReady: markReady }),
  createUrlView({ store }),
  createControlsView({ store, cy, time, searchNodes }),
  createTimePlayer({ store, time }),
  createSummaryView(),
  createGraphView({ store, cy, reducedMotion }),
  createDescriptionView(),
  createListView({ store }),
  createDetailsView({
    store,
    fetchTimeline,
    history: {
      fetchHistory,
      fetchRecentChanges,
      async revert(revision, reason) {
        const signedIn = session.current();
        if (!signedIn) throw new ApiError(ErrorCode.Unauthenticated, "sign in to edit first");
        const made = await revert(revision, reason, signedIn.token);
        watch.acknowledge(made.number);
        // Nothing fetched before the revert may be drawn again.
        forgetAnswers();
        await store.refresh(`Reverted ${revision}: the graph is now at ${made.id}.`);
        return made.id;
      },
    },
  }),
  createBottomSheet({ cy }),
  createPresenterView({ store }),
];
for (const view of views) store.subscribe(view.render);

createEditorView({ session, signInSettings: fetchSignInSettings() });
// The editing forms (and zod, which checks them) load only once an editor signs in.
let editing: Promise<unknown> | null = null;
session.subscribe((signedIn) => {
  if (!signedIn || editing) return;
  editing = import("./views/edit/editing.js").then(({ startEditing }) =>
    startEditing({
      session,
      store,
      cy,
      searchNodes,
      shownRevision: () => watch.shownRevision(),
      async applied(revision, focus) {
        watch.acknowledge(revision.number);
        forgetAnswers();
        const words = `Applied as ${revision.id}: ${revision.changes.length} change${revision.changes.length === 1 ? "" : "s"}.`;
        // A new or changed node is shown in focus; a focus just retracted is let go of.
        const focused = store.getState().view.focus;
        const retracted = revision.changes.some((c) => c.action === "RETRACTED" && c.id === focused);
        if (focus) await store.focusOn(focus);
        else if (retracted) await store.clearFocus();
        await store.refresh(words);
      },
      async showLatest() {
        // What the page shows from now on is at least this revision: edits are read at it.
        watch.acknowledge(await fetchGraphRevision());
        forgetAnswers();
        await store.refresh("Showing the graph as it is now.");
      },
    }),
  );
});
void session.restore();
stories.index().then(store.storiesLoaded, store.storiesFailed);
void store.start();
