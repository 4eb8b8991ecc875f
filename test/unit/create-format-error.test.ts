import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { createFormatError } from "../../server/http/create-format-error.js";

const leaky = new Error(
  "Failed to run CYPHER 5\nMATCH (this:Organisation) RETURN this at bolt://db.internal:7687 (neo4j:s3cret)",
);

function asResolverError(error: Error): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, path: ["organisations"] });
}

describe("createFormatError", () => {
  const production = createFormatError({ production: true, where: 'database "neo4j"' });
  const development = createFormatError({ production: false, where: 'database "neo4j"' });

  it("masks unknown errors in production: no message, stack, Cypher or Bolt URI", () => {
    const formatted = production(
      {
        message: leaky.message,
        path: ["organisations"],
        extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] },
      },
      asResolverError(leaky),
    );
    expect(formatted).toEqual({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });

  it("shows unknown errors as they are in development", () => {
    const raw = { message: leaky.message, extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] } };
    expect(development(raw, asResolverError(leaky))).toBe(raw);
  });

  it("maps database errors through fromDatabaseError, naming the database, not the URI", () => {
    const down = new Neo4jError(
      "connect ECONNREFUSED 10.0.0.5:7687 bolt://10.0.0.5:7687",
      "ServiceUnavailable",
      "08000",
      "error: connection exception",
    );
    const formatted = production(
      { message: down.message, path: ["organisations"], extensions: { code: "INTERNAL_SERVER_ERROR" } },
      asResolverError(down),
    );
    expect(formatted.extensions?.code).toBe(ErrorCode.DatabaseUnavailable);
    expect(JSON.stringify(formatted)).not.toMatch(/bolt|10\.0\.0\.5/);
    expect(formatted.message).toContain('database "neo4j"');
  });

  it("keeps a ThtError's code even when Apollo's validation wrapper says otherwise", () => {
    const tooDeep = new ThtError(ErrorCode.QueryTooDeep, "Query depth limit of 6 exceeded, found 7.");
    const wrapped = new GraphQLError(tooDeep.message, { originalError: tooDeep });
    const formatted = production(
      { message: tooDeep.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } },
      wrapped,
    );
    expect(formatted.extensions?.code).toBe("QUERY_TOO_DEEP");
  });

  it("maps @neo4j/graphql's own refusals to UNAUTHENTICATED and FORBIDDEN", () => {
    class Neo4jGraphQLError extends GraphQLError {}
    const forbidden = new GraphQLError("Forbidden");
    Object.defineProperty(forbidden, "name", { value: "Neo4jGraphQLForbiddenError" });
    const code = (error: Error) =>
      production({ message: error.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, asResolverError(error))
        .extensions?.code;
    expect(code(new Neo4jGraphQLError("Unauthenticated"))).toBe("UNAUTHENTICATED");
    expect(code(forbidden)).toBe("FORBIDDEN");
  });

  it("keeps what a client acts on beside the code, in production too (NETWORK_TOO_LARGE's count and limit)", () => {
    const tooLarge = new ThtError(ErrorCode.NetworkTooLarge, "the network has 135 nodes and relationships …", {
      details: { elements: 135, limit: 40 },
    });
    const formatted = production(
      { message: tooLarge.message, path: ["network"], extensions: { ...tooLarge.extensions } },
      asResolverError(tooLarge),
    );
    expect(formatted).toEqual({
      message: tooLarge.message,
      path: ["network"],
      extensions: { code: "NETWORK_TOO_LARGE", elements: 135, limit: 40 },
    });
  });

  it("removes field suggestions in production only", () => {
    const suggestion = {
      message: 'Cannot query field "nam" on type "Organisation". Did you mean "name"?',
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    };
    const error = new GraphQLError(suggestion.message);
    expect(production(suggestion, error).message).toBe('Cannot query field "nam" on type "Organisation".');
    expect(development(suggestion, error).message).toMatch(/Did you mean/);
  });
});
