// Counts a document's tokens before Apollo parses it and answers 400 TOO_MANY_TOKENS past the
// limit. Apollo cannot refuse a request from a parse hook without a 500, so this runs in Express.
import type { RequestHandler } from "express";
import { Lexer, Source, TokenKind } from "graphql";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { sendError } from "./send-error.js";

export function limitTokens(max: number): RequestHandler {
  return (req, res, next) => {
    const query: unknown =
      req.method === "GET" ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query === "string" && countTokens(query, max) > max) {
      sendError(res, new ThtError(ErrorCode.TooManyTokens, `the document has more than ${max} tokens.`));
      return;
    }
    next();
  };
}

/** Stops counting past `max`; a syntax error ends the count and is left for Apollo to report. */
function countTokens(query: string, max: number): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (count <= max && lexer.advance().kind !== TokenKind.EOF) count++;
  } catch {
    // Apollo answers the syntax error (GRAPHQL_PARSE_FAILED).
  }
  return count;
}
