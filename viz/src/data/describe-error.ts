// An error as the page says it to its reader: what went wrong, in a sentence, and what to try. The
// code stays out of the words (the status line carries it in data-code, for tests and tools).
import { ErrorCode } from "../../../schema/contract.js";
import { ApiError } from "./api.js";

const tryAgain = "Try again in a moment.";

/** What to try after each kind of failure; a code not listed gets the last line's advice. */
const hints: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.NotFound]: "Check the name, or try another date or all time.",
  [ErrorCode.ServerUnreachable]: "Check the connection, then try again.",
  [ErrorCode.InternalError]: tryAgain,
  [ErrorCode.DatabaseUnavailable]: tryAgain,
  [ErrorCode.DatabaseTimeout]: tryAgain,
  [ErrorCode.DatabaseError]: tryAgain,
  [ErrorCode.RateLimited]: "Wait a moment, then try again.",
  [ErrorCode.ComputationTimeout]: "Try a smaller depth, a single date or fewer relationship types.",
  [ErrorCode.QueryTooCostly]: "Try a smaller depth, a single date or fewer relationship types.",
  [ErrorCode.BadUserInput]: "Check the dates and names chosen.",
  [ErrorCode.BadRequest]: "Reload the page, then try again.",
  [ErrorCode.Unauthenticated]: "Sign in again with a current editor token.",
  [ErrorCode.Forbidden]: "Ask for a token with the editor role.",
};

/** A message as a sentence: capital first letter, a full stop at the end. */
function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return "";
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** The code an error is known by: the API's, or INTERNAL_SERVER_ERROR for one of the page's own. */
export function errorCodeOf(error: unknown): ErrorCode {
  return error instanceof ApiError ? error.code : ErrorCode.InternalError;
}

export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const hint =
      typeof error.details.hint === "string"
        ? error.details.hint
        : (hints[error.code] ?? "Reload the page, then try again.");
    return `${sentence(error.message)} ${hint}`;
  }
  return sentence(error instanceof Error ? error.message : String(error));
}
