// The network page: reads the view from the URL, asks the API for what the view needs, draws it
// with Cytoscape and keeps the panels, the list view and the URL in step with it.
import cytoscape, { type Collection, type Core, type EventObject } from "cytoscape";
import cytoscapeSvg from "cytoscape-svg";
import { getJson, graphql } from "./api.js";
import { citationList } from "./citation-list.js";
import { edgeDetails, nodeDetails, sentence, timelineList } from "./details-panel.js";
import { edgeLook } from "./edge-styles.js";
import { byId, el, replaceChildren } from "./el.js";
import { dataExports, exportHref, exportPng, exportSvg, type FilterValues } from "./export-view.js";
import { renderFilterPanel, syncFilterPanel } from "./filter-panel.js";
import { formatDay } from "./format-date.js";
import { graphStyle } from "./graph-style.js";
import { layoutPositions } from "./layout-positions.js";
import { renderLegend } from "./legend.js";
import { levelOfDetail } from "./level-of-detail.js";
import { renderListView } from "./list-view.js";
import { describe, loadView, nodeShown, type StorySummary, type View } from "./load-view.js";
import { queries } from "./queries.js";
import { renderOptions } from "./render-options.js";
import { attachSearch } from "./search-box.js";
import { type CitedEdge, renderStoryPanel } from "./story-panel.js";
import {
  formatCount,
  renderSummaryBanner,
  sizeByCount,
  spreadOut,
  summaryDetails,
  summaryTotals,
} from "./summary-view.js";
import { edgeElement, nodeElement } from "./to-elements.js";
import type { LayoutName, Network, NetworkEdge, NetworkNode, TimelineEntry } from "./types.js";
import { defaultViewState, isDay, readViewState, type ViewState, writeViewState } from "./view-state.js";

cytoscape.use(cytoscapeSvg);

declare global {
  interface Window {
    cy: Core;
    /** Resolves once the first complete drawing is on screen. */
    thtReady: Promise<void>;
  }
}

const firstYear = 2013;
const today = new Date().toISOString().slice(0, 10);
const currentYear = Number(today.slice(0, 4));
const allTimeValue = currentYear + 1;
const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)").matches;

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
const detail = levelOfDetail(cy);

// ---- drawing -------------------------------------------------------------------------------

let state: ViewState = readViewState(location.search);
let current: View | null = null;
let drawn: {
  layout: LayoutName | null;
  focus: string | null;
  paths: string;
  story: string;
  /** What positions come from: the whole network, or on a large graph the focus, filtered network or summary. */
  base: Network | null;
} = {
  layout: null,
  focus: null,
  paths: "",
  story: "",
  base: null,
};
let selectedEdge: string | null = null;
let generation = 0;

const animate = (options: object) =>
  reducedMotion || !drawn.layout
    ? Promise.resolve(cy.animate({ ...options, duration: 0 }))
    : cy
        .animation({ ...options, duration: 350 } as never)
        .play()
        .promise();

/** Fits `eles` into the view, but never closer than `maxZoom`: two nodes should not fill the screen. */
function fitTo(eles: Collection, padding: number, maxZoom = 1.5): Promise<unknown> {
  if (eles.empty()) return Promise.resolve();
  const box = eles.boundingBox();
  const zoom = Math.min(
    maxZoom,
    (cy.width() - 2 * padding) / Math.max(box.w, 1),
    (cy.height() - 2 * padding) / Math.max(box.h, 1),
  );
  return animate({ zoom, center: { eles } });
}

