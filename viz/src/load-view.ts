// What a view needs from the API: the all-time network (for positions and filter choices), the
// date's network (or both dates' when comparing), the focus's neighbourhood, the shortest paths and
// the story; each network is fetched once per date.
// A network too large to draw (NETWORK_TOO_LARGE) is never drawn whole: the view's base is then the
// focus's neighbourhood or the filtered network, fetched from the server, or, when that is still
// too large, the network summary (summary-view.ts).
import { ApiError, getJson, graphql } from "./api.js";
import { edgeLooks } from "./edge-styles.js";
import { type FilterValues, networkFilters } from "./export-view.js";
import { nodeTypes, organisationLooks } from "./node-styles.js";
import { queries } from "./queries.js";
import { type SummaryView, summaryNetwork, type TooLarge, tooLarge } from "./summary-view.js";
import type { Changes, Network, NetworkNode, NetworkSummary, Path, Story } from "./types.js";
import type { ViewState } from "./view-state.js";

/** What the server filters a network by when the page cannot filter the whole one itself. */
interface Scope {
  asOf: string | null;
  kinds: string[] | null;
  types: string[] | null;
  focus: string | null;
  depth: number | null;
}

/** Cached by what was asked; a refusal as too large is an answer too, kept like a network. */
function cachedBy<T>(cache: Map<string, Promise<T>>, key: string, fetch: () => Promise<T>): Promise<T> {
  let found = cache.get(key);
  if (!found) {
    found = fetch();
    found.catch((error: unknown) => {
      if (!tooLarge(error)) cache.delete(key);
    });
    cache.set(key, found);
  }
  return found;
}

const networks = new Map<string, Promise<Network>>();
function fetchNetwork(date: string | null): Promise<Network> {
  return cachedBy(networks, date ?? "all", () =>
    graphql<{ network: Network }>(queries.network, { asOf: date }).then((d) => d.network),
  );
}
function fetchScoped(scope: Scope): Promise<Network> {
  return cachedBy(networks, JSON.stringify(scope), () =>
    graphql<{ network: Network }>(queries.networkScoped, { ...scope }).then((d) => d.network),
  );
}
const summaries = new Map<string, Promise<NetworkSummary>>();
function fetchSummary(scope: Scope): Promise<NetworkSummary> {
  return cachedBy(summaries, JSON.stringify(scope), () =>
    graphql<{ networkSummary: NetworkSummary }>(queries.summary, { ...scope }).then((d) => d.networkSummary),
  );
}

export interface StorySummary {
  id: string;
  title: string;
  steps: number;
}
const stories = new Map<string, Promise<Story>>();
function fetchStory(id: string): Promise<Story> {
  let found = stories.get(id);
  if (!found) {
    found = getJson<Story>(`/stories/${encodeURIComponent(id)}.json`);
    found.catch(() => stories.delete(id));
    stories.set(id, found);
  }
  return found;
}

export interface View {
  state: ViewState;
  base: Network;
  network: Network;
  /** Every node type, organisation kind and relationship type of the whole network, for the filters. */
  all: FilterValues;
  changes: Changes | null;
  focusIds: Set<string> | null;
  paths: Path[] | null;
  story: Story | null;
  problems: string[];
  /** The whole network is too large to draw: `base` is what the server filtered (focus, filters). */
  large: boolean;
  /** Set when even that is too large: `base` and `network` are then the summary's groups. */
  summary: SummaryView | null;
}

