// A YAML seed file edited to hold the graph's records: each of its lists edited in place
// (edit-yaml-list.ts), a list it lacks added at its end, a file that does not exist written anew.
import { isMap, isScalar, isSeq, type Node, parseDocument, type YAMLMap } from "yaml";
import { applyEdits, type TextEdit } from "./apply-edits.js";
import { columnOf, contentEnd, editRecord, renderRecord } from "./edit-record.js";
import { editList, type ItemEdit, itemsOf, layoutOf } from "./edit-yaml-list.js";
import type { Entry } from "./match-records.js";
import type { FieldContext } from "./render-field.js";
import { sameRecord } from "./same-content.js";
import type { SeedRecord, YamlList } from "./seed-layout.js";
import { blockScalar } from "./yaml-text.js";

export interface ListPlan {
  list: YamlList;
  /** The list's records as the file holds them, in order, each with the graph's record or none. */
  entries: readonly Entry[];
  added: readonly SeedRecord[];
}

export interface YamlEdit {
  file: string;
  /** The file's text; undefined when it does not exist. */
  text: string | undefined;
  lists: readonly ListPlan[];
  /** The defaultSource of a file written anew. */
  defaultSource: string;
  /** Records to write whole rather than edit field by field. */
  whole: ReadonlySet<SeedRecord>;
}

const newRecord = (indent: number, foldsProse: boolean): FieldContext => ({
  indent,
  inFlow: false,
  multiline: false,
  foldsProse,
});

export function editYamlFile({ file, text, lists, defaultSource, whole }: YamlEdit): string {
  if (text === undefined) return newFile(lists, defaultSource);
  const doc = parseDocument(text, { schema: "core" });
  if (doc.errors.length > 0) throw new Error(`${file} cannot be parsed: ${doc.errors[0]?.message}`);
  const root = doc.contents;
  const source = isMap(root) ? root.get("defaultSource") : undefined;
  const fileSource = typeof source === "string" ? source : "";
  const foldsProse = /^\s*description: >/m.test(text);
  const edits: TextEdit[] = [];
  for (const { list, entries, added } of lists) {
    const pair =
      list.list !== null && isMap(root)
        ? root.items.find((p) => isScalar(p.key) && p.key.value === list.list)
        : undefined;
    const keyColumn = pair && isScalar(pair.key) && pair.key.range ? columnOf(text, pair.key.range[0]) : -2;
    const seq = list.list === null ? root : pair?.value;
    const colon = pair && isScalar(pair.key) && pair.key.range ? text.indexOf(":", pair.key.range[1]) + 1 : undefined;
    const render = (record: SeedRecord, indent: number) =>
      renderRecord(list.kind, record, fileSource, newRecord(indent, foldsProse));
    if (!isSeq(seq) || seq.items.length === 0) {
      if (added.length === 0) continue;
      const prefix = `${" ".repeat(keyColumn + 2)}- `;
      const items = added.map((r) => prefix + render(r, prefix.length)).join("\n");
      // `records: []` becomes `records:` and the items, on the lines after it.
      if (isSeq(seq) && seq.range)
        edits.push({
          start: colon ?? seq.range[0],
          end: contentEnd(text, seq.range[1]),
          text: `${colon ? "\n" : ""}${items}`,
        });
      else
        edits.push({
          start: text.length,
          end: text.length,
          text: `${text.endsWith("\n") ? "\n" : "\n\n"}${list.list}:\n${items}\n`,
        });
      continue;
    }
    if (seq.flow)
      throw new Error(
        `${file}: ${list.list ?? "the list"} is written [ … ]; write its records as "- " items to export into it`,
      );
    const items = itemsOf(text, seq, file);
    if (items.length !== entries.length)
      throw new Error(`${file}: ${items.length} records in the text, ${entries.length} read`);
    const layout = layoutOf(text, items, keyColumn);
    const itemEdits: ItemEdit[] = entries.map((entry, i) => {
      if (entry.desired === undefined) return "remove";
      if (sameRecord(entry.existing, entry.desired)) return undefined;
      const map = seq.items[i] as YAMLMap;
      const start = map.range?.[0] ?? 0;
      if (whole.has(entry.desired)) return { text: render(entry.desired, columnOf(text, start)) };
      const firstKey = map.items[0]?.key as Node | undefined;
      const keyAt = firstKey?.range?.[0] ?? start;
      const ctx: FieldContext = {
        indent: columnOf(text, keyAt),
        inFlow: map.flow === true,
        multiline: text.slice(start, keyAt).includes("\n"),
        foldsProse,
      };
      return { text: editRecord(text, map, list.kind, entry.existing, entry.desired, fileSource, ctx) };
    });
    const addedText = added.map((r) => render(r, layout.indent));
    edits.push(...editList(text, items, itemEdits, addedText, layout, colon));
  }
  return applyEdits(text, edits);
}

function newFile(lists: readonly ListPlan[], defaultSource: string): string {
  const parts: string[] = [];
  const top = lists.find((l) => l.list.list === null);
  if (top) {
    const items = top.added.map((r) => `- ${renderRecord(top.list.kind, r, "", newRecord(2, false))}`);
    return `${items.join("\n")}\n`;
  }
  parts.push(`defaultSource: ${blockScalar(defaultSource)}`);
  for (const { list, added } of lists) {
    if (added.length === 0) continue;
    const items = added.map((r) => `  - ${renderRecord(list.kind, r, defaultSource, newRecord(4, false))}`);
    parts.push(`${list.list}:\n${items.join("\n")}`);
  }
  return `${parts.join("\n")}\n`;
}
