// A file's new text made again until it reads back as the records it should hold: each record that
// reads back otherwise is handed to `retry`, which has the next attempt write it another way, or
// gives up, and the export stops with nothing written.
import { ErrorCode } from "../../core/errors/error-code.js";
import { SeedError } from "../read/seed-files.js";
import type { ReadBack } from "./read-back.js";
import { sameRecord } from "./same-content.js";
import type { SeedRecord } from "./seed-layout.js";

export interface Attempt {
  text: string;
  /** The records the text must read back as. */
  expected: readonly SeedRecord[];
  back: ReadBack;
}

export function settleText(file: string, attempt: () => Attempt, retry: (record: SeedRecord) => boolean): string {
  for (;;) {
    const { text, expected, back } = attempt();
    const got = new Map(back.records.map((r) => [r.id, r]));
    const wrong = expected.filter((r) => {
      const g = got.get(r.id);
      return g === undefined || !sameRecord(g, r);
    });
    if (wrong.length === 0 && back.problems.length === 0 && back.records.length === expected.length) return text;
    if (wrong.length > 0 && wrong.every(retry)) continue;
    const ids = wrong.map((r) => r.id).join(", ");
    const problems = back.problems.map((p) => `${p.field}: ${p.message}`).join("; ");
    throw new SeedError([
      {
        file,
        line: 0,
        field: "(export)",
        code: ErrorCode.SchemaInvalid,
        message: `cannot be written so that it reads back as the graph's records${ids ? ` (${ids})` : ""}${problems ? `: ${problems}` : ""}`,
      },
    ]);
  }
}
