// The last Express middleware: errors raised outside Apollo (body too large, malformed JSON …)
// answer in the one error envelope with a code, never as Express's HTML page.
import type { ErrorRequestHandler } from "express";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { sendError } from "./send-error.js";

export const answerHttpErrors: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  sendError(res, asRequestError(error));
};

/** body-parser's errors carry `status` (and `type`, e.g. entity.too.large): 4xx are the client's. */
function asRequestError(error: unknown): ThtError {
  if (error instanceof ThtError) return error;
  const { status, statusCode } = (typeof error === "object" && error !== null ? error : {}) as {
    status?: unknown;
    statusCode?: unknown;
  };
  const http = typeof status === "number" ? status : typeof statusCode === "number" ? statusCode : 500;
  if (http === 413)
    return new ThtError(ErrorCode.PayloadTooLarge, "the request body is larger than this server accepts.");
  if (http >= 400 && http < 500)
    return new ThtError(ErrorCode.BadRequest, "the request body could not be read as JSON.");
  return new ThtError(ErrorCode.InternalError, "Internal server error", { cause: error });
}
