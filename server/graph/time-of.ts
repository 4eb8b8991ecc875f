// Where a node or relationship stands on the day asked, from its stored dates (core/time/holds-on.ts):
// how certain it is that it holds, and whether it is current, former or (in all-time answers) future.
import { type Certainty, holdsOn } from "../../core/time/holds-on.js";
import type { ElementStatus } from "../../schema/contract.js";

export interface ElementTime {
  certainty: Certainty;
  status: ElementStatus;
}

const text = (props: Record<string, unknown>, key: string) =>
  typeof props[key] === "string" ? (props[key] as string) : null;

/** Today, as the all-time answers judge former and future by it. */
export const today = () => new Date().toISOString().slice(0, 10);

/**
 * `asOf` null: an all-time answer, where every fact is as stated (KNOWN) and FORMER or FUTURE say
 * whether it has ended or not begun by today.
 */
export function timeOf(props: Record<string, unknown>, asOf: string | null, now = today()): ElementTime {
  const span = {
    validFrom: text(props, "validFrom"),
    validFromLatest: text(props, "validFromLatest"),
    validTo: text(props, "validTo"),
    validToLatest: text(props, "validToLatest"),
    knownFrom: text(props, "knownFrom"),
  };
  if (asOf === null) {
    const ended = span.validTo !== null && (span.validToLatest ?? span.validTo) <= now;
    const future = span.validFrom !== null && span.validFrom > now;
    return { certainty: "KNOWN", status: ended ? "FORMER" : future ? "FUTURE" : "CURRENT" };
  }
  const holds = holdsOn(span, asOf);
  // Not holding but in the answer: it ended by the day (a transition that day, or includeFormer).
  return holds ? { certainty: holds, status: "CURRENT" } : { certainty: "KNOWN", status: "FORMER" };
}

/** A relationship with its ends: as certain as the least certain of the three. */
export function withEnds(edge: ElementTime, ends: (ElementTime | undefined)[]): Certainty {
  return [edge, ...ends].every((t) => t === undefined || t.certainty === "KNOWN") ? "KNOWN" : "UNCERTAIN";
}
