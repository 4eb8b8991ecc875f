// What the page says about an element in words: ended or not, its marks in the list view, and the
// text drawn on it in the graph.
import { describe, expect, it } from "vitest";
import { elementDisplay } from "../../../viz/src/model/element-display.js";
import { endedIds } from "../../../viz/src/model/ended-ids.js";
import { hasEnded } from "../../../viz/src/model/has-ended.js";
import type { Mark } from "../../../viz/src/model/marks-of.js";
import { stateText } from "../../../viz/src/model/state-text.js";

describe("hasEnded", () => {
  it("counts an end on the date shown as ended, and one after it as not yet", () => {
    expect(hasEnded("2022-06-30", "2022-06-30")).toBe(true);
    expect(hasEnded("2022-07-01", "2022-06-30")).toBe(false);
  });

  it("shows everything that ever ended as ended in the all-time view", () => {
    expect(hasEnded("2099-01-01", null)).toBe(true);
    expect(hasEnded(null, null)).toBe(false);
  });

  it("collects the ended nodes and relationships of a drawing", () => {
    const ended = endedIds(
      [
        { id: "a", validTo: "2020-01-01" },
        { id: "b", validTo: null },
      ],
      [{ id: "e", validTo: "2021-01-01" }],
      "2020-06-30",
    );
    expect([...ended]).toEqual(["a"]);
  });
});

describe("stateText", () => {
  const marks = new Map<string, Set<Mark>>([
    ["tht", new Set<Mark>(["path"])],
    ["elft", new Set<Mark>(["removed", "faded"])],
  ]);

  it("says each mark in words, ended first", () => {
    expect(stateText(marks, "elft", true)).toBe("ended, removed, faded");
    expect(stateText(marks, "tht", false)).toBe("on a shortest path");
  });

  it("says nothing about an element the view does not mark", () => {
    expect(stateText(marks, "barts", false)).toBe("");
  });
});

describe("elementDisplay", () => {
  const none = new Set<Mark>();

  it("draws the label alone when the view says nothing about the element", () => {
    expect(elementDisplay("Barts Health", none, -1)).toBe("Barts Health");
  });

  it("says added or removed in words, not by colour alone", () => {
    expect(elementDisplay("NHS North East London", new Set<Mark>(["added"]), -1)).toBe("NHS North East London (added)");
    expect(elementDisplay("The CCG", new Set<Mark>(["removed"]), -1)).toBe("The CCG (removed)");
  });

  it("numbers a story step's relationships like their citations, from 1", () => {
    expect(elementDisplay("is a partner in", new Set<Mark>(["story"]), 0)).toBe("is a partner in [1]");
    expect(elementDisplay("is a partner in", new Set<Mark>(["story", "added"]), 2)).toBe("is a partner in [3]");
  });
});
