// How the drawing marks an element's time (README, "Time"): `uncertain` when its dates leave the day
// open (dotted and faded, "date not known" in the legend), `ended` when it is former (dashed: the
// CCG on 1 July 2022, or anything ended in an all-time view), `future` when it begins after today.
import type { NetworkNode } from "../types.js";
import { hasEnded } from "./has-ended.js";

type Timed = Pick<NetworkNode, "validTo" | "certainty" | "status">;

export function timeClasses(element: Timed, date: string | null): string[] {
  const classes: string[] = [];
  if (element.certainty === "UNCERTAIN") classes.push("uncertain");
  if (element.status === "FORMER" || hasEnded(element.validTo, date)) classes.push("ended");
  if (element.status === "FUTURE") classes.push("future");
  return classes;
}

/** What the details panel says of an element's time in the view. */
export function timeStatusText(element: Pick<NetworkNode, "certainty" | "status">): string {
  if (element.status === "FORMER") return "former: it no longer holds";
  if (element.status === "FUTURE") return "future: it begins after today";
  return element.certainty === "UNCERTAIN" ? "date not known: it may hold on this day" : "holds";
}
