// Dates as people write them (1 July 2022), and the source's own wording where it was imprecise.
const long = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatDay(day: string | null | undefined): string {
  if (!day) return "";
  const time = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(time) ? day : long.format(time);
}

/** "late 2013 (between 1 September 2013 and 31 December 2013)", "recently (no date given)", "1 July 2022". */
export function formatWhen(properties: Record<string, unknown>, end: "validFrom" | "validTo"): string | null {
  const day = properties[end] as string | null | undefined;
  const text = properties[`${end}Text`] as string | null | undefined;
  const latest = properties[`${end}Latest`] as string | null | undefined;
  const precision = properties[`${end}Precision`] as string | null | undefined;
  if (text && precision === "range" && day && latest)
    return `${text} (between ${formatDay(day)} and ${formatDay(latest)})`;
  if (text && !day) return `${text} (no date given)`;
  if (text && day) return `${text} (${formatDay(day)})`;
  return day ? formatDay(day) : null;
}
