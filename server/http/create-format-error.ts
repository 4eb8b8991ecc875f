// Apollo's formatError: every error leaves with a stable code. Database and @neo4j/graphql errors
// go through fromDatabaseError; in production anything unknown becomes a bare "Internal server
// error" (no stack, Cypher or Bolt URI) and graphql-js's "Did you mean …" hints are removed.
import type { GraphQLFormattedError } from "graphql";
import { ErrorCode } from "../../core/errors/error-code.js";
import { fromDatabaseError } from "../../core/errors/from-database-error.js";
import { ThtError } from "../../core/errors/tht-error.js";

export interface FormatErrorOptions {
  production: boolean;
  /** Names the database in messages; never the Bolt URI, which would leak into responses. */
  where: string;
  /** Told every error's answered code and its cause (server/observability/report-error.ts logs the masked ones). */
  report?: (code: string, cause: unknown) => void;
}

export function createFormatError(options: FormatErrorOptions) {
  const format = (formatted: GraphQLFormattedError, error: unknown, cause: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    // Apollo's and graphql-js's own request errors (parse, validation, bad input …) already have a code.
    if (!(cause instanceof ThtError) && typeof code === "string" && code !== ErrorCode.InternalError) {
      return options.production ? { ...formatted, message: withoutSuggestions(formatted.message) } : formatted;
    }
    // Apollo refuses some requests with a 400 and no code (a persisted query whose hash does not
    // match it): the client's mistake, so BAD_REQUEST, never a masked server fault.
    if (!(cause instanceof ThtError) && clientStatus(error)) {
      return { message: formatted.message, extensions: { code: ErrorCode.BadRequest } };
    }
    const mapped = fromDatabaseError(cause, options.where);
    if (mapped.code === ErrorCode.InternalError) {
      if (!options.production) return formatted;
      return { message: "Internal server error", extensions: { code: ErrorCode.InternalError } };
    }
    return {
      message: mapped.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: {
        ...mapped.details,
        code: mapped.code,
        ...(formatted.extensions?.stacktrace ? { stacktrace: formatted.extensions.stacktrace } : {}),
      },
    };
  };
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const cause = rootCause(error);
    const answer = format(formatted, error, cause);
    options.report?.(String(answer.extensions?.code ?? ErrorCode.InternalError), cause);
    return answer;
  };
}

/** Apollo marks the errors it raises for a bad request with `extensions.http.status` 4xx. */
function clientStatus(error: unknown): boolean {
  const status = (error as { extensions?: { http?: { status?: unknown } } } | null)?.extensions?.http?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}

/**
 * Resolver and validation errors wrap the thrown error; a ThtError is as deep as it goes. Duck-typed:
 * graphql can be loaded twice (ESM and CommonJS, as under vitest), so `instanceof GraphQLError` lies.
 */
function rootCause(error: unknown): unknown {
  let current = error;
  while (!(current instanceof ThtError) && current instanceof Error) {
    const inner: unknown = (current as { originalError?: unknown }).originalError;
    if (!(inner instanceof Error)) break;
    current = inner;
  }
  return current;
}

function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean .*$/s, "");
}
