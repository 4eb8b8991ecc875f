// The time model: does a fact hold on day d? Three answers, not two: it does (its dates place it
// there: KNOWN), it may (a start or end the source leaves unknown, or gives as a range, overlaps d:
// UNCERTAIN), or it does not (null). The same rule is written in Cypher in
// server/cypher/time-predicates.ts; test/unit/time/ holds the two to the same answers.
//
// A fact's dates, as stored: `validFrom` is the first day it may hold (null: it may always have),
// `validFromLatest` the last day its start may fall on (a range: "late 2013"), `validTo` the first day
// it may no longer hold (null: open, it holds until an end is recorded), `validToLatest` the last day
// its end may fall on. `knownFrom` is the first day it surely holds (see knownFrom below).

export type Certainty = "KNOWN" | "UNCERTAIN";

export interface TimeSpan {
  validFrom: string | null;
  validFromLatest?: string | null;
  validTo: string | null;
  validToLatest?: string | null;
  /** The first day the fact surely holds; null: never surely (see knownFrom). */
  knownFrom: string | null;
}

export interface StartAndEnd {
  start: { date: string | null; latest: string | null; precision: "DAY" | "RANGE" | "UNKNOWN" } | null;
  end: { date: string | null; latest: string | null; precision: "DAY" | "RANGE" | "UNKNOWN" } | null;
}

/** The day before `day` (YYYY-MM-DD). */
export function dayBefore(day: string): string {
  const time = Date.parse(`${day}T00:00:00Z`) - 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * The first day a fact surely holds:
 *  - its start when the source gives the day; the end of the range when it gives a range ("late 2013":
 *    surely formed by 31 December 2013);
 *  - with no start (or words alone, "recently") and no end, the fact is stated in the present tense,
 *    so it surely holds from the source's date on (`statedOn`: the earliest date of its dated sources);
 *  - with no start and an end on a known day (the CCG, replaced on 1 July 2022), it surely held the day
 *    before it ended, and no earlier;
 *  - otherwise it is never sure (an unknown start and an imprecise end).
 */
export function knownFrom(dates: StartAndEnd, statedOn: string | null): string | null {
  const { start, end } = dates;
  let from: string | null = null;
  if (start?.precision === "DAY" && start.date) from = start.date;
  else if (start?.precision === "RANGE" && (start.latest ?? start.date)) from = start.latest ?? start.date;
  else if (!end) from = statedOn;
  else if (end.precision === "DAY" && end.date) return dayBefore(end.date);
  else return null;
  // A present-tense statement with a known start: sure from the start on. Past the end, never.
  if (from && end?.date && from >= end.date) return null;
  return from;
}

/** KNOWN, UNCERTAIN, or null (does not hold) on `day`. */
export function holdsOn(span: TimeSpan, day: string): Certainty | null {
  const mayEnd = span.validToLatest ?? span.validTo;
  const mayHold = (span.validFrom === null || span.validFrom <= day) && (mayEnd === null || day < mayEnd);
  if (!mayHold) return null;
  const known = span.knownFrom !== null && span.knownFrom <= day && (span.validTo === null || day < span.validTo);
  return known ? "KNOWN" : "UNCERTAIN";
}

/** Two facts together (a relationship and its ends): as certain as the least certain of them. */
export function leastCertain(...values: (Certainty | null)[]): Certainty | null {
  if (values.some((v) => v === null)) return null;
  return values.every((v) => v === "KNOWN") ? "KNOWN" : "UNCERTAIN";
}
