// A YAML file's new text: its records edited field by field (edit-yaml-file.ts); a changed record
// whose edit does not read back as the graph's is written whole instead.
import { editYamlFile, type ListPlan } from "./edit-yaml-file.js";
import { readBackYaml } from "./read-back.js";
import type { SeedRecord } from "./seed-layout.js";
import { settleText } from "./settle-text.js";

export function planYamlFile(file: string, text: string | undefined, lists: ListPlan[], scratch: string): string {
  const whole = new Set<SeedRecord>();
  const added = lists.flatMap((l) => l.added);
  const defaultSource = commonSource(added);
  return settleText(
    file,
    () => {
      const edited = editYamlFile({ file, text, lists, defaultSource, whole });
      const expected = lists.flatMap((l) => [...l.entries.flatMap((e) => (e.desired ? [e.desired] : [])), ...l.added]);
      return { text: edited, expected, back: readBackYaml(scratch, file, edited) };
    },
    (record) => {
      if (whole.has(record) || added.includes(record)) return false;
      whole.add(record);
      return true;
    },
  );
}

/** The source most of `records`' quotes cite: the defaultSource of a file written anew. */
function commonSource(records: readonly SeedRecord[]): string {
  const counts = new Map<string, number>();
  for (const r of records)
    for (const c of "citations" in r ? r.citations : []) counts.set(c.source, (counts.get(c.source) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
}
