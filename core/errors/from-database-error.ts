// The one place that turns neo4j-driver and @neo4j/graphql errors into tht-graph errors (as
// neo4j/graphql's Executor.formatError does), by the error's code, never its message text.
import { Neo4jError } from "neo4j-driver";
import { ErrorCode } from "./error-code.js";
import { ThtError } from "./tht-error.js";

/** Codes the driver gives when no server answered, or the one that did cannot take the query. */
const unavailableCodes = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Cluster.NotALeader",
  "Neo.ClientError.Database.DatabaseNotFound",
]);

const timeoutCodes = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.TransientError.Transaction.LockClientStopped",
]);

const authCodes = new Set([
  "Neo.ClientError.Security.Unauthorized",
  "Neo.ClientError.Security.AuthenticationRateLimit",
]);

/** @neo4j/graphql's error classes are not exported; their names are stable (dist/classes/Error.js). */
const libraryAuthErrors: Record<string, ErrorCode> = {
  Neo4jGraphQLForbiddenError: ErrorCode.Forbidden,
  Neo4jGraphQLAuthenticationError: ErrorCode.Unauthenticated,
};

/**
 * @neo4j/graphql refuses a missing token with a plain Neo4jGraphQLError (its `name` stays "GraphQLError";
 * only the class says which) whose message is its constant
 * AUTHORIZATION_UNAUTHENTICATED (dist/constants.js, not exported): it has no code or class of its own.
 */
const libraryUnauthenticated = "Unauthenticated";

/** `where` names the database for the message (a URI or "the graph database"), never a password. */
export function fromDatabaseError(error: unknown, where: string): ThtError {
  if (error instanceof ThtError) return error;
  const libraryCode =
    error instanceof Error
      ? (libraryAuthErrors[error.name] ??
        (error.constructor.name === "Neo4jGraphQLError" && error.message === libraryUnauthenticated
          ? ErrorCode.Unauthenticated
          : undefined))
      : undefined;
  if (libraryCode) {
    const code = libraryCode;
    return new ThtError(
      code,
      code === ErrorCode.Forbidden
        ? "this operation is not allowed for the token given."
        : "this operation needs an editor token.",
      { cause: error },
    );
  }
  if (error instanceof Neo4jError) {
    if (authCodes.has(error.code)) {
      return new ThtError(
        ErrorCode.DatabaseAuthFailed,
        `Neo4j at ${where} refused the credentials; check NEO4J_USER and NEO4J_PASSWORD.`,
        { cause: error },
      );
    }
    // "N/A" is the driver's own code for an error no server sent: the connection could not be made
    // or acquired in time (connectionTimeout, connectionAcquisitionTimeout).
    if (unavailableCodes.has(error.code) || error.code === "N/A") {
      return new ThtError(ErrorCode.DatabaseUnavailable, `Neo4j at ${where} is not answering; is it running?`, {
        cause: error,
      });
    }
    if (timeoutCodes.has(error.code)) {
      return new ThtError(ErrorCode.DatabaseTimeout, "the query took too long and was stopped.", { cause: error });
    }
    return new ThtError(ErrorCode.DatabaseError, `Neo4j reported ${error.code}.`, { cause: error });
  }
  return new ThtError(ErrorCode.InternalError, "an unexpected error occurred.", { cause: error });
}
