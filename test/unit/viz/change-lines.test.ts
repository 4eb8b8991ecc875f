// What a revision did to an element, as the details panel's history says it.
import { describe, expect, it } from "vitest";
import { actionWord, type ElementChangeOf, fieldChanges, valueWords } from "../../../viz/src/model/change-lines.js";

const change = (before: object | null, after: object | null, action = "UPDATED"): ElementChangeOf =>
  ({ id: "lbth", kind: "NODE", action, before, after }) as ElementChangeOf;

describe("change lines", () => {
  it("lists each field whose value changed, before and after, in the record's order", () => {
    const lines = fieldChanges(
      change(
        { id: "lbth", label: "Organisation", name: "LBTH", kind: "council", aliases: [], cite: [{ quote: "a" }] },
        {
          id: "lbth",
          label: "Organisation",
          name: "London Borough of Tower Hamlets",
          kind: "council",
          aliases: ["Tower Hamlets Council"],
          cite: [{ quote: "a" }, { quote: "b" }],
        },
      ),
    );
    expect(lines).toEqual([
      { field: "name", before: "LBTH", after: "London Borough of Tower Hamlets" },
      { field: "aliases", before: "none", after: "Tower Hamlets Council" },
      { field: "cite", before: "1 citation", after: "2 citations" },
    ]);
  });

  it("says a field added or taken away, and keeps a date's wording", () => {
    expect(fieldChanges(change({ name: "A" }, { name: "A", validTo: "2022-07-01" }))).toEqual([
      { field: "validTo", before: "none", after: "2022-07-01" },
    ]);
    expect(fieldChanges(change({ validFrom: { from: "2016-01-01", to: "2016-12-31", text: "in 2016" } }, {}))).toEqual([
      { field: "validFrom", before: "in 2016", after: "none" },
    ]);
  });

  it("leaves out the graph's own bookkeeping", () => {
    expect(fieldChanges(change({ id: "a", knownFrom: "2020-01-01" }, { id: "b", knownFrom: "2021-01-01" }))).toEqual(
      [],
    );
  });

  it("words values and actions", () => {
    expect(valueWords("x", ["a", "b"])).toBe("a, b");
    expect(valueWords("properties", { role: "lead manager" })).toBe("role lead manager");
    expect(actionWord("UPDATED")).toBe("changed");
    expect(actionWord("RETRACTED")).toBe("retracted");
  });
  it("says a date as its day or its range, and counts citations however the record names them", () => {
    expect(valueWords("validTo", { date: "2024-03-31", latest: null, text: null, precision: "day" })).toBe(
      "2024-03-31",
    );
    expect(valueWords("validFrom", { date: "2013-09-01", latest: "2013-12-31", text: null, precision: "range" })).toBe(
      "2013-09-01 to 2013-12-31",
    );
    expect(
      valueWords("validFrom", { date: "2013-09-01", latest: "2013-12-31", text: "late 2013", precision: "range" }),
    ).toBe("late 2013");
    expect(valueWords("citations", [{ quote: "a" }, { quote: "b" }])).toBe("2 citations");
  });
});
