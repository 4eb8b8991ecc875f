// The strings of a property that should be a list of strings; anything else is no strings.
export function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
