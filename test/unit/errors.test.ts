import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../core/config.js";
import { codeForStatus, ErrorCode, errorStatus } from "../../core/errors/error-code.js";
import { errorEnvelope } from "../../core/errors/error-envelope.js";
import { fromDatabaseError } from "../../core/errors/from-database-error.js";
import { formatFatal } from "../../core/errors/report-fatal.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { SeedError } from "../../seed/read/seed-files.js";

const driverError = (code: string, message = "irrelevant words: connect Connection ECONNREFUSED") =>
  new Neo4jError(message, code, "50N42", "", {} as never);

describe("the one error family", () => {
  it("gives the seed's and the configuration's errors codes of the one enum", () => {
    expect(new SeedError([]).code).toBe(ErrorCode.SeedInvalid);
    expect(new ConfigError("PORT=x").code).toBe(ErrorCode.ConfigInvalid);
    expect(new SeedError([]).status).toBe(500);
  });

  it("maps driver errors by their code, never by their message", () => {
    expect(fromDatabaseError(driverError("ServiceUnavailable", "all fine"), "x").code).toBe(
      ErrorCode.DatabaseUnavailable,
    );
    // A driver-side error with no server code: the connection could not be made or acquired in time.
    expect(fromDatabaseError(driverError("N/A", "Connection acquisition timed out"), "x").code).toBe(
      ErrorCode.DatabaseUnavailable,
    );
    expect(fromDatabaseError(driverError("Neo.ClientError.Transaction.TransactionTimedOut"), "x").code).toBe(
      ErrorCode.DatabaseTimeout,
    );
    // Words that once were matched no longer decide: a syntax error stays a database error.
    expect(fromDatabaseError(driverError("Neo.ClientError.Statement.SyntaxError"), "x").code).toBe(
      ErrorCode.DatabaseError,
    );
    expect(fromDatabaseError(driverError("Neo.ClientError.Security.Unauthorized"), "bolt://db").message).toContain(
      "NEO4J_PASSWORD",
    );
  });

  it("answers a refusal that ends a request with its code's HTTP status", () => {
    const error = new ThtError(ErrorCode.Forbidden, "no", { endsRequest: {} });
    expect(error.extensions.http).toMatchObject({ status: 403 });
    expect(errorStatus[ErrorCode.NetworkTooLarge]).toBe(422);
  });

  it("writes every error answer in one envelope, details beside the code", () => {
    const error = new ThtError(ErrorCode.NetworkTooLarge, "too many", { details: { elements: 9, limit: 5 } });
    expect(errorEnvelope(error)).toEqual({
      errors: [{ message: "too many", extensions: { elements: 9, limit: 5, code: "NETWORK_TOO_LARGE" } }],
    });
  });

  it("turns a status that came without a code into the nearest code", () => {
    expect(codeForStatus(413)).toBe(ErrorCode.PayloadTooLarge);
    expect(codeForStatus(502)).toBe(ErrorCode.ServerUnreachable);
    expect(codeForStatus(418)).toBe(ErrorCode.BadRequest);
    expect(codeForStatus(500)).toBe(ErrorCode.InternalError);
  });

  it("prints every program's fatal error as one line with its code", () => {
    expect(formatFatal({ program: "seed", failed: "the seed was not loaded" }, new SeedError([]))).toMatch(
      /^tht-graph seed: the seed was not loaded \[SEED_INVALID\]: the seed has 0 problems/,
    );
    expect(formatFatal({ program: "", failed: "could not start" }, new Error("boom"))).toMatch(
      /^tht-graph: could not start \[INTERNAL_SERVER_ERROR\]: Error: boom/,
    );
  });
});
