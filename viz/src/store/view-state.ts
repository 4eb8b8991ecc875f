// The whole view as a value, and its round trip through the query string, so a link reopens it.
import { isCalendarDay } from "../../../schema/contract.js";
import type { LayoutName } from "../types.js";

export interface ViewState {
  /** YYYY-MM-DD, or null for everything ever valid ("all time"). */
  date: string | null;
  layout: LayoutName;
  focus: string | null;
  depth: number;
  hiddenTypes: string[];
  hiddenKinds: string[];
  hiddenRelationships: string[];
  /** "Known facts only": leave out what may hold on the date but is not known to (README, "Time"). */
  knownOnly: boolean;
  /** The organisations view: arrangements, events and groups folded into links between organisations. */
  organisations: boolean;
  /** What node size shows: nothing, links (degree) or brokerage (betweenness), from the API's centrality. */
  sizeBy: SizeBy;
  pathFrom: string | null;
  pathTo: string | null;
  /** Both set: the compare view, from → to. */
  compareFrom: string | null;
  compareTo: string | null;
  story: string | null;
  /** 0-based; 1-based in the URL. */
  step: number;
}

export type SizeBy = "none" | "degree" | "betweenness";
export const sizeByValues: readonly SizeBy[] = ["none", "degree", "betweenness"];

/** What the filters hide. */
export type Hidden = Pick<ViewState, "hiddenTypes" | "hiddenKinds" | "hiddenRelationships">;

export const layoutNames: readonly LayoutName[] = ["fcose", "concentric", "breadthfirst", "dagre"];

export const defaultViewState: ViewState = {
  date: null,
  layout: "fcose",
  focus: null,
  depth: 1,
  hiddenTypes: [],
  hiddenKinds: [],
  hiddenRelationships: [],
  knownOnly: false,
  organisations: false,
  sizeBy: "none",
  pathFrom: null,
  pathTo: null,
  compareFrom: null,
  compareTo: null,
  story: null,
  step: 0,
};

/** The server's one rule for a day (core/time/calendar-day.ts): no 2021-02-30, no "2022". */
export function isDay(value: string | null | undefined): value is string {
  return isCalendarDay(value);
}

function id(value: string | null): string | null {
  return value && value.length <= 200 ? value : null;
}

function list(value: string | null): string[] {
  return value ? value.split(",").filter((v) => v !== "" && v.length <= 200) : [];
}

export function readViewState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const layout = q.get("layout") as LayoutName | null;
  const depth = Number(q.get("depth"));
  const [compareFrom, compareTo] = (q.get("compare") ?? "").split("..");
  const step = Number(q.get("step"));
  const date = q.get("date");
  const sizeBy = q.get("size") as SizeBy | null;
  return {
    date: isDay(date) ? date : null,
    layout: layout && layoutNames.includes(layout) ? layout : defaultViewState.layout,
    focus: id(q.get("focus")),
    depth: [1, 2, 3].includes(depth) ? depth : defaultViewState.depth,
    hiddenTypes: list(q.get("hideTypes")),
    hiddenKinds: list(q.get("hideKinds")),
    hiddenRelationships: list(q.get("hideRels")),
    knownOnly: q.get("known") === "only",
    organisations: q.get("view") === "organisations",
    sizeBy: sizeBy && sizeByValues.includes(sizeBy) ? sizeBy : defaultViewState.sizeBy,
    pathFrom: id(q.get("from")),
    pathTo: id(q.get("to")),
    compareFrom: isDay(compareFrom) && isDay(compareTo) ? compareFrom : null,
    compareTo: isDay(compareFrom) && isDay(compareTo) ? compareTo : null,
    story: id(q.get("story")),
    step: Number.isInteger(step) && step >= 1 ? step - 1 : 0,
  };
}

/** Only what differs from the default, so links stay short. */
export function writeViewState(state: ViewState): string {
  const q = new URLSearchParams();
  if (state.date) q.set("date", state.date);
  if (state.layout !== defaultViewState.layout) q.set("layout", state.layout);
  if (state.focus) q.set("focus", state.focus);
  if (state.focus && state.depth !== defaultViewState.depth) q.set("depth", String(state.depth));
  if (state.hiddenTypes.length > 0) q.set("hideTypes", state.hiddenTypes.join(","));
  if (state.hiddenKinds.length > 0) q.set("hideKinds", state.hiddenKinds.join(","));
  if (state.hiddenRelationships.length > 0) q.set("hideRels", state.hiddenRelationships.join(","));
  if (state.knownOnly) q.set("known", "only");
  if (state.organisations) q.set("view", "organisations");
  if (state.sizeBy !== defaultViewState.sizeBy) q.set("size", state.sizeBy);
  if (state.pathFrom) q.set("from", state.pathFrom);
  if (state.pathTo) q.set("to", state.pathTo);
  if (state.compareFrom && state.compareTo) q.set("compare", `${state.compareFrom}..${state.compareTo}`);
  if (state.story) {
    q.set("story", state.story);
    q.set("step", String(state.step + 1));
  }
  const text = q.toString();
  return text ? `?${text}` : "";
}
