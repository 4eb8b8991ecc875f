// When the page draws an element as ended (dashed, "ended" in the list view).

/** Ended: has an end, and the end is on or before the date shown (always, in the all-time view). */
export function hasEnded(validTo: string | null, date: string | null): boolean {
  return validTo !== null && (date === null || validTo <= date);
}
