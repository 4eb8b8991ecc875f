// Every error a request answers passes here with the code it answers with: the code joins the
// request's log line and /metrics, and an error whose cause the client does not see (masked as
// INTERNAL_SERVER_ERROR, or a database fault) is logged with that cause, under the request's id.
import { ErrorCode } from "../../core/errors/error-code.js";
import { currentRequest } from "./request-scope.js";

/** Codes whose message stands in for a cause only the log shows. */
const maskedCodes: ReadonlySet<string> = new Set([
  ErrorCode.InternalError,
  ErrorCode.DatabaseError,
  ErrorCode.DatabaseUnavailable,
  ErrorCode.DatabaseTimeout,
  ErrorCode.DatabaseAuthFailed,
]);

/** Outside a request (a test calling Apollo directly) there is no line to join: nothing is written. */
export function reportError(code: string, cause: unknown): void {
  const scope = currentRequest();
  if (!scope) return;
  scope.codes.push(code);
  if (!maskedCodes.has(code)) return;
  // An outage (unavailable, timeout) is a warning: the operator sees it in /readyz too.
  const level = code === ErrorCode.InternalError || code === ErrorCode.DatabaseError ? "error" : "warn";
  scope.log[level]({ code, err: cause instanceof Error ? cause : new Error(String(cause)) }, `masked error ${code}`);
}
