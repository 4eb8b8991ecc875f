// Whether a node or relationship holds on the day `$asOf`: validFrom is the first day a fact
// holds and validTo the first day it no longer does; null ends are open.
// `element` is a Cypher variable name chosen by the calling query, never user input.
export function validOn(element: string, day = "$asOf"): string {
  return `((${element}.validFrom IS NULL OR ${element}.validFrom <= ${day}) AND (${element}.validTo IS NULL OR ${element}.validTo > ${day}))`;
}
