// How the graph moves between two drawings: where nodes go and what the view fits.
import { describe, expect, it } from "vitest";
import { cameraMove } from "../../../viz/src/model/camera-move.js";
import { drawnKeys, nothingDrawn } from "../../../viz/src/model/drawn-keys.js";
import type { Story } from "../../../viz/src/types.js";
import { sampleNetwork, sampleView } from "./sample-view.js";

const story = { id: "tht", title: "", description: "", source: "", steps: [] } as unknown as Story;
const now = { stepShown: false, pathsDrawn: false };
const plain = drawnKeys(sampleView());

describe("drawnKeys", () => {
  it("keys paths by their ends and date, and a story by its step", () => {
    const keys = drawnKeys(
      sampleView({ pathFrom: "a", pathTo: "b", date: "2022-01-01", story: "tht", step: 2 }, { paths: [], story }),
    );
    expect(keys.paths).toBe("a>b@2022-01-01");
    expect(keys.story).toBe("tht#2");
    expect(drawnKeys(sampleView()).paths).toBe("");
  });

  it("keys the depth only with a focus, the date or the dates compared, and the filters", () => {
    expect(drawnKeys(sampleView({ depth: 3 })).depth).toBe(0);
    expect(drawnKeys(sampleView({ focus: "tht", depth: 3 })).depth).toBe(3);
    expect(drawnKeys(sampleView({ date: "2021-12-31" })).when).toBe("2021-12-31");
    expect(drawnKeys(sampleView({ compareFrom: "2021-12-31", compareTo: "2023-12-31" })).when).toBe(
      "2021-12-31..2023-12-31",
    );
    expect(drawnKeys(sampleView({ knownOnly: true })).filters).not.toBe(plain.filters);
    expect(drawnKeys(sampleView({ hiddenKinds: ["NHS trust"] })).filters).not.toBe(plain.filters);
  });
});

describe("cameraMove", () => {
  it("places the nodes at once and fits everything on the first drawing", () => {
    expect(cameraMove(nothingDrawn, plain, now)).toEqual({ relayout: "place", fit: "all" });
  });

  it("leaves the camera alone when nothing it follows changed", () => {
    expect(cameraMove(plain, { ...plain }, now)).toEqual({ relayout: "none", fit: "none" });
  });

  it("animates the nodes to a new layout's places", () => {
    expect(cameraMove(plain, { ...plain, layout: "dagre" }, now).relayout).toBe("animate");
  });

  it("moves every node and fits all when a large graph's base changes", () => {
    expect(cameraMove(plain, { ...plain, base: { ...sampleNetwork } }, now)).toEqual({
      relayout: "animate",
      fit: "all",
    });
  });

  it("fits a new focus, and everything again when the focus is cleared", () => {
    const focused = { ...plain, focus: "tht" };
    expect(cameraMove(plain, focused, now).fit).toBe("focus");
    expect(cameraMove(focused, plain, now).fit).toBe("all");
  });

  it("fits new paths when some of them is drawn, and everything when the filters hide them all", () => {
    const paths = { ...plain, paths: "a>b@null" };
    expect(cameraMove(plain, paths, { ...now, pathsDrawn: true }).fit).toBe("paths");
    expect(cameraMove(plain, paths, now).fit).toBe("all");
  });

  it("frames the focus again when its depth, the filters, the date or the layout change", () => {
    const focused = { ...plain, focus: "tht", depth: 1 };
    expect(cameraMove(focused, { ...focused, depth: 2 }, now).fit).toBe("focus");
    expect(cameraMove(focused, { ...focused, filters: '[["Site"],[],[],false]' }, now).fit).toBe("focus");
    expect(cameraMove(focused, { ...focused, when: "2021-12-31" }, now).fit).toBe("focus");
    expect(cameraMove(focused, { ...focused, layout: "dagre" }, now)).toEqual({ relayout: "animate", fit: "focus" });
  });

  it("frames the paths when the date or the filters change under them, and everything without a focus or paths", () => {
    const paths = { ...plain, paths: "a>b@null" };
    expect(cameraMove(paths, { ...paths, filters: '[[],[],["SERVES"],false]' }, { ...now, pathsDrawn: true }).fit).toBe(
      "paths",
    );
    expect(cameraMove(plain, { ...plain, when: "2021-12-31" }, now).fit).toBe("all");
    expect(cameraMove(plain, { ...plain, when: "2021-12-31..2023-12-31" }, now).fit).toBe("all");
    expect(cameraMove(plain, { ...plain, filters: '[["Site"],[],[],false]' }, now).fit).toBe("all");
  });

  it("fits each new story step, and everything when the story is left", () => {
    const step = { ...plain, story: "tht#1" };
    expect(cameraMove({ ...plain, story: "tht#0" }, step, { ...now, stepShown: true }).fit).toBe("story");
    expect(cameraMove(step, step, { ...now, stepShown: true }).fit).toBe("none");
    expect(cameraMove(step, plain, now).fit).toBe("all");
  });
});
