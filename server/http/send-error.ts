// Every error answer outside GraphQL execution goes out here: the code's HTTP status (errorStatus)
// and the one envelope (core/errors/error-envelope.ts).
import type { Response } from "express";
import { errorEnvelope } from "../../core/errors/error-envelope.js";
import type { ThtError } from "../../core/errors/tht-error.js";
import { reportError } from "../observability/report-error.js";

export function sendError(res: Response, error: ThtError): void {
  reportError(error.code, error.originalError ?? error);
  res.status(error.status).json(errorEnvelope(error));
}
