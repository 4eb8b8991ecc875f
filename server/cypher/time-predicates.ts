// The time model in Cypher (core/time/holds-on.ts says the same in TypeScript, and
// test/integration/time.int.test.ts holds the two to the same answers). Each predicate takes the
// Cypher variable names the calling query chose, never input, and the parameters $asOf (a date, or
// null for all time), $certainOnly and $includeFormer.

/** It may hold on $asOf: its earliest start is not after the day, and its latest end is after it. */
const mayHold = (e: string) =>
  `((${e}.validFrom IS NULL OR ${e}.validFrom <= $asOf) AND (coalesce(${e}.validToLatest, ${e}.validTo) IS NULL OR coalesce(${e}.validToLatest, ${e}.validTo) > $asOf))`;

/** It surely holds on $asOf: surely begun (knownFrom, stored by the loader) and not yet possibly ended. */
const knownOn = (e: string) =>
  `(${e}.knownFrom IS NOT NULL AND ${e}.knownFrom <= $asOf AND (${e}.validTo IS NULL OR ${e}.validTo > $asOf))`;

const current = (e: string) => `(${mayHold(e)} AND (NOT $certainOnly OR ${knownOn(e)}))`;

/** It has ended by $asOf: shown when asked for, or when it ended that very day in a transition shown. */
const former = (e: string, transitionThatDay: string) =>
  `(${e}.validTo IS NOT NULL AND ${e}.validTo <= $asOf AND ($includeFormer OR CASE WHEN ${e}.validTo = $asOf THEN ${transitionThatDay} ELSE false END))`;

/**
 * A node is in the view of $asOf when it holds (known, or also uncertain unless $certainOnly), or it
 * ended that day and an event of that day concerns it (the CCG on the day NHS North East London
 * replaced it), or it had ended and $includeFormer asks for former nodes.
 */
export const nodeInView = (n: string) =>
  `CASE WHEN $asOf IS NULL OR ${current(n)} THEN true ELSE ${former(n, `EXISTS { MATCH (${n})--(transition:Event) WHERE transition.validFrom = $asOf }`)} END`;

/**
 * The same for a relationship between `a` and `b` (variables or expressions such as startNode(r)):
 * one that ended on $asOf is in the view when an event of that day concerns both its ends (Barts
 * Health's provision of health visiting, on the day of the TUPE transfer to the GP Care Group).
 */
export const relationshipInView = (r: string, a: string, b: string) =>
  `CASE WHEN $asOf IS NULL OR ${current(r)} THEN true ELSE ${former(
    r,
    `EXISTS { MATCH (x)--(transition:Event)--(y) WHERE x = ${a} AND y = ${b} AND transition.validFrom = $asOf }`,
  )} END`;

/**
 * Its start (`from`) or end (`to`) falls after $from and by $to: the range the source's words give
 * overlaps the window. The caller reads `…Within` to tell KNOWN (the whole range inside) from UNCERTAIN.
 */
export const endpointIn = (e: string, end: "validFrom" | "validTo") =>
  `(${e}.${end} IS NOT NULL AND ${e}.${end} <= $to AND coalesce(${e}.${end}Latest, ${e}.${end}) > $from)`;

export const endpointWithin = (e: string, end: "validFrom" | "validTo") =>
  `(${e}.${end} > $from AND coalesce(${e}.${end}Latest, ${e}.${end}) <= $to)`;
