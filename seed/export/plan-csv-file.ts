// A CSV table's new text: its rows edited cell by cell (edit-csv.ts); a row that does not read back
// as its record is written anew, and a record no row can hold (a name with |, a text property that
// reads as a number) leaves the table for its YAML file.
import { type TableName, tableFile, tables } from "../read/csv-tables.js";
import { editCsv } from "./edit-csv.js";
import type { Entry } from "./match-records.js";
import { readBackCsv } from "./read-back.js";
import type { RecordKind, SeedRecord } from "./seed-layout.js";
import { settleText } from "./settle-text.js";

export interface CsvPlan {
  text: string;
  /** Records to add to their YAML file instead. */
  moved: SeedRecord[];
  /** The kind of the table's records. */
  kind: RecordKind;
}

export function planCsvFile(
  file: string,
  text: string | undefined,
  entries: readonly Entry[],
  added: readonly SeedRecord[],
  scratch: string,
): CsvPlan {
  const table = tableFile.exec(file)?.[1] as TableName;
  const kind: RecordKind = table === "relationships" ? "relationship" : table === "figures" ? "figure" : "node";
  const whole = new Set<SeedRecord>();
  const moved = new Set<SeedRecord>();
  const planned = settleText(
    file,
    () => {
      const live = entries.map((e) => (e.desired && moved.has(e.desired) ? { ...e, desired: undefined } : e));
      const staying = added.filter((r) => !moved.has(r));
      const edited = editCsv({ text, table, kind, entries: live, added: staying, whole });
      const expected = [...live.flatMap((e) => (e.desired ? [e.desired] : [])), ...staying];
      return { text: edited, expected, back: readBackCsv(scratch, file, edited, table, kind, tables[table].label) };
    },
    (record) => {
      if (!whole.has(record) && !added.includes(record)) whole.add(record);
      else if (kind !== "figure" && !moved.has(record)) moved.add(record);
      else return false;
      return true;
    },
  );
  return { text: planned, moved: [...moved], kind };
}
