import { describe, expect, it } from "vitest";
import { calendarDayProblem, isCalendarDay } from "../../../core/time/calendar-day.js";
import { dayBefore, holdsOn, knownFrom, leastCertain, type TimeSpan } from "../../../core/time/holds-on.js";

const span = (over: Partial<TimeSpan>): TimeSpan => ({
  validFrom: null,
  validFromLatest: null,
  validTo: null,
  validToLatest: null,
  knownFrom: null,
  ...over,
});
const day = (date: string) => ({ date, latest: null, precision: "DAY" as const });
const range = (date: string, latest: string) => ({ date, latest, precision: "RANGE" as const });
const words = { date: null, latest: null, precision: "UNKNOWN" as const };

describe("holdsOn: three answers for a day", () => {
  it("is KNOWN from the first day of an exact start, and null the day before", () => {
    const s = span({ validFrom: "2016-04-01", knownFrom: "2016-04-01" });
    expect(holdsOn(s, "2016-03-31")).toBeNull();
    expect(holdsOn(s, "2016-04-01")).toBe("KNOWN");
    expect(holdsOn(s, "2099-01-01")).toBe("KNOWN");
  });

  it("is UNCERTAIN inside a start range and KNOWN from its last day ('late 2013')", () => {
    const dates = { start: range("2013-09-01", "2013-12-31"), end: null };
    const s = span({ validFrom: "2013-09-01", validFromLatest: "2013-12-31", knownFrom: knownFrom(dates, null) });
    expect(holdsOn(s, "2013-08-31")).toBeNull();
    expect(holdsOn(s, "2013-09-01")).toBe("UNCERTAIN");
    expect(holdsOn(s, "2013-12-30")).toBe("UNCERTAIN");
    expect(holdsOn(s, "2013-12-31")).toBe("KNOWN");
  });

  it("ends exclusively: KNOWN on the last day, null on the end day", () => {
    const s = span({ validTo: "2022-07-01", knownFrom: "2022-06-30" });
    expect(holdsOn(s, "2022-06-30")).toBe("KNOWN");
    expect(holdsOn(s, "2022-07-01")).toBeNull();
    expect(holdsOn(s, "1990-01-01")).toBe("UNCERTAIN");
  });

  it("is UNCERTAIN inside an end range, and null from its last day", () => {
    const s = span({
      validFrom: "2010-01-01",
      validTo: "2020-01-01",
      validToLatest: "2020-12-31",
      knownFrom: "2010-01-01",
    });
    expect(holdsOn(s, "2019-12-31")).toBe("KNOWN");
    expect(holdsOn(s, "2020-01-01")).toBe("UNCERTAIN");
    expect(holdsOn(s, "2020-12-30")).toBe("UNCERTAIN");
    expect(holdsOn(s, "2020-12-31")).toBeNull();
  });

  it("with open ends and no date at all: always UNCERTAIN, never KNOWN", () => {
    const s = span({});
    expect(holdsOn(s, "1900-01-01")).toBe("UNCERTAIN");
    expect(holdsOn(s, "2100-01-01")).toBe("UNCERTAIN");
  });

  it("a present-tense statement of a dated source is KNOWN from the source's date on", () => {
    const s = span({ knownFrom: knownFrom({ start: null, end: null }, "2022-07-01") });
    expect(holdsOn(s, "2022-06-30")).toBe("UNCERTAIN");
    expect(holdsOn(s, "2022-07-01")).toBe("KNOWN");
  });
});

describe("knownFrom", () => {
  it("is the exact start, the end of a start range, or the source's date with no dates", () => {
    expect(knownFrom({ start: day("2016-04-01"), end: null }, "2022-07-01")).toBe("2016-04-01");
    expect(knownFrom({ start: range("2013-09-01", "2013-12-31"), end: null }, null)).toBe("2013-12-31");
    expect(knownFrom({ start: words, end: null }, "2022-07-01")).toBe("2022-07-01");
    expect(knownFrom({ start: null, end: null }, null)).toBeNull();
  });

  it("with no start and an exact end, is the last day before the end, whatever the source's date", () => {
    expect(knownFrom({ start: null, end: day("2022-07-01") }, "2022-07-01")).toBe("2022-06-30");
    expect(knownFrom({ start: null, end: range("2020-01-01", "2020-12-31") }, "2019-01-01")).toBeNull();
  });

  it("is never a day on or after the end", () => {
    expect(knownFrom({ start: day("2022-07-01"), end: day("2022-07-01") }, null)).toBeNull();
  });
});

describe("leastCertain and dayBefore", () => {
  it("is null if any is, UNCERTAIN if any is, else KNOWN", () => {
    expect(leastCertain("KNOWN", "KNOWN")).toBe("KNOWN");
    expect(leastCertain("KNOWN", "UNCERTAIN", "KNOWN")).toBe("UNCERTAIN");
    expect(leastCertain("UNCERTAIN", null)).toBeNull();
  });

  it("steps over month, year and leap-day boundaries", () => {
    expect(dayBefore("2022-07-01")).toBe("2022-06-30");
    expect(dayBefore("2016-03-01")).toBe("2016-02-29");
    expect(dayBefore("2000-01-01")).toBe("1999-12-31");
  });
});

describe("calendarDayProblem: one strict date", () => {
  it.each(["2022-07-01", "2016-02-29", "2000-02-29", "0099-01-01", "9999-12-31"])("takes %s", (value) => {
    expect(calendarDayProblem(value)).toBeNull();
    expect(isCalendarDay(value)).toBe(true);
  });

  it.each([
    ["2021-02-30", /not a day of the calendar/],
    ["1900-02-29", /not a day of the calendar/],
    ["2022-13-01", /not a day of the calendar/],
    ["2022-00-10", /not a day of the calendar/],
    ["2022", /not a date written YYYY-MM-DD/],
    ["2022-07", /not a date written YYYY-MM-DD/],
    ["2022-07-01T00:00:00+01:00", /not a date written YYYY-MM-DD/],
    ["2022-7-1", /not a date written YYYY-MM-DD/],
    [" 2022-07-01", /not a date written YYYY-MM-DD/],
    [20220701, /must be a date written YYYY-MM-DD/],
    [["2022-07-01"], /must be a date written YYYY-MM-DD/],
    [null, /must be a date written YYYY-MM-DD/],
  ])("refuses %j", (value, message) => {
    expect(calendarDayProblem(value)).toMatch(message);
    expect(isCalendarDay(value)).toBe(false);
  });
});