function merge(a: Network, b: Network): Network {
  const nodes = new Map([...a.nodes, ...b.nodes].map((n) => [n.id, n]));
  const edges = new Map([...a.edges, ...b.edges].map((e) => [e.id, e]));
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

export function filterValues(base: Network): FilterValues {
  const present = (values: string[]) => [...new Set(values)];
  const kinds = present(base.nodes.filter((n) => n.nodeType === "Organisation").map((n) => n.kind));
  const known = Object.keys(organisationLooks);
  const order = (list: string[], canonical: string[]) =>
    [...list].sort((a, b) => {
      const ia = canonical.indexOf(a);
      const ib = canonical.indexOf(b);
      return (ia < 0 ? 999 : ia) - (ib < 0 ? 999 : ib) || a.localeCompare(b);
    });
  return {
    types: order(present(base.nodes.map((n) => n.nodeType)), [...nodeTypes]),
    kinds: order(kinds, known),
    relationships: order(present(base.edges.map((e) => e.type)), Object.keys(edgeLooks)),
  };
}

export const nodeShown = (state: ViewState) => (n: NetworkNode) =>
  !state.hiddenTypes.includes(n.nodeType) && !(n.nodeType === "Organisation" && state.hiddenKinds.includes(n.kind));

export function describe(error: unknown): string {
  if (error instanceof ApiError) return `${error.message} [${error.code}]`;
  return error instanceof Error ? error.message : String(error);
}

/** Only what the view shows of `changes`: on a large graph they can run to thousands. */
function changesWithin(changes: Changes, network: Network): Changes {
  const ids = new Set([...network.nodes.map((n) => n.id), ...network.edges.map((e) => e.id)]);
  const within = <T extends { id: string }>(list: T[]) => list.filter((x) => ids.has(x.id));
  return {
    ...changes,
    nodesStarted: within(changes.nodesStarted),
    nodesEnded: within(changes.nodesEnded),
    edgesStarted: within(changes.edgesStarted),
    edgesEnded: within(changes.edgesEnded),
  };
}

async function loadPaths(state: ViewState, asOf: string | null, problems: string[]): Promise<Path[] | null> {
  if (!state.pathFrom || !state.pathTo) return null;
  if (state.pathFrom === state.pathTo) {
    problems.push("Choose two different ends for a path.");
    return null;
  }
  try {
    return (await graphql<{ paths: Path[] }>(queries.paths, { from: state.pathFrom, to: state.pathTo, asOf })).paths;
  } catch (error) {
    problems.push(`No paths: ${describe(error)}`);
    return [];
  }
}

/**
 * The view of a network too large to draw whole: the server filters it (the view's filters, its
 * focus) and the page draws what comes back, or the summary when that is still too large.
 */
async function loadLargeView(
  state: ViewState,
  whole: TooLarge,
  story: Story | null,
  problems: string[],
): Promise<View> {
  const comparing = Boolean(state.compareFrom && state.compareTo);
  const asOf = comparing ? state.compareTo : state.date;
  const all = filterValues(summaryNetwork(await fetchSummary(wholeScope)));
  const { kinds, types } = networkFilters(state, all);
  const scopeAt = (date: string | null) => scopeOf(date, kinds, types, state.focus, state.depth);
  const withoutFocus = (problem: string) => {
    problems.push(problem);
    return loadLargeView({ ...state, focus: null }, whole, story, problems);
  };

  let base: Network;
  try {
    base = await fetchScoped(scopeAt(null));
  } catch (error) {
    const large = tooLarge(error);
    if (large) {
      const reason = state.focus ? "focus" : kinds || types ? "filtered" : "whole";
      const summary = await fetchSummary(scopeAt(asOf));
      const drawn = summaryNetwork(summary);
      const paths = await loadPaths(state, asOf, problems);
      const refused = reason === "whole" ? whole : large;
      return {
        state,
        base: drawn,
        network: drawn,
        all,
        changes: null,
        focusIds: null,
        paths,
        story,
        problems,
        large: true,
        summary: { summary, refused, reason },
      };
    }
    if (state.focus && error instanceof ApiError && error.code === "NOT_FOUND")
      return withoutFocus(`There is no node "${state.focus}"; focus cleared.`);
    throw error;
  }
  const [network, changes] =
    comparing && state.compareFrom && state.compareTo
      ? await Promise.all([
          Promise.all(
            [fetchScoped(scopeAt(state.compareFrom)), fetchScoped(scopeAt(state.compareTo))].map(absentAsEmpty),
          ).then(([a, b]) => merge(a ?? empty, b ?? empty)),
          graphql<{ changes: Changes }>(queries.changes, { from: state.compareFrom, to: state.compareTo }).then((d) =>
            changesWithin(d.changes, base),
          ),
        ])
      : [await absentAsEmpty(fetchScoped(scopeAt(state.date))), null];
  if (state.focus) {
    const focusNode = network.nodes.find((n) => n.id === state.focus);
    if (!focusNode || !nodeShown(state)(focusNode)) {
      const known = base.nodes.find((n) => n.id === state.focus);
      return withoutFocus(`${known?.label ?? state.focus} is not in this view; focus cleared.`);
    }
  }
  // The whole view is the focus's neighbourhood: nothing to fade.
  const focusIds = state.focus ? new Set(network.nodes.map((n) => n.id)) : null;
  const paths = await loadPaths(state, asOf, problems);
  return { state, base, network, all, changes, focusIds, paths, story, problems, large: true, summary: null };
}

const empty: Network = { nodes: [], edges: [] };
/** A focus that does not hold on the date (NOT_FOUND) has nothing around it on that date. */
function absentAsEmpty(network: Promise<Network>): Promise<Network> {
  return network.catch((error: unknown) => {
    if (error instanceof ApiError && error.code === "NOT_FOUND") return empty;
    throw error;
  });
}

const wholeScope: Scope = { asOf: null, kinds: null, types: null, focus: null, depth: null };

function scopeOf(
  asOf: string | null,
  kinds: string[] | null,
  types: string[] | null,
  focus: string | null,
  depth: number,
): Scope {
  return { asOf, kinds, types, focus, depth: focus ? depth : null };
}

export async function loadView(requested: ViewState): Promise<View> {
  let state = requested;
  const problems: string[] = [];
  let story: Story | null = null;
  if (state.story) {
    try {
      story = await fetchStory(state.story);
      const step = Math.min(Math.max(state.step, 0), story.steps.length - 1);
      const current = story.steps[step];
      state = {
        ...state,
        step,
        date: current?.date ?? null,
        focus: null,
        pathFrom: null,
        pathTo: null,
        compareFrom: null,
        compareTo: null,
      };
    } catch (error) {
      problems.push(`The story could not be loaded: ${describe(error)}`);
      state = { ...state, story: null, step: 0 };
    }
  }
  const comparing = state.compareFrom && state.compareTo && state.compareFrom < state.compareTo;
  if (!comparing) state = { ...state, compareFrom: null, compareTo: null };
  const asOf = comparing ? state.compareTo : state.date;
  let base: Network;
  try {
    base = await fetchNetwork(null);
  } catch (error) {
    const large = tooLarge(error);
    if (!large) throw error;
    return loadLargeView(state, large, story, problems);
  }
  const all = filterValues(base);
  const [network, changes] = comparing
    ? await Promise.all([
        Promise.all([fetchNetwork(state.compareFrom), fetchNetwork(state.compareTo)]).then(([a, b]) => merge(a, b)),
        graphql<{ changes: Changes }>(queries.changes, { from: state.compareFrom, to: state.compareTo }).then(
          (d) => d.changes,
        ),
      ])
    : [await fetchNetwork(state.date), null];

  let focusIds: Set<string> | null = null;
  if (state.focus) {
    const focusNode = network.nodes.find((n) => n.id === state.focus);
    if (!focusNode || !nodeShown(state)(focusNode)) {
      const known = base.nodes.find((n) => n.id === state.focus);
      problems.push(
        known
          ? `${known.label} is not in this view; focus cleared.`
          : `There is no node "${state.focus}"; focus cleared.`,
      );
      state = { ...state, focus: null };
    } else {
      const { kinds, types } = networkFilters(state, all);
      const ids =
        kinds || types
          ? (
              await graphql<{ network: Network }>(queries.focusFiltered, {
                id: state.focus,
                depth: state.depth,
                asOf,
                kinds,
                types,
              })
            ).network.nodes
          : (
              await graphql<{ neighbourhood: Network }>(queries.focus, {
                id: state.focus,
                depth: state.depth,
                asOf,
              })
            ).neighbourhood.nodes;
      focusIds = new Set(ids.map((n) => n.id));
    }
  }

  const paths = await loadPaths(state, asOf, problems);
  return { state, base, network, all, changes, focusIds, paths, story, problems, large: false, summary: null };
}
