// What one revision did to one element, in lines a reader can check: the action, and for each field
// it changed its value before and after ("name: Tower Hamlets CCG → NHS North East London").
// Citations are counted, not listed (the details panel lists them); the record's own bookkeeping
// (ids, labels, what derived it) is left out.
import type { Revision } from "../types.js";

export type ElementChangeOf = Revision["changes"][number];

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** Fields every record carries for the graph's own use: not what an editor changes. */
const bookkeeping = new Set(["id", "label", "type", "from", "to", "derived", "knownFrom", "origin"]);

/** A stored value as words: a date's wording, a list joined, a citation list counted. */
export function valueWords(field: string, value: unknown): string {
  if (value === null || value === undefined) return "none";
  if ((field === "cite" || field === "citations") && Array.isArray(value))
    return value.length === 1 ? "1 citation" : `${value.length} citations`;
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.map((v) => valueWords("", v)).join(", ");
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.text === "string") return record.text;
    // A date as the graph keeps it: its day, or the range it stands for.
    if ("precision" in record && "date" in record) {
      if (record.date === null || record.date === undefined) return "none";
      return record.latest && record.latest !== record.date
        ? `${record.date} to ${record.latest}`
        : String(record.date);
    }
    return Object.entries(record)
      .map(([key, v]) => `${key} ${valueWords(key, v)}`)
      .join(", ");
  }
  return String(value);
}

/** The fields whose value differs between `before` and `after`, in the order the record has them. */
export function fieldChanges(change: ElementChangeOf): FieldChange[] {
  const before = (change.before ?? {}) as Record<string, unknown>;
  const after = (change.after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return fields
    .filter((field) => !bookkeeping.has(field))
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({ field, before: valueWords(field, before[field]), after: valueWords(field, after[field]) }));
}

const actionWords: Record<string, string> = {
  ADDED: "added",
  UPDATED: "changed",
  ENDED: "ended",
  RETRACTED: "retracted",
  REMOVED: "removed",
};

/** "changed", "added" … for the API's ChangeAction. */
export function actionWord(action: string): string {
  return actionWords[action] ?? action.toLowerCase();
}
