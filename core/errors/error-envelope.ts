// The body of every error answer outside GraphQL execution (exports, probes, refused requests,
// the page's own routes): the GraphQL-over-HTTP shape `{ errors: [{ message, extensions: { code } }] }`,
// so a client reads every error the same way.
import type { ErrorCode } from "./error-code.js";
import type { ErrorDetails, ThtError } from "./tht-error.js";

export interface ErrorEnvelope {
  errors: { message: string; extensions: ErrorDetails & { code: ErrorCode } }[];
}

export function errorEnvelope(error: Pick<ThtError, "code" | "message" | "details">): ErrorEnvelope {
  return { errors: [{ message: error.message, extensions: { ...error.details, code: error.code } }] };
}
