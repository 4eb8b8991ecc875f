// The view state's round trip through the query string: a link reopens the view it was copied from.
import { describe, expect, it } from "vitest";
import { defaultViewState, isDay, readViewState, writeViewState } from "../../../viz/src/store/view-state.js";

describe("view state in the URL", () => {
  it("writes nothing for the default view, so the plain address is the default view", () => {
    expect(writeViewState(defaultViewState)).toBe("");
    expect(readViewState("")).toEqual(defaultViewState);
  });

  it("reads back every setting it writes", () => {
    const state = {
      ...defaultViewState,
      date: "2021-12-31",
      layout: "concentric" as const,
      focus: "elft",
      depth: 2,
      hiddenTypes: ["Site", "Service"],
      hiddenKinds: ["NHS trust"],
      hiddenRelationships: ["SERVES"],
      knownOnly: true,
      organisations: true,
      sizeBy: "betweenness" as const,
      pathFrom: "healthwatch",
      pathTo: "elft",
      compareFrom: "2021-12-31",
      compareTo: "2023-12-31",
      story: "tower-hamlets-together",
      step: 3,
    };
    expect(readViewState(writeViewState(state))).toEqual(state);
  });

  it("reads the organisations view and node size, and ignores a size it does not know", () => {
    expect(writeViewState({ ...defaultViewState, organisations: true, sizeBy: "degree" })).toBe(
      "?view=organisations&size=degree",
    );
    expect(readViewState("?view=organisations&size=degree")).toMatchObject({ organisations: true, sizeBy: "degree" });
    expect(readViewState("?view=nodes&size=colour")).toMatchObject({ organisations: false, sizeBy: "none" });
  });

  it("numbers story steps from 1 in the URL and from 0 in the state", () => {
    expect(writeViewState({ ...defaultViewState, story: "s", step: 0 })).toBe("?story=s&step=1");
    expect(readViewState("?story=s&step=4").step).toBe(3);
    expect(readViewState("?story=s&step=0").step).toBe(0);
  });

  it("writes the depth only with a focus, where it means something", () => {
    expect(writeViewState({ ...defaultViewState, depth: 3 })).toBe("");
    expect(writeViewState({ ...defaultViewState, focus: "tht", depth: 3 })).toBe("?focus=tht&depth=3");
  });

  it("ignores values it cannot use instead of failing", () => {
    const state = readViewState("?date=2021-02-30x&layout=spiral&depth=9&compare=2021-01-01..soon&step=-2");
    expect(state).toEqual(defaultViewState);
    expect(readViewState(`?focus=${"x".repeat(201)}`).focus).toBeNull();
  });

  it("compares only when both dates are days", () => {
    expect(readViewState("?compare=2021-12-31..2023-12-31")).toMatchObject({
      compareFrom: "2021-12-31",
      compareTo: "2023-12-31",
    });
    expect(readViewState("?compare=2021-12-31..")).toMatchObject({ compareFrom: null, compareTo: null });
  });

  it("takes only real calendar days as dates", () => {
    expect(isDay("2024-02-29")).toBe(true);
    expect(isDay("2024-13-01")).toBe(false);
    expect(isDay("24-01-01")).toBe(false);
    expect(isDay(null)).toBe(false);
  });
});
