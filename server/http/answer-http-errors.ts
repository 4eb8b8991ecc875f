// The last Express middleware: errors raised outside Apollo (body too large, malformed JSON …)
// answer as GraphQL-shaped JSON with a code, never as Express's HTML page.
import type { ErrorRequestHandler } from "express";
import { ErrorCode } from "../errors.js";

export const answerHttpErrors: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const status = httpStatusOf(error);
  const [code, message] =
    status === 413
      ? [ErrorCode.PayloadTooLarge, "the request body is larger than this server accepts."]
      : status >= 400 && status < 500
        ? [ErrorCode.BadRequest, "the request body could not be read as JSON."]
        : [ErrorCode.InternalError, "Internal server error"];
  res.status(status >= 400 && status < 500 ? status : 500).json({ errors: [{ message, extensions: { code } }] });
};

/** body-parser's errors carry `status` (and `type`, e.g. entity.too.large). */
function httpStatusOf(error: unknown): number {
  if (typeof error === "object" && error !== null) {
    const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
    if (typeof status === "number") return status;
    if (typeof statusCode === "number") return statusCode;
  }
  return 500;
}
