// The page's years: the slider, Play's starting year, and what the time controls say.
import { describe, expect, it } from "vitest";
import { calendar } from "../../../viz/src/model/calendar.js";
import { timeControlsText } from "../../../viz/src/model/time-controls-text.js";

const time = calendar("2026-05-14");

describe("calendar", () => {
  it("takes a past year as its last day and this year as today", () => {
    expect(time.yearDate(2021)).toBe("2021-12-31");
    expect(time.yearDate(2026)).toBe("2026-05-14");
  });

  it("puts all time one step past this year on the slider", () => {
    expect(time.allTimeValue).toBe(2027);
    expect(time.sliderDate(2027)).toBeNull();
    expect(time.sliderDate(2016)).toBe("2016-12-31");
    expect(time.sliderValue(null)).toBe(2027);
    expect(time.sliderValue("2016-04-01")).toBe(2016);
  });
});

describe("timeControlsText", () => {
  it("says All time, and presses All time, in the all-time view", () => {
    expect(timeControlsText({ date: null, compareFrom: null, compareTo: null }, time)).toEqual({
      slider: "2027",
      sliderText: "All time",
      output: "All time",
      dateInput: "",
      allTimePressed: true,
      comparing: false,
    });
  });

  it("says the date shown in words and the year to the slider", () => {
    expect(timeControlsText({ date: "2021-12-31", compareFrom: null, compareTo: null }, time)).toMatchObject({
      slider: "2021",
      sliderText: "2021",
      output: "31 December 2021",
      dateInput: "2021-12-31",
      allTimePressed: false,
    });
  });

  it("says which two dates are compared", () => {
    const text = timeControlsText({ date: null, compareFrom: "2021-12-31", compareTo: "2023-12-31" }, time);
    expect(text).toMatchObject({
      output: "31 December 2021 → 31 December 2023",
      allTimePressed: false,
      comparing: true,
    });
  });
});