function marksOf(view: View, shownNodes: Set<string>, shownEdges: NetworkEdge[]): Map<string, Set<string>> {
  const marks = new Map<string, Set<string>>();
  const mark = (id: string, name: string) => {
    const set = marks.get(id) ?? new Set<string>();
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
    for (const id of lit) mark(id, "story");
  } else if (view.paths && view.paths.length > 0) {
    lit = new Set();
    for (const path of view.paths) {
      for (const n of path.nodes) lit.add(n.id);
      for (const s of path.steps) lit.add(s.edge.id);
    }
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

async function draw(
  view: View,
): Promise<{ nodes: NetworkNode[]; edges: NetworkEdge[]; marks: Map<string, Set<string>> }> {
  const { state: s } = view;
  const date = s.compareTo ?? s.date;
  const nodes = view.network.nodes.filter(nodeShown(s));
  const nodeIds = new Set(nodes.map((n) => n.id));
  const edges = view.network.edges.filter(
    (e) => !s.hiddenRelationships.includes(e.type) && nodeIds.has(e.source) && nodeIds.has(e.target),
  );
  const marks = marksOf(view, nodeIds, edges);
  const positions = view.summary
    ? spreadOut(layoutPositions(s.layout, view.base))
    : layoutPositions(s.layout, view.base);
  const storyEdges = view.story?.steps[s.step]?.highlight.edges.filter((id) => edges.some((e) => e.id === id)) ?? [];
  const wanted = new Set([...nodeIds, ...edges.map((e) => e.id)]);
  const definitions = [...nodes.map((n) => nodeElement(n, date)), ...edges.map((e) => edgeElement(e, date))];
  if (view.summary) {
    const counts = new Map([...nodes, ...edges].map((x) => [x.id, Number(x.properties.count)]));
    for (const definition of definitions) sizeByCount(definition, counts.get(String(definition.data.id)) ?? 1);
  }

  cy.batch(() => {
    cy.elements()
      .filter((ele) => !wanted.has(ele.id()))
      .remove();
    for (const definition of definitions) {
      const id = String(definition.data.id);
      const existing = cy.getElementById(id);
      const { id: _id, source: _source, target: _target, ...data } = definition.data;
      const own = marks.get(id) ?? new Set<string>();
      if (own.has("added")) data.display = `${data.label} (added)`;
      if (own.has("removed")) data.display = `${data.label} (removed)`;
      const storyIndex = storyEdges.indexOf(id);
      if (storyIndex >= 0) data.display = `${data.label} [${storyIndex + 1}]`;
      const classes = [...((definition.classes as string[] | undefined) ?? []), ...own, ...detail.classes()];
      if (existing.nonempty()) {
        existing.data(data);
        existing.classes(classes);
      } else {
        cy.add({
          ...definition,
          data: { ...definition.data, display: data.display },
          classes,
          position: definition.group === "nodes" ? { ...(positions[id] ?? { x: 0, y: 0 }) } : undefined,
        });
      }
    }
  });

  const pathKey = view.paths ? `${s.pathFrom}>${s.pathTo}@${s.date}` : "";
  const storyKey = view.story ? `${view.story.id}#${s.step}` : "";
  const first = drawn.layout === null;
  // On a large graph the base changes with the focus and filters: every node takes its new place.
  const newBase = drawn.base !== view.base;
  if (drawn.layout !== s.layout || newBase) {
    if (first) {
      cy.nodes().positions((node) => ({ ...(positions[node.id()] ?? { x: 0, y: 0 }) }));
    } else {
      const layout = cy.layout({
        name: "preset",
        positions: (node: { id(): string }) => positions[node.id()] ?? { x: 0, y: 0 },
        animate: !reducedMotion,
        animationDuration: 450,
        fit: true,
        padding: 30,
      } as never);
      const stopped = layout.promiseOn("layoutstop");
      layout.run();
      await stopped;
    }
  }
  const step = view.story?.steps[s.step];
  if (step && storyKey !== drawn.story) {
    // Fit the step's elements; a focus node is then centred, at the step's zoom if it gives one.
    await fitTo(cy.elements(".story"), 50);
    const focus = step.view.focus ? cy.getElementById(step.view.focus) : null;
    if (focus?.nonempty()) await animate({ zoom: step.view.zoom ?? cy.zoom(), center: { eles: focus } });
  } else if (view.paths && pathKey !== drawn.paths && cy.elements(".path").nonempty()) {
    await fitTo(cy.elements(".path"), 60);
  } else if (s.focus && s.focus !== drawn.focus) {
    await fitTo(cy.elements().not(".faded"), 60);
  } else if (first || newBase || (drawn.focus && !s.focus) || (drawn.story && !storyKey)) {
    cy.fit(undefined, 30);
  }
  drawn = { layout: s.layout, focus: s.focus, paths: pathKey, story: storyKey, base: view.base };
  detail.refresh();
  return { nodes, edges, marks };
}

// ---- panels --------------------------------------------------------------------------------

const labelIn = (view: View) => {
  const labels = new Map(view.base.nodes.map((n) => [n.id, n.label]));
  for (const n of view.network.nodes) labels.set(n.id, n.label);
  return (id: string) => labels.get(id) ?? id;
};

function stateText(marks: Map<string, Set<string>>, id: string, ended: boolean): string {
  const names: Record<string, string> = {
    focus: "in focus",
    path: "on a shortest path",
    added: "added",
    removed: "removed",
    story: "highlighted",
    faded: "faded",
  };
  const words = [...(marks.get(id) ?? [])].map((m) => names[m] ?? m);
  if (ended) words.unshift("ended");
  return words.join(", ");
}

function viewDescription(view: View, nodes: number, edges: number): string {
  const s = view.state;
  const when =
    s.compareFrom && s.compareTo
      ? `comparing ${formatDay(s.compareFrom)} with ${formatDay(s.compareTo)}`
      : s.date
        ? `as of ${formatDay(s.date)}`
        : "all time";
  if (view.summary) {
    const totals = summaryTotals(view.summary.summary);
    const at = s.compareFrom && s.compareTo ? `as of ${formatDay(s.compareTo)}` : when;
    return `Summary: ${formatCount(totals.nodes)} nodes in ${nodes} groups and ${formatCount(totals.edges)} relationships in ${edges} links, ${at}.`;
  }
  const focus =
    s.focus && view.focusIds
      ? `; ${view.focusIds.size} within ${s.depth} step${s.depth > 1 ? "s" : ""} of the focus`
      : "";
  return `${nodes} nodes and ${edges} relationships, ${when}${focus}.`;
}

let timelineAsked = 0;
function renderDetails(view: View): void {
  const body = byId("details-body");
  const labelOf = labelIn(view);
  const s = view.state;
  if (view.summary && !view.paths) {
    body.replaceChildren(summaryDetails(view.summary, view.network, selectedEdge, () => byId("search-input").focus()));
    return;
  }
  if (view.paths) {
    const clear = el("button", { type: "button" }, "Clear paths");
    clear.addEventListener("click", () => apply({ ...state, pathFrom: null, pathTo: null }));
    replaceChildren(
      body,
      el("h3", { class: "details-title" }, `Shortest paths: ${labelOf(s.pathFrom ?? "")} → ${labelOf(s.pathTo ?? "")}`),
      view.paths.length === 0
        ? el("p", {}, "No path of up to four steps on this date.")
        : el(
            "ol",
            { class: "paths" },
            ...view.paths.map((path, i) =>
              el(
                "li",
                { "data-path": String(i) },
                el("h4", {}, `Path ${i + 1}: ${path.length} step${path.length > 1 ? "s" : ""}`),
                el(
                  "ol",
                  { class: "steps" },
                  ...path.steps.map((step) =>
                    el("li", {}, el("p", { class: "sentence" }, step.sentence), citationList(step.edge.citations)),
                  ),
                ),
              ),
            ),
          ),
      clear,
    );
    return;
  }
  const edge = selectedEdge ? view.network.edges.find((e) => e.id === selectedEdge) : undefined;
  // On a large graph a selected relationship does not clear the focus (it is all that is drawn).
  if (edge && view.large) {
    body.replaceChildren(edgeDetails(edge, labelOf));
    return;
  }
  const node = s.focus ? view.network.nodes.find((n) => n.id === s.focus) : undefined;
  if (node) {
    body.replaceChildren(
      nodeDetails(node, {
        pathFrom: () => setPathEnd("pathFrom", node.id),
        pathTo: () => setPathEnd("pathTo", node.id),
        clear: () => apply({ ...state, focus: null }),
      }),
    );
    const asked = ++timelineAsked;
    graphql<{ timeline: TimelineEntry[] }>(queries.timeline, { id: node.id })
      .then((d) => {
        const section = body.querySelector(".timeline");
        if (asked === timelineAsked && section)
          replaceChildren(section, el("h3", {}, "Timeline"), timelineList(d.timeline));
      })
      .catch((error: unknown) => {
        const section = body.querySelector(".timeline");
        if (asked === timelineAsked && section)
          replaceChildren(section, el("h3", {}, "Timeline"), el("p", {}, describe(error)));
      });
    return;
  }
  if (edge) {
    body.replaceChildren(edgeDetails(edge, labelOf));
    return;
  }
  if (view.changes) {
    const c = view.changes;
    const edgesById = new Map(view.network.edges.map((e) => [e.id, e]));
    const edgeItems = (list: { id: string }[]) =>
      list.map((e) => {
        const full = edgesById.get(e.id);
        return el("li", {}, full ? sentence(full, labelOf) : e.id);
      });
    replaceChildren(
      body,
      el("h3", { class: "details-title" }, `What changed: ${formatDay(c.from)} → ${formatDay(c.to)}`),
      el("h4", {}, `Added (${c.nodesStarted.length + c.edgesStarted.length})`),
      el(
        "ul",
        { class: "changes-added" },
        ...c.nodesStarted.map((n) => el("li", {}, n.label)),
        ...edgeItems(c.edgesStarted),
      ),
      el("h4", {}, `Removed (${c.nodesEnded.length + c.edgesEnded.length})`),
      el(
        "ul",
        { class: "changes-removed" },
        ...c.nodesEnded.map((n) => el("li", {}, n.label)),
        ...edgeItems(c.edgesEnded),
      ),
    );
    return;
  }
  replaceChildren(
    body,
    el(
      "p",
      {},
      "Select an organisation in the graph, in the list below or with Find to see its facts, figures, dates and citations.",
    ),
  );
}

function renderExports(view: View, all: FilterValues): void {
  replaceChildren(
    byId("export-links"),
    ...dataExports.map(({ file, label }) =>
      el("li", {}, el("a", { href: exportHref(file, view.state, all), download: `tht-graph-${file}` }, label)),
    ),
  );
}

function renderStory(view: View): void {
  const presenter = byId("presenter");
  const story = view.story;
  document.body.classList.toggle("presenting", Boolean(story));
  presenter.hidden = !story;
  if (!story) return;
  const step = story.steps[view.state.step];
  const labelOf = labelIn(view);
  const edgesById = new Map(view.network.edges.map((e) => [e.id, e]));
  const edges: CitedEdge[] = (step?.highlight.edges ?? [])
    .map((id) => edgesById.get(id))
    .filter((e): e is NetworkEdge => e !== undefined && cy.getElementById(e.id).nonempty())
    .map((e) => ({ sentence: sentence(e, labelOf), citations: e.citations }));
  const title =
    view.base.nodes.flatMap((n) => n.citations).find((c) => c.source === story.source)?.sourceTitle ?? story.source;
  renderStoryPanel(story, view.state.step, edges, title);
}

function syncControls(s: ViewState): void {
  const slider = byId<HTMLInputElement>("year-slider");
  const year = s.date ? Number(s.date.slice(0, 4)) : allTimeValue;
  slider.value = String(year);
  slider.setAttribute("aria-valuetext", s.date ? `${year}` : "All time");
  byId("year-output").textContent =
    s.compareFrom && s.compareTo ? "comparing" : s.date ? formatDay(s.date) : "All time";
  byId<HTMLInputElement>("date-input").value = s.date ?? "";
  byId("all-time-button").setAttribute("aria-pressed", String(s.date === null && !s.compareTo));
  byId<HTMLSelectElement>("layout-select").value = s.layout;
  byId<HTMLSelectElement>("depth-select").value = String(s.depth);
  byId<HTMLSelectElement>("path-from").value = s.pathFrom ?? "";
  byId<HTMLSelectElement>("path-to").value = s.pathTo ?? "";
  if (s.compareFrom && s.compareTo) {
    byId<HTMLInputElement>("compare-from").value = s.compareFrom;
    byId<HTMLInputElement>("compare-to").value = s.compareTo;
    byId<HTMLDetailsElement>("compare").open = true;
  }
  byId("compare-stop").hidden = !(s.compareFrom && s.compareTo);
  syncFilterPanel(byId("filters"), s);
}

let controlsBuilt = false;
/** The network the path menus list; null: none (a summary has no nodes to start a path from). */
let pathChoices: Network | null | undefined;
function buildControls(view: View): void {
  const all = view.all;
  if (!controlsBuilt) {
    controlsBuilt = true;
    renderFilterPanel(byId("filters"), all, state, (hidden) => apply({ ...state, ...hidden }));
    renderLegend(byId("legend"), all.kinds, all.relationships);
  }
  // Path ends are the nodes of the base: the whole network, or on a large graph the focus's or
  // filtered network (the same object while it stays the same, so the menus are built once).
  const choices = view.summary ? null : view.base;
  if (choices === pathChoices) return;
  pathChoices = choices;
  const options = (select: HTMLSelectElement) => {
    const byType = new Map<string, NetworkNode[]>();
    for (const n of choices?.nodes ?? []) byType.set(n.nodeType, [...(byType.get(n.nodeType) ?? []), n]);
    replaceChildren(
      select,
      el("option", { value: "" }, "Choose…"),
      ...all.types
        .filter((type) => byType.has(type))
        .map((type) =>
          el(
            "optgroup",
            { label: type },
            ...(byType.get(type) ?? [])
              .sort((a, b) => a.label.localeCompare(b.label))
              .map((n) => el("option", { value: n.id }, n.label)),
          ),
        ),
    );
  };
  options(byId("path-from"));
  options(byId("path-to"));
}

// ---- the update loop -----------------------------------------------------------------------

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function say(message: string): void {
  byId("status").textContent = message;
}

async function apply(next: ViewState): Promise<void> {
  state = next;
  const mine = ++generation;
  document.body.dataset.state = "loading";
  history.replaceState(null, "", `${location.pathname}${writeViewState(state)}`);
  syncControls(state);
  try {
    const view = await loadView(state);
    if (mine !== generation) return;
    state = view.state;
    current = view;
    history.replaceState(null, "", `${location.pathname}${writeViewState(state)}`);
    buildControls(view);
    syncControls(state);
    renderSummaryBanner(byId("summary-banner"), view.summary, state.depth);
    const { nodes, edges, marks } = await draw(view);
    if (mine !== generation) return;
    const all = view.all;
    const date = state.compareTo ?? state.date;
    const description = viewDescription(view, nodes.length, edges.length);
    byId("counts").textContent = description;
    byId("cy").setAttribute(
      "aria-label",
      `Network graph: ${description} The same nodes and relationships are listed below.`,
    );
    const ended = new Set([
      ...nodes.filter((n) => n.validTo && (!date || n.validTo <= date)).map((n) => n.id),
      ...edges.filter((e) => e.validTo && (!date || e.validTo <= date)).map((e) => e.id),
    ]);
    const labelOf = labelIn(view);
    renderListView(byId("list-body"), {
      nodes,
      edges,
      stateOf: (id) => stateText(marks, id, ended.has(id)),
      labelOf,
      phraseOf: (e) => e.label ?? edgeLook(e.type).name,
      onNode: (id) => (view.summary ? showGroup(id) : focusOn(id)),
      nodeAction: view.summary ? "Show only" : "Focus on",
      onEdge: (id) => {
        selectedEdge = id;
        if (current) renderDetails(current);
        byId("details").focus();
      },
    });
    renderDetails(view);
    renderExports(view, all);
    renderStory(view);
    say(view.problems.join(" "));
    await frame();
    if (mine !== generation) return;
    document.body.dataset.state = "ready";
    if (performance.getEntriesByName("tht-first-drawing").length === 0) {
      performance.mark("tht-first-drawing");
      markReady();
    }
  } catch (error) {
    if (mine !== generation) return;
    document.body.dataset.state = "error";
    say(`The network could not be loaded: ${describe(error)}`);
  }
}

function focusOn(id: string): void {
  selectedEdge = null;
  const inView = current?.network.nodes.some((n) => n.id === id && nodeShown(state)(n));
  if (inView) {
    void apply({ ...state, focus: id, pathFrom: null, pathTo: null });
    return;
  }
  say("Not in this view: showing all time with every filter off.");
  void apply({
    ...state,
    date: null,
    compareFrom: null,
    compareTo: null,
    hiddenTypes: [],
    hiddenKinds: [],
    hiddenRelationships: [],
    focus: id,
    pathFrom: null,
    pathTo: null,
  });
}

/** A summary group selected: show only its kind (organisations) or its node type (the others). */
function showGroup(id: string): void {
  const group = current?.summary?.summary.groups.find((g) => g.id === id);
  if (!current || !group) return;
  const all = current.all;
  selectedEdge = null;
  say(`Showing ${group.label} only.`);
  void apply({
    ...state,
    hiddenTypes: all.types.filter((t) => t !== group.nodeType),
    hiddenKinds: group.nodeType === "Organisation" ? all.kinds.filter((k) => k !== group.kind) : state.hiddenKinds,
    pathFrom: null,
    pathTo: null,
  });
}

function setPathEnd(end: "pathFrom" | "pathTo", id: string): void {
  const next = { ...state, [end]: id, focus: null };
  byId<HTMLSelectElement>(end === "pathFrom" ? "path-from" : "path-to").value = id;
  if (next.pathFrom && next.pathTo) void apply(next);
  else {
    state = next;
    say(end === "pathFrom" ? "Path start chosen; now choose its end." : "Path end chosen; now choose its start.");
  }
}

// ---- time ----------------------------------------------------------------------------------

const yearDate = (year: number) => (year >= currentYear ? today : `${year}-12-31`);
let playing = false;

function stopPlaying(): void {
  playing = false;
  const button = byId("play-button");
  button.setAttribute("aria-pressed", "false");
  button.textContent = "Play";
}

async function play(): Promise<void> {
  if (playing) {
    stopPlaying();
    return;
  }
  playing = true;
  const button = byId("play-button");
  button.setAttribute("aria-pressed", "true");
  button.textContent = "Pause";
  let year = state.date ? Number(state.date.slice(0, 4)) : firstYear - 1;
  if (year >= currentYear) year = firstYear - 1;
  while (playing && year < currentYear) {
    year++;
    await apply({ ...state, date: yearDate(year), compareFrom: null, compareTo: null, story: null });
    await new Promise((resolve) => setTimeout(resolve, 1200));
  }
  stopPlaying();
}

// ---- presenter -----------------------------------------------------------------------------

async function present(): Promise<void> {
  const id = byId<HTMLSelectElement>("story-select").value;
  if (!id) return;
  await document.documentElement.requestFullscreen?.().catch(() => undefined);
  await apply({ ...state, story: id, step: 0 });
  byId("story-next").focus();
}

function moveStep(by: number): void {
  if (!state.story || !current?.story) return;
  const step = Math.min(Math.max(state.step + by, 0), current.story.steps.length - 1);
  if (step !== state.step) void apply({ ...state, step });
}

function leaveStory(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  void apply({ ...state, story: null, step: 0 });
  byId("present-button").focus();
}

// ---- wiring --------------------------------------------------------------------------------

function wire(): void {
  const slider = byId<HTMLInputElement>("year-slider");
  slider.min = String(firstYear);
  slider.max = String(allTimeValue);
  slider.addEventListener("input", () => {
    const year = Number(slider.value);
    void apply({
      ...state,
      date: year >= allTimeValue ? null : yearDate(year),
      compareFrom: null,
      compareTo: null,
      story: null,
    });
  });
  byId("play-button").addEventListener("click", () => void play());
  byId("all-time-button").addEventListener("click", () => {
    stopPlaying();
    void apply({ ...state, date: null, compareFrom: null, compareTo: null, story: null });
  });
  const dateInput = byId<HTMLInputElement>("date-input");
  dateInput.max = today;
  dateInput.addEventListener("change", () => {
    if (isDay(dateInput.value)) void apply({ ...state, date: dateInput.value, compareFrom: null, compareTo: null });
  });
  byId("compare-button").addEventListener("click", () => {
    const from = byId<HTMLInputElement>("compare-from").value;
    const to = byId<HTMLInputElement>("compare-to").value;
    if (!isDay(from) || !isDay(to) || from >= to) {
      say("Choose two dates, the first before the second.");
      return;
    }
    void apply({ ...state, compareFrom: from, compareTo: to, story: null });
  });
  byId("compare-stop").addEventListener("click", () => void apply({ ...state, compareFrom: null, compareTo: null }));
  byId<HTMLSelectElement>("layout-select").addEventListener("change", (event) => {
    void apply({ ...state, layout: (event.target as HTMLSelectElement).value as LayoutName });
  });
  byId<HTMLSelectElement>("depth-select").addEventListener("change", (event) => {
    void apply({ ...state, depth: Number((event.target as HTMLSelectElement).value) });
  });
  byId("clear-focus").addEventListener("click", () => void apply({ ...state, focus: null }));
  byId("path-find").addEventListener("click", () => {
    const from = byId<HTMLSelectElement>("path-from").value || null;
    const to = byId<HTMLSelectElement>("path-to").value || null;
    if (!from || !to) {
      say("Choose both ends of the path.");
      return;
    }
    void apply({ ...state, pathFrom: from, pathTo: to, focus: null, story: null });
  });
  byId("path-clear").addEventListener("click", () => void apply({ ...state, pathFrom: null, pathTo: null }));
  attachSearch(byId("search-input"), byId("search-suggestions"), (node) => focusOn(node.id));

  cy.on("tap", "node", (event: EventObject) => {
    if (state.story) return;
    if (current?.summary) showGroup(event.target.id());
    else focusOn(event.target.id());
  });
  cy.on("tap", "edge", (event: EventObject) => {
    selectedEdge = event.target.id();
    // On a large graph the focus is all that is drawn: keep it and show the relationship.
    if (state.focus && !current?.large) void apply({ ...state, focus: null });
    else if (current) renderDetails(current);
  });
  cy.on("tap", (event: EventObject) => {
    if (event.target === cy && state.focus && !state.story) void apply({ ...state, focus: null });
  });
  byId("zoom-in").addEventListener("click", () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: center() }));
  byId("zoom-out").addEventListener("click", () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: center() }));
  byId("zoom-fit").addEventListener("click", () => cy.fit(cy.elements().not(".faded"), 30));

  byId("present-button").addEventListener("click", () => void present());
  byId("story-prev").addEventListener("click", () => moveStep(-1));
  byId("story-next").addEventListener("click", () => moveStep(1));
  byId("story-exit").addEventListener("click", leaveStory);
  byId("story-fullscreen").addEventListener("click", () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => say("Full screen is not available here."));
  });
  document.addEventListener("keydown", (event) => {
    if (!state.story || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest("input, select, textarea, [contenteditable]")) return;
    if (event.key === "ArrowRight" || event.key === "PageDown") {
      event.preventDefault();
      moveStep(1);
    } else if (event.key === "ArrowLeft" || event.key === "PageUp") {
      event.preventDefault();
      moveStep(-1);
    } else if (event.key === "Escape") {
      leaveStory();
    }
  });

  byId("share-button").addEventListener("click", async () => {
    const link = location.href;
    try {
      await navigator.clipboard.writeText(link);
      say("Link to this view copied.");
    } catch {
      const field = byId<HTMLInputElement>("share-link");
      field.value = link;
      field.hidden = false;
      field.select();
      say("Copy the link from the box.");
    }
  });
  byId("export-png").addEventListener("click", () => exportPng(cy, state));
  byId("export-svg").addEventListener("click", () => exportSvg(cy, state));
}

function center() {
  return { x: cy.width() / 2, y: cy.height() / 2 };
}

async function loadStoryIndex(): Promise<void> {
  const select = byId<HTMLSelectElement>("story-select");
  try {
    const index = await getJson<StorySummary[]>("/stories/index.json");
    replaceChildren(select, ...index.map((s) => el("option", { value: s.id }, `${s.title} (${s.steps} steps)`)));
    byId<HTMLButtonElement>("present-button").disabled = index.length === 0;
  } catch (error) {
    say(`Stories could not be loaded: ${describe(error)}`);
  }
}

wire();
void loadStoryIndex();
void apply(state.story ? state : { ...defaultViewState, ...state });
