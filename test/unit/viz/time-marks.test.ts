import { describe, expect, it } from "vitest";
import { eventDays, firstYear, playDays } from "../../../viz/src/model/event-days.js";
import { formatUntil } from "../../../viz/src/model/format-date.js";
import { shownElements } from "../../../viz/src/model/shown-elements.js";
import { timeClasses, timeStatusText } from "../../../viz/src/model/time-classes.js";
import { timeControlsText } from "../../../viz/src/model/time-controls-text.js";
import { defaultViewState, readViewState, writeViewState } from "../../../viz/src/store/view-state.js";
import { pageEdge, pageNode } from "../../support/page-elements.js";

const day = (date: string) => ({ date, latest: null, text: null, precision: "DAY" as const });

describe("the page's time marks", () => {
  it("marks uncertain, former and future elements with their own classes", () => {
    expect(timeClasses(pageNode("a", { certainty: "UNCERTAIN" }), "1990-01-01")).toEqual(["uncertain"]);
    expect(timeClasses(pageNode("ccg", { status: "FORMER", validTo: "2022-07-01" }), "2022-07-01")).toEqual(["ended"]);
    expect(timeClasses(pageNode("b", { status: "FUTURE" }), null)).toEqual(["future"]);
    expect(timeClasses(pageNode("c"), "2023-01-01")).toEqual([]);
    expect(timeStatusText(pageNode("a", { certainty: "UNCERTAIN" }))).toMatch(/^date not known/);
    expect(timeStatusText(pageNode("ccg", { status: "FORMER" }))).toMatch(/^former/);
  });

  it("shows an exclusive end as the last day it holds", () => {
    expect(formatUntil(day("2022-07-01"))).toBe("until 30 June 2022");
    expect(formatUntil(day("2016-03-01"))).toBe("until 29 February 2016");
    expect(formatUntil({ date: "2020-01-01", latest: "2021-01-01", text: "in 2020", precision: "RANGE" })).toBe(
      "until in 2020 (last day between 31 December 2019 and 31 December 2020)",
    );
    expect(formatUntil({ date: null, latest: null, text: "recently", precision: "UNKNOWN" })).toBe(
      "until recently (no date given)",
    );
    expect(formatUntil(null)).toBeNull();
  });

  it("leaves out the uncertain, and the relationships touching them, with known facts only", () => {
    const network = {
      nodes: [pageNode("a"), pageNode("b", { certainty: "UNCERTAIN" }), pageNode("c")],
      edges: [
        pageEdge("WORKS_WITH", "a", "b"),
        pageEdge("WORKS_WITH", "a", "c", { certainty: "UNCERTAIN" }),
        pageEdge("PROVIDES", "c", "a"),
      ],
    };
    const all = shownElements({ state: defaultViewState, network });
    expect([all.nodes.length, all.edges.length]).toEqual([3, 3]);
    const known = shownElements({ state: { ...defaultViewState, knownOnly: true }, network });
    expect(known.nodes.map((n) => n.id)).toEqual(["a", "c"]);
    expect(known.edges.map((e) => e.id)).toEqual(["PROVIDES:c->a"]);
  });

  it("keeps known facts only in the link, and refuses impossible days in it", () => {
    const state = { ...defaultViewState, knownOnly: true, date: "2022-07-01" };
    expect(writeViewState(state)).toBe("?date=2022-07-01&known=only");
    expect(readViewState("?date=2022-07-01&known=only")).toEqual(state);
    expect(readViewState("?date=2021-02-30").date).toBeNull();
    expect(readViewState("?date=2022").date).toBeNull();
  });

  it("says what a comparison compares", () => {
    const text = timeControlsText(
      { date: null, compareFrom: "2016-03-31", compareTo: "2016-04-01" },
      { sliderValue: () => 2016 },
    );
    expect(text.output).toBe("31 March 2016 → 1 April 2016");
  });
});

describe("the dated events of a network", () => {
  const network = {
    nodes: [
      pageNode("nel-ccg-succession", {
        nodeType: "Event",
        label: "NHS North East London replaces the CCG",
        start: day("2022-07-01"),
      }),
      pageNode("tupe", { nodeType: "Event", label: "TUPE transfer of health visiting", start: day("2016-04-01") }),
      pageNode("formation", {
        nodeType: "Event",
        label: "Formation of the GP Care Group",
        start: { date: "2013-09-01", latest: "2013-12-31", text: "late 2013", precision: "RANGE" },
      }),
      pageNode("acquisition", { nodeType: "Event", label: "ELFT acquires", start: null }),
      pageNode("gp-care-group", { validFrom: "2013-09-01", start: day("2013-09-01") }),
    ],
    edges: [pageEdge("PROVIDES", "a", "b", { validFrom: "2010-05-01" })],
  };

  it("lists the dated events in order, a range on its last day, undated ones left out", () => {
    expect(eventDays(network).map((d) => [d.day, d.short, d.label])).toEqual([
      ["2013-12-31", "late 2013", "late 2013: Formation of the GP Care Group"],
      ["2016-04-01", "1 Apr 2016", "1 April 2016: TUPE transfer of health visiting"],
      ["2022-07-01", "1 Jul 2022", "1 July 2022: NHS North East London replaces the CCG"],
    ]);
  });

  it("takes the slider's first year from the data's dates", () => {
    expect(firstYear(network)).toBe(2010);
    expect(firstYear({ nodes: [pageNode("x")], edges: [] })).toBeNull();
  });

  it("plays the events after the day shown", () => {
    const days = eventDays(network);
    expect(playDays(days, null)).toEqual(["2013-12-31", "2016-04-01", "2022-07-01"]);
    expect(playDays(days, "2016-04-01")).toEqual(["2022-07-01"]);
  });
});
