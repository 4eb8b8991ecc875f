// What a view needs from the API: the all-time network (for positions and filter choices), the
// date's network (or both dates' when comparing), the focus's neighbourhood, the shortest paths and
// the story; each network is fetched once per date.
import { ApiError, getJson, graphql } from "./api.js";
import { edgeLooks } from "./edge-styles.js";
import { type FilterValues, networkFilters } from "./export-view.js";
import { nodeTypes, organisationLooks } from "./node-styles.js";
import { queries } from "./queries.js";
import type { Changes, Network, NetworkNode, Path, Story } from "./types.js";
import type { ViewState } from "./view-state.js";

const networks = new Map<string, Promise<Network>>();
function fetchNetwork(date: string | null): Promise<Network> {
  const key = date ?? "all";
  let found = networks.get(key);
  if (!found) {
    found = graphql<{ network: Network }>(queries.network, { asOf: date }).then((d) => d.network);
    found.catch(() => networks.delete(key));
    networks.set(key, found);
  }
  return found;
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
  changes: Changes | null;
  focusIds: Set<string> | null;
  paths: Path[] | null;
  story: Story | null;
  problems: string[];
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
  const base = await fetchNetwork(null);
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

  let paths: Path[] | null = null;
  if (state.pathFrom && state.pathTo) {
    if (state.pathFrom === state.pathTo) {
      problems.push("Choose two different ends for a path.");
    } else {
      try {
        paths = (await graphql<{ paths: Path[] }>(queries.paths, { from: state.pathFrom, to: state.pathTo, asOf }))
          .paths;
      } catch (error) {
        problems.push(`No paths: ${describe(error)}`);
        paths = [];
      }
    }
  }
  return { state, base, network, changes, focusIds, paths, story, problems };
}
