// The one rule for a day, everywhere a client gives one (GraphQL Date arguments and variables, the
// exports' query strings, the page's address): exactly YYYY-MM-DD, and a real calendar day. No year
// alone ("2022"), no time or offset, no rolling 2021-02-30 over into March. Pure: the page uses it too.

/** Why `value` is not a calendar day, or null when it is one. */
export function calendarDayProblem(value: unknown): string | null {
  if (typeof value !== "string") return "must be a date written YYYY-MM-DD";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return `"${value}" is not a date written YYYY-MM-DD`;
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  const real = new Date(0);
  real.setUTCFullYear(year, month - 1, day); // Date.UTC would read years 0-99 as 1900-1999
  if (real.getUTCFullYear() !== year || real.getUTCMonth() !== month - 1 || real.getUTCDate() !== day)
    return `"${value}" is not a day of the calendar`;
  return null;
}

export function isCalendarDay(value: unknown): value is string {
  return calendarDayProblem(value) === null;
}
