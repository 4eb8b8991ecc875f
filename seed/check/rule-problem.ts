// What a rule answers: a problem with one field of the record it checked. Where that field is
// (file and line, or a change set's entry) is the caller's business: `locate` does it for seed files.
import type { ErrorCode } from "../../core/errors/error-code.js";
import { nearest } from "../../core/text/field-path.js";
import type { SeedProblem } from "../read/seed-files.js";
import type { Where } from "../seed-graph.js";

export interface RuleProblem {
  code: ErrorCode;
  /** The field's path within the record: "to", "validFrom", "cite[1].source". */
  field: string;
  message: string;
}

/** A rule's problem at the field's own line, named as the file names it (a CSV column). */
export function locate(where: Where, problem: RuleProblem): SeedProblem {
  return {
    file: where.file,
    line: nearest(where.fieldLines, problem.field) ?? where.line,
    field: nearest(where.fieldNames, problem.field) ?? problem.field,
    code: problem.code,
    message: problem.message,
  };
}
