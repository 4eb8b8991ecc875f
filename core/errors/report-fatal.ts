// How every command-line program of tht-graph ends on an error: one line
// `tht-graph <program>: <what failed> [CODE]: what to do next`, then exit status 1. Unknown errors
// print their stack, since no code says what went wrong.
import { asThtError, ThtError } from "./tht-error.js";

export interface FatalReport {
  /** The program: "seed", "token" …; empty for the server itself. */
  program: string;
  /** What failed, as a sentence start: "could not start", "the seed was not loaded". */
  failed: string;
}

export function formatFatal(report: FatalReport, error: unknown): string {
  const known = error instanceof ThtError;
  const e = asThtError(error);
  const name = report.program ? `tht-graph ${report.program}` : "tht-graph";
  const detail = known ? e.message : error instanceof Error && error.stack ? error.stack : e.message;
  return `${name}: ${report.failed} [${e.code}]: ${detail}`;
}

export function reportFatal(report: FatalReport, error: unknown): never {
  process.stderr.write(`${formatFatal(report, error)}\n`);
  process.exit(1);
}
