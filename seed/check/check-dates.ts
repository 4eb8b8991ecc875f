// Rule: a record's dates are in order. Imprecise dates are ranges (late 2013 is 2013-09-01 to
// 2013-12-31); a record is refused only when no reading of its ranges puts them in order.
import { ErrorCode } from "../../core/errors/error-code.js";
import type { Dated } from "../seed-graph.js";
import type { RuleProblem } from "./rule-problem.js";

/** The earliest day a date may stand for; null when it is open (unknown or wording alone). */
export function earliest(d: Dated | null): string | null {
  return d?.date ?? null;
}

/** The latest day a date may stand for; null when it is open. */
export function latest(d: Dated | null): string | null {
  if (!d) return null;
  return d.precision === "day" ? d.date : d.latest;
}

/** A date as the files write it: 2016-04-01, or late 2013, 2013-09-01 to 2013-12-31. */
export function describeDate(d: Dated): string {
  if (d.precision === "day") return String(d.date);
  const range = d.date && d.latest ? `${d.date} to ${d.latest}` : d.date ? `from ${d.date}` : `until ${d.latest}`;
  return `${d.text}, ${range}`;
}

export function checkDates(validFrom: Dated | null, validTo: Dated | null): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const [field, d] of [
    ["validFrom", validFrom],
    ["validTo", validTo],
  ] as const) {
    if (d?.date && d.latest && d.date > d.latest)
      problems.push({
        code: ErrorCode.DatesReversed,
        field,
        message: `range is reversed: from ${d.date} is after to ${d.latest}`,
      });
  }
  if (problems.length > 0) return problems;
  const start = earliest(validFrom);
  const end = latest(validTo);
  if (validFrom && validTo && start && end && start >= end) {
    problems.push({
      code: ErrorCode.DatesReversed,
      field: "validTo",
      message: `${describeDate(validTo)} is not after validFrom ${describeDate(validFrom)} (validTo is the first day it no longer holds)`,
    });
  }
  return problems;
}
