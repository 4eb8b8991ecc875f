import { describe, expect, it } from "vitest";
import { knownFromDays } from "../../../seed/plan/known-from.js";
import { readSeed } from "../../../seed/read-seed.js";

const seed = readSeed();
const known = knownFromDays(seed);

describe("knownFrom on the shipped seed", () => {
  it("is a record's own start, or the end of its range ('formed in late 2013')", () => {
    expect(known.node("nhs-north-east-london")).toBe("2022-07-01");
    expect(known.node("gp-care-group")).toBe("2013-12-31");
    expect(known.relationship("PROVIDES:gp-care-group->health-visiting")).toBe("2016-04-01");
  });

  it("is the source's date for what it states in the present tense (ELFT, the Alliance)", () => {
    expect(known.node("elft")).toBe("2022-07-01");
    expect(known.node("alliance")).toBe("2022-07-01");
    expect(known.relationship("LEAD_MANAGER_OF:gp-care-group->alliance")).toBe("2022-07-01");
  });

  it("is the last day before an exact end when the start is unknown (the CCG, Barts Health's health visiting)", () => {
    expect(known.node("north-east-london-ccg")).toBe("2022-06-30");
    expect(known.relationship("PROVIDES:barts-health->health-visiting")).toBe("2016-03-31");
  });

  it("makes an undated party of a dated event known on the event's day", () => {
    expect(known.relationship("TRANSFERRED_FROM:health-visiting-tupe-transfer->barts-health")).toBe("2016-04-01");
    expect(known.relationship("PREDECESSOR:nel-ccg-succession->north-east-london-ccg")).toBe("2022-07-01");
  });

  it("makes both ends known whenever a relationship between them is, within their own dates", () => {
    // Barts Health surely existed while it surely provided health visiting, before the source's date.
    expect(known.node("barts-health")).toBe("2016-03-31");
    expect(known.node("health-visiting")).toBe("2016-03-31");
  });

  it("is null for what nothing dates, without a dated source", () => {
    const undated = knownFromDays({
      ...seed,
      sources: seed.sources.map((s) => ({ ...s, datedFrom: null })),
    });
    expect(undated.node("elft")).toBeNull();
    expect(undated.node("gp-care-group")).toBe("2013-12-31");
  });
});
