// A seed problem and the error that lists them all. Every problem names its file, line and field,
// carries a code of the one enum (core/errors/error-code.ts) and says what is wrong in plain words.
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";

export interface SeedProblem {
  file: string;
  /** 1-based; 0 for a problem with the file as a whole. */
  line: number;
  /** The field (a YAML key path within its record, a CSV column), or "(file)", "(yaml)", "(csv)" … */
  field: string;
  code: ErrorCode;
  message: string;
  /** For a syntax error: the offending line, numbered, with a caret under the spot. */
  frame?: string;
}

/** One problem as a line of SEED_INVALID: `file:line field: [CODE] message`, then its code frame. */
export function formatProblem(p: SeedProblem): string {
  const head = `${p.file}:${p.line} ${p.field}: [${p.code}] ${p.message}`;
  return p.frame ? `${head}\n${p.frame.replace(/^/gm, "    ")}` : head;
}

/**
 * Problems in reading order (file, then line), each once: a problem found on two paths (a field
 * checked by its schema and again across records) is still one thing to fix.
 */
export function orderProblems(problems: readonly SeedProblem[]): SeedProblem[] {
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.file}\u0000${p.line}\u0000${p.field}\u0000${p.code}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}

/** Every problem found in the seed, so one run reports them all (SEED_INVALID). Nothing is written. */
export class SeedError extends ThtError {
  readonly problems: SeedProblem[];

  constructor(problems: SeedProblem[]) {
    const ordered = orderProblems(problems);
    super(
      ErrorCode.SeedInvalid,
      `the seed has ${ordered.length} problem${ordered.length === 1 ? "" : "s"}; nothing was written:\n${ordered
        .map((p) => formatProblem(p).replace(/^/gm, "  "))
        .join("\n")}`,
    );
    this.problems = ordered;
    this.name = "SeedError";
  }
}

/** Seed files are hand-edited text; anything this large is a mistake, not data. */
export const maxSeedFileBytes = 20 * 1024 * 1024;
