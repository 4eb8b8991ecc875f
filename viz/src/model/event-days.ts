// The dated events of a network (the GP Care Group's formation, the TUPE transfer, NHS North East
// London replacing the CCG): the days the slider marks and jumps to, and Play steps through. An
// event dated by a range ("late 2013") stands on the range's last day, when it surely had happened.
import type { Network } from "../types.js";
import { formatDay } from "./format-date.js";

export interface EventDay {
  day: string;
  year: number;
  /** "1 April 2016: TUPE transfer of health visiting". */
  label: string;
  /** "1 Apr 2016", "late 2013": short enough for a button. */
  short: string;
}

const short = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function eventDays(network: Pick<Network, "nodes">): EventDay[] {
  const days = new Map<string, EventDay>();
  for (const n of network.nodes) {
    if (n.nodeType !== "Event" || !n.start?.date) continue;
    const day = n.start.precision === "RANGE" ? (n.start.latest ?? n.start.date) : n.start.date;
    if (days.has(day)) continue;
    const when = n.start.precision === "RANGE" && n.start.text ? n.start.text : formatDay(day);
    days.set(day, {
      day,
      year: Number(day.slice(0, 4)),
      label: `${when}: ${n.label}`,
      short:
        n.start.precision === "RANGE" && n.start.text ? n.start.text : short.format(Date.parse(`${day}T00:00:00Z`)),
    });
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** The earliest year any element of the network is dated in; null when nothing is dated. */
export function firstYear(network: Network): number | null {
  const years = [...network.nodes, ...network.edges]
    .map((e) => e.start?.date ?? e.validFrom)
    .filter((d): d is string => Boolean(d))
    .map((d) => Number(d.slice(0, 4)));
  return years.length > 0 ? Math.min(...years) : null;
}

/** The event days Play steps through after `from` (null: all of them). */
export function playDays(days: readonly EventDay[], from: string | null): string[] {
  return days.map((d) => d.day).filter((d) => from === null || d > from);
}
