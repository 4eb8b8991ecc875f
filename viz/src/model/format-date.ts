// Dates as people write them (1 July 2022), and the source's own wording where it was imprecise.
import { dayBefore } from "../../../schema/contract.js";

const long = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatDay(day: string | null | undefined): string {
  if (!day) return "";
  const time = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(time) ? day : long.format(time);
}

/** What formatWhen reads of a start or end: the contract's DatePoint. */
interface When {
  date: string | null;
  latest: string | null;
  text: string | null;
  precision: string;
}

/** "late 2013 (between 1 September 2013 and 31 December 2013)", "recently (no date given)", "1 July 2022". */
export function formatWhen(point: When | null | undefined): string | null {
  if (!point) return null;
  const { date: day, text, latest, precision } = point;
  if (text && precision === "RANGE" && day && latest)
    return `${text} (between ${formatDay(day)} and ${formatDay(latest)})`;
  if (text && !day) return `${text} (no date given)`;
  if (text && day) return `${text} (${formatDay(day)})`;
  return day ? formatDay(day) : null;
}

/**
 * An end as the last day it holds, never the exclusive day stored (validTo 2022-07-01 is "30 June
 * 2022"): "until 30 June 2022", "until late 2013 (last day between …)", "until recently (no date given)".
 */
export function formatUntil(point: When | null | undefined): string | null {
  if (!point) return null;
  const { date: day, text, latest, precision } = point;
  if (precision === "RANGE" && day && latest)
    return `until ${text ? `${text} ` : ""}(last day between ${formatDay(dayBefore(day))} and ${formatDay(dayBefore(latest))})`;
  if (!day) return text ? `until ${text} (no date given)` : null;
  return `until ${formatDay(dayBefore(day))}${text ? ` (${text})` : ""}`;
}
