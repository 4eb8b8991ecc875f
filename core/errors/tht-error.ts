// The one error class: a stable code from ErrorCode, a message that says what to do next, and facts
// a client acts on. As a GraphQL error the code is in `extensions.code` (apollo-server's convention).
import { type ASTNode, GraphQLError } from "graphql";
import { ErrorCode, errorStatus } from "./error-code.js";

export type ErrorDetails = Record<
  string,
  string | number | boolean | readonly string[] | readonly Readonly<Record<string, string>>[]
>;

export interface ThtErrorOptions {
  cause?: unknown;
  /** Facts a client acts on (`elements` and `limit`), sent beside the code in `extensions`. */
  details?: ErrorDetails;
  /**
   * Set when the error ends the request before execution (an Apollo plugin's refusal): the response
   * then carries the code's HTTP status (errorStatus) and these headers.
   */
  endsRequest?: { headers?: Map<string, string> };
  /** Where in the query the mistake is: a validation error's locations come from these. */
  nodes?: readonly ASTNode[];
}

export class ThtError extends GraphQLError {
  readonly code: ErrorCode;
  readonly details: Readonly<ErrorDetails>;

  constructor(code: ErrorCode, message: string, options: ThtErrorOptions = {}) {
    const details = options.details ?? {};
    const http = options.endsRequest
      ? { http: { status: errorStatus[code], headers: options.endsRequest.headers ?? new Map<string, string>() } }
      : {};
    super(message, {
      extensions: { ...details, code, ...http },
      ...(options.nodes ? { nodes: options.nodes } : {}),
      originalError: options.cause instanceof Error ? options.cause : undefined,
    });
    this.code = code;
    this.details = details;
    this.name = "ThtError";
  }

  /** The HTTP status this error answers with when it ends a request. */
  get status(): number {
    return errorStatus[this.code];
  }
}

/** Any error as a ThtError: unknown ones become INTERNAL_SERVER_ERROR, keeping the cause. */
export function asThtError(error: unknown): ThtError {
  if (error instanceof ThtError) return error;
  return new ThtError(ErrorCode.InternalError, error instanceof Error ? error.message : String(error), {
    cause: error,
  });
}
