// Error codes are the public contract: tests and the page branch on `code`, never on message text.
import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";

export enum ErrorCode {
  ConfigInvalid = "CONFIG_INVALID",
  PortInUse = "PORT_IN_USE",
  JavaMissing = "JAVA_MISSING",
  Neo4jNotBuilt = "NEO4J_NOT_BUILT",
  Neo4jStartFailed = "NEO4J_START_FAILED",
  DatabaseUnavailable = "DATABASE_UNAVAILABLE",
  DatabaseAuthFailed = "DATABASE_AUTH_FAILED",
  DatabaseTimeout = "DATABASE_TIMEOUT",
  DatabaseError = "DATABASE_ERROR",
  InternalError = "INTERNAL_SERVER_ERROR",
  Unauthenticated = "UNAUTHENTICATED",
  Forbidden = "FORBIDDEN",
  QueryTooDeep = "QUERY_TOO_DEEP",
  TooManyAliases = "TOO_MANY_ALIASES",
  TooManyDirectives = "TOO_MANY_DIRECTIVES",
  TooManyTokens = "TOO_MANY_TOKENS",
  QueryTooCostly = "QUERY_TOO_COSTLY",
  PayloadTooLarge = "PAYLOAD_TOO_LARGE",
  BadRequest = "BAD_REQUEST",
  BadUserInput = "BAD_USER_INPUT",
  NotFound = "NOT_FOUND",
  NetworkTooLarge = "NETWORK_TOO_LARGE",
  PageNotBuilt = "PAGE_NOT_BUILT",
}

/** An error with a stable code; as a GraphQL error the code is in `extensions.code`. */
export class ThtError extends GraphQLError {
  readonly code: ErrorCode;
  /** Facts a client acts on (e.g. `elements` and `limit`), sent beside the code in `extensions`. */
  readonly details: Readonly<Record<string, string | number | boolean>>;

  /** `http` sets the response status when the error ends a request before execution (Apollo's convention). */
  constructor(
    code: ErrorCode,
    message: string,
    options: {
      cause?: unknown;
      http?: { status: number; headers?: Map<string, string> };
      details?: Record<string, string | number | boolean>;
    } = {},
  ) {
    const details = options.details ?? {};
    super(message, {
      extensions: options.http ? { ...details, code, http: options.http } : { ...details, code },
      originalError: options.cause instanceof Error ? options.cause : undefined,
    });
    this.code = code;
    this.details = details;
    this.name = "ThtError";
  }
}

const unavailableCodes = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Cluster.NotALeader",
]);

/**
 * The one place that turns neo4j-driver errors into tht-graph errors (as neo4j/graphql's
 * Executor.formatError does). `where` names the database for the message, never a password.
 */
export function fromDatabaseError(error: unknown, where: string): ThtError {
  if (error instanceof ThtError) return error;
  // @neo4j/graphql does not export its error classes; their names and this one message are stable.
  if (error instanceof Error && error.name === "Neo4jGraphQLForbiddenError") {
    return new ThtError(ErrorCode.Forbidden, "this operation is not allowed for the token given.", { cause: error });
  }
  if (
    error instanceof Error &&
    (error.name === "Neo4jGraphQLAuthenticationError" ||
      (error.constructor.name === "Neo4jGraphQLError" && error.message === "Unauthenticated"))
  ) {
    return new ThtError(ErrorCode.Unauthenticated, "this operation needs an editor token.", { cause: error });
  }
  if (error instanceof Neo4jError) {
    if (
      error.code === "Neo.ClientError.Security.Unauthorized" ||
      error.code === "Neo.ClientError.Security.AuthenticationRateLimit"
    ) {
      return new ThtError(
        ErrorCode.DatabaseAuthFailed,
        `Neo4j at ${where} refused the credentials; check NEO4J_USER and NEO4J_PASSWORD.`,
        { cause: error },
      );
    }
    if (unavailableCodes.has(error.code) || /ECONNREFUSED|ENOTFOUND|connect|Connection/i.test(error.message)) {
      return new ThtError(ErrorCode.DatabaseUnavailable, `Neo4j at ${where} is not answering; is it running?`, {
        cause: error,
      });
    }
    if (
      error.code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut") ||
      error.code === "Neo.TransientError.Transaction.LockClientStopped"
    ) {
      return new ThtError(ErrorCode.DatabaseTimeout, "the query took too long and was stopped.", { cause: error });
    }
    return new ThtError(ErrorCode.DatabaseError, `Neo4j reported ${error.code}.`, { cause: error });
  }
  return new ThtError(ErrorCode.InternalError, "an unexpected error occurred.", { cause: error });
}
