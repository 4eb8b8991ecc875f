// Rule dates-within-endpoints: a relationship holds only while both its ends exist. It cannot start
// before an end is formed, nor start or go on after an end has ceased. Imprecise dates count as
// their ranges, and only a certain breach is refused: starting in 2010 with an end formed "late
// 2013" (2013-09-01 to 2013-12-31) is; starting October 2013 is not. Dates a record leaves open are
// not checked. A relationship may be exempted by an override with its reason, stored with it.
import { ErrorCode } from "../../core/errors/error-code.js";
import { transitionTypes } from "../../core/vocabulary.js";
import type { Dated, OverridableRule, SeedNode, SeedRelationship } from "../seed-graph.js";
import { describeDate, earliest, latest } from "./check-dates.js";
import type { RuleProblem } from "./rule-problem.js";

export const datesWithinEndpoints: OverridableRule = "dates-within-endpoints";

type Dates = Pick<SeedRelationship, "validFrom" | "validTo" | "overrides"> & { type?: string };

export function checkDatesWithinEndpoints(rel: Dates, ends: readonly (SeedNode | undefined)[]): RuleProblem[] {
  if (rel.overrides.some((o) => o.rule === datesWithinEndpoints)) return [];
  // A succession or transfer begins on the very day its predecessor ceases: that day is the transition.
  const transition = rel.type !== undefined && (transitionTypes as readonly string[]).includes(rel.type);
  const reasons: Record<"validFrom" | "validTo", string[]> = { validFrom: [], validTo: [] };
  const seen = new Set<string>();
  for (const end of ends) {
    if (!end || seen.has(end.id)) continue;
    seen.add(end.id);
    const exists = () => `before "${end.id}" exists (its validFrom is ${describeDate(end.validFrom as Dated)})`;
    const ended = () => `after "${end.id}" has ceased (its validTo is ${describeDate(end.validTo as Dated)})`;
    const [relStartsBy, relStartsFrom] = [latest(rel.validFrom), earliest(rel.validFrom)];
    const [relEndsBy, relEndsFrom] = [latest(rel.validTo), earliest(rel.validTo)];
    const [endFormedFrom, endCeasedBy] = [earliest(end.validFrom), latest(end.validTo)];
    // An end whose own dates are reversed has no lifetime to check against; its problem is its own.
    if (endFormedFrom && endCeasedBy && endCeasedBy <= endFormedFrom) continue;
    if (relStartsBy && endFormedFrom && relStartsBy < endFormedFrom) reasons.validFrom.push(exists());
    if (relStartsFrom && endCeasedBy && (transition ? relStartsFrom > endCeasedBy : relStartsFrom >= endCeasedBy))
      reasons.validFrom.push(ended());
    if (relEndsFrom && endCeasedBy && relEndsFrom > endCeasedBy) reasons.validTo.push(ended());
    if (relEndsBy && endFormedFrom && relEndsBy <= endFormedFrom) reasons.validTo.push(exists());
  }
  const problems: RuleProblem[] = [];
  for (const field of ["validFrom", "validTo"] as const) {
    const date = rel[field];
    if (reasons[field].length === 0 || !date) continue;
    problems.push({
      code: ErrorCode.DateOutsideEndpoint,
      field,
      message: `${field === "validFrom" ? "starts" : "ends"} ${describeDate(date)}, ${reasons[field].join(" and ")}. A relationship holds only while both its ends exist: correct the date, or record why it holds anyway as an override of ${datesWithinEndpoints} with a reason`,
    });
  }
  return problems;
}
