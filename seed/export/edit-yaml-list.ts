// A block list of records (`- …` items) edited in place: kept items keep their text and the lines
// between them; a changed item is replaced by its new text after its own `- `; a removed item goes
// with the comment above it when that comment heads only removed items (a blank line before it,
// and a blank line, another comment or the list's end after them); new items are added at the
// end, spaced as the list spaces its items.
import { isMap, type YAMLSeq } from "yaml";
import type { TextEdit } from "./apply-edits.js";
import { columnOf, contentEnd } from "./edit-record.js";
import { pad } from "./yaml-text.js";

/** What happens to an item: kept as it is (undefined), removed, or its record replaced by `text`. */
export type ItemEdit = undefined | "remove" | { text: string };

export interface ListLayout {
  /** What starts an item's line ("  - "). */
  prefix: string;
  /** The column its record's keys start at. */
  indent: number;
  /** Items are separated by a blank line. */
  spaced: boolean;
}

interface Item {
  /** The start of the item's `- ` line. */
  line: number;
  start: number;
  end: number;
  /** The end of its last line (where its line break starts, or the end of the text). */
  lineEnd: number;
}

const blank = (line: string) => line.trim() === "";
/** The length of the line break at `at`: \r\n, \n, or none at the end of the text. */
const lineBreak = (text: string, at: number) => (text.startsWith("\r\n", at) ? 2 : text[at] === "\n" ? 1 : 0);
const comment = (line: string) => line.trim().startsWith("#");

export function itemsOf(text: string, seq: YAMLSeq, file: string): Item[] {
  return seq.items.map((node, i) => {
    if (!isMap(node) || !node.range) throw new Error(`${file}: item ${i + 1} of the list is not a record`);
    const start = node.range[0];
    const end = contentEnd(text, node.range[1]);
    const line = text.lastIndexOf("\n", start - 1) + 1;
    if (!/^[ \t]*-[ \t]+$/.test(text.slice(line, start)))
      throw new Error(
        `${file}: the record at line ${text.slice(0, start).split("\n").length} does not start its own "- " line`,
      );
    const next = text.indexOf("\n", end);
    const lineEnd = next === -1 ? text.length : text[next - 1] === "\r" ? next - 1 : next;
    return { line, start, end, lineEnd };
  });
}

/** The lines between item k-1 and item k, each with its line break. */
function gapOf(text: string, items: Item[], k: number): string[] {
  const before = items[k - 1];
  const item = items[k];
  if (!before || !item) return [];
  return text.slice(before.lineEnd + lineBreak(text, before.lineEnd), item.line).match(/[^\n]*\n/g) ?? [];
}

export function layoutOf(text: string, items: Item[], keyColumn: number): ListLayout {
  const first = items[0];
  if (!first) return { prefix: `${pad(keyColumn + 2)}- `, indent: keyColumn + 4, spaced: false };
  const prefix = text.slice(first.line, first.start);
  const gaps = items.slice(1).map((_, i) => gapOf(text, items, i + 1));
  const spaced = gaps.filter((g) => g.some(blank)).length * 2 > gaps.length;
  return { prefix, indent: columnOf(text, first.start), spaced };
}

/** The edits that make the list's items `edits` followed by `added` (record texts). */
export function editList(
  text: string,
  items: Item[],
  edits: readonly ItemEdit[],
  added: readonly string[],
  layout: ListLayout,
  /** Where `[]` goes when no item is left: after the list's key, or at the item's place (undefined). */
  emptyAt: number | undefined,
): TextEdit[] {
  const gaps = items.map((_, k) => gapOf(text, items, k));
  /** Whether the items from k that are removed end where a blank line, a comment or the list does. */
  const headsAlone = (k: number) => {
    for (let j = k + 1; j < items.length; j++) {
      const next = gaps[j]?.[0];
      if (next !== undefined && (blank(next) || comment(next))) return true;
      if (edits[j] !== "remove") return false;
    }
    return true;
  };
  items.forEach((_, k) => {
    const gap = gaps[k] ?? [];
    if (k === 0 || edits[k] !== "remove") return;
    let c = gap.length;
    while (c > 0 && comment(gap[c - 1] ?? "")) c--;
    if (c < gap.length && c > 0 && blank(gap[c - 1] ?? "") && headsAlone(k)) gaps[k] = gap.slice(0, c);
  });
  let out = "";
  let lines: string[] = [];
  let emitted = false;
  items.forEach((item, k) => {
    let gap = gaps[k] ?? [];
    if (blank(lines[lines.length - 1] ?? "x") && blank(gap[0] ?? "x")) gap = gap.slice(1);
    lines.push(...gap);
    const edit = edits[k];
    if (edit === "remove") return;
    const body =
      edit === undefined
        ? text.slice(item.line, item.lineEnd)
        : text.slice(item.line, item.start) + edit.text + text.slice(item.end, item.lineEnd);
    if (!emitted) while (blank(lines[0] ?? "x")) lines.shift();
    out += (emitted ? "\n" : "") + lines.join("") + body;
    lines = [];
    emitted = true;
  });
  while (blank(lines[lines.length - 1] ?? "x")) lines.pop();
  if (lines.length > 0 && (emitted || added.length > 0))
    out += (emitted ? "\n" : "") + lines.join("").replace(/\r?\n$/, "");
  for (const record of added) out += `${out ? (layout.spaced ? "\n\n" : "\n") : ""}${layout.prefix}${record}`;
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return [];
  if (out !== "") return [{ start: first.line, end: last.lineEnd, text: out }];
  // No item left: the list is written `[]`, so that the file still reads as a list, and the
  // comments between its key and its first item, which headed its items, go with them.
  const end = last.lineEnd + lineBreak(text, last.lineEnd);
  const keyLineEnd = emptyAt === undefined ? first.line : text.indexOf("\n", emptyAt) + 1;
  const headed = (text.slice(keyLineEnd, first.line).match(/[^\n]*\n/g) ?? []).every((l) => blank(l) || comment(l));
  const cleared = { start: headed ? keyLineEnd : first.line, end, text: emptyAt === undefined ? "[]\n" : "" };
  return emptyAt === undefined ? [cleared] : [{ start: emptyAt, end: emptyAt, text: " []" }, cleared];
}
