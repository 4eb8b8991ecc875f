// /graphql, GET and POST, through the response cache. Two steps, with the token limit between them:
//  1. `answerFromCache`: reads the request (the page's `documentId` turned into its text), and
//     answers at once from memory what it can: a GET whose `If-None-Match` names the current
//     answer gets 304, a kept answer is sent as it was. Neither touches Neo4j.
//  2. `executeGraphql`: Apollo answers the rest (executeHTTPGraphQLRequest, as Apollo's Express
//     integration calls it), and an answer to a query, without errors, asked without a token, is
//     kept under the graph's current version.
// Every answer says what the cache did in `X-Cache` (hit, miss, joined, bypass). A cacheable GET
// carries a strong ETag (the version and the request) and `Cache-Control: public, no-cache`: any
// cache may keep it and must ask again before reusing it, which costs a 304.
import { createHash } from "node:crypto";
import { type ApolloServer, HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { configure } from "safe-stable-stringify";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { sendError } from "../http/send-error.js";
import { currentRequest } from "../observability/request-scope.js";
import type { AnswerNotes } from "./cache-plugin.js";
import type { GraphClock } from "./graph-clock.js";
import type { PageDocuments } from "./page-documents.js";
import type { CachedAnswer, ResponseCache } from "./response-cache.js";
import { etagOf, matchesEtag, privateCacheControl, sharedCacheControl } from "./revalidate.js";

const stable = configure({ bigint: false, circularValue: Error, deterministic: true });

/** What one GraphQL request asks, as Apollo reads it from a GET's address or a POST's body. */
interface Asked {
  query: string | undefined;
  operationName: string | undefined;
  variables: unknown;
  extensions: unknown;
}

/** The request as `answerFromCache` read it, for `executeGraphql`. */
interface Reading {
  /** Null when it is not one request Apollo would read (a batch, another method): Apollo answers it as sent. */
  asked: Asked | null;
  /** Undefined when the request is not one the cache keeps (a token, not a query). */
  key: string | undefined;
  version: string;
}

export interface GraphqlRouteOptions {
  apollo: ApolloServer<Neo4jGraphQLContext>;
  /**
   * The context of one request (`http`: its Express request and response; none for the server's
   * own questions); `notes` is where the cache plugin says whether the answer may be kept.
   */
  context: (notes: AnswerNotes, http?: { req: Request; res: Response }) => Promise<Neo4jGraphQLContext>;
  cache: ResponseCache;
  clock: GraphClock;
  documents: PageDocuments;
}

/** The headers Apollo requires of a GET (its CSRF prevention): without one, Apollo refuses it. */
const preflightHeaders = ["x-apollo-operation-name", "apollo-require-preflight"];

const json = (value: string | undefined, name: string): unknown => {
  if (value === undefined || value === "") return undefined;
  try {
    return JSON.parse(value);
  } catch {
    throw new ThtError(ErrorCode.BadRequest, `${name}: the GET parameter is not valid JSON.`, {
      details: { argument: name },
    });
  }
};

const one = (value: unknown, name: string): string | undefined => {
  if (value === undefined) return undefined;
  if (typeof value === "string") return value;
  throw new ThtError(ErrorCode.BadRequest, `${name}: give it once, as one value.`, { details: { argument: name } });
};

/** The request's fields, `documentId` turned into the page's document it names. */
function readAsked(req: Request, documents: PageDocuments): Asked | null {
  const get = req.method === "GET";
  if (!get && req.method !== "POST") return null;
  const source = (get ? req.query : req.body) as Record<string, unknown> | undefined;
  if (!source || typeof source !== "object" || Array.isArray(source)) return null;
  const documentId = get ? one(source.documentId, "documentId") : source.documentId;
  let query = get ? one(source.query, "query") : source.query;
  if (documentId !== undefined) {
    const text = typeof documentId === "string" ? documents.text(documentId) : undefined;
    if (text === undefined)
      throw new ThtError(
        ErrorCode.PersistedQueryNotFound,
        `documentId: ${JSON.stringify(documentId)} is not one of the page's documents; send the query's text instead.`,
        { details: { argument: "documentId" } },
      );
    if (query !== undefined && query !== text)
      throw new ThtError(ErrorCode.BadRequest, "documentId and query name different documents: send one of them.", {
        details: { argument: "documentId" },
      });
    query = text;
  }
  const asked = {
    query,
    operationName: get ? one(source.operationName, "operationName") : source.operationName,
    variables: get ? json(one(source.variables, "variables"), "variables") : source.variables,
    extensions: get ? json(one(source.extensions, "extensions"), "extensions") : source.extensions,
  };
  // Anything else Apollo reads and refuses in its own words (a number for operationName, a list for variables).
  const object = (value: unknown) =>
    value === undefined || value === null || (typeof value === "object" && !Array.isArray(value));
  const text = (value: unknown) => value === undefined || value === null || typeof value === "string";
  if (!text(asked.query) || !text(asked.operationName) || !object(asked.variables) || !object(asked.extensions))
    return null;
  return {
    query: (asked.query ?? undefined) as string | undefined,
    operationName: (asked.operationName ?? undefined) as string | undefined,
    variables: asked.variables ?? undefined,
    extensions: asked.extensions ?? undefined,
  };
}

/**
 * The request's identity: the document (or its persisted hash), the operation, the variables, and
 * the media types it accepts (Apollo answers `application/graphql-response+json` to a client that
 * prefers it, `application/json` to the others).
 */
function keyOf(asked: Asked, accept: string): string | undefined {
  const persisted = (asked.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery
    ?.sha256Hash;
  const document = asked.query ?? (typeof persisted === "string" ? `apq:${persisted}` : undefined);
  if (document === undefined) return undefined;
  return createHash("sha256")
    .update(document)
    .update("\0")
    .update(asked.operationName ?? "")
    .update("\0")
    .update(stable(asked.variables ?? {}) ?? "")
    .update("\0")
    .update(accept)
    .digest("base64url");
}

function sendAnswer(res: Response, answer: CachedAnswer, outcome: string, etag: string | undefined) {
  // Apollo did not run for a kept answer: the request's log line and /metrics name it from here.
  const scope = currentRequest();
  if (scope && answer.operation && !scope.operation) scope.operation = answer.operation;
  res.status(answer.status);
  for (const [name, value] of answer.headers) res.setHeader(name, value);
  res.setHeader("x-cache", outcome);
  if (etag) {
    res.setHeader("etag", etag);
    res.setHeader("cache-control", sharedCacheControl);
  } else res.setHeader("cache-control", privateCacheControl);
  res.send(answer.body);
}

export function answerFromCache({ cache, clock, documents }: GraphqlRouteOptions): RequestHandler {
  return async (req, res, next) => {
    let asked: Asked | null;
    try {
      asked = readAsked(req, documents);
    } catch (error) {
      if (error instanceof ThtError) return sendError(res, error);
      throw error;
    }
    const get = req.method === "GET";
    const keeps =
      asked !== null &&
      cache.enabled &&
      req.headers.authorization === undefined &&
      (!get || preflightHeaders.some((name) => req.headers[name] !== undefined));
    const key = keeps && asked ? keyOf(asked, req.headers.accept ?? "") : undefined;
    const version = clock.current();
    const reading: Reading = { asked, key, version };
    res.locals.graphqlReading = reading;
    if (key === undefined) return next();
    const etag = get ? etagOf(version, key) : undefined;
    if (etag && matchesEtag(req.headers["if-none-match"], etag)) {
      cache.revalidated();
      res
        .status(304)
        .setHeader("etag", etag)
        .setHeader("cache-control", sharedCacheControl)
        .setHeader("x-cache", "hit");
      return res.end();
    }
    const kept = cache.peek(version, key);
    if (kept) return sendAnswer(res, kept, "hit", etag);
    next();
  };
}

export function executeGraphql(options: GraphqlRouteOptions): RequestHandler {
  const { apollo, cache, context } = options;
  return async (req: Request, res: Response, next: NextFunction) => {
    const reading = res.locals.graphqlReading as Reading | undefined;
    if (!reading) return next();
    const { asked, key, version } = reading;
    const run = () => execute(apollo, toApollo(req, asked), (notes) => context(notes, { req, res }));
    if (key === undefined) {
      cache.bypass();
      const { answer } = await run();
      return sendAnswer(res, answer, "bypass", undefined);
    }
    const { answer, outcome, kept } = await cache.answer(version, key, run);
    sendAnswer(res, answer, outcome, kept && req.method === "GET" ? etagOf(version, key) : undefined);
  };
}

/** Apollo's answer to one request, and whether the cache plugin found it fit to keep. */
async function execute(
  apollo: ApolloServer<Neo4jGraphQLContext>,
  httpGraphQLRequest: HTTPGraphQLRequest,
  context: (notes: AnswerNotes) => Promise<Neo4jGraphQLContext>,
): Promise<{ answer: CachedAnswer; keep: boolean }> {
  const notes: AnswerNotes = { keep: false };
  const answer = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => context(notes) });
  if (answer.body.kind !== "complete") throw new Error("incremental delivery is not enabled on /graphql");
  const headers: [string, string][] = [];
  for (const [name, value] of answer.headers) if (name !== "cache-control") headers.push([name, value]);
  const status = answer.status ?? 200;
  return {
    answer: { status, headers, body: answer.body.string, operation: notes.operation },
    keep: notes.keep && status === 200,
  };
}

/** What the page accepts (viz/src/data/api.ts): the warm-up's answers are kept under it. */
const pageAccept = "application/json";

/** What one of the page's questions answered, asked by the server itself. */
export interface PageAnswer {
  status: number;
  body: string;
  outcome: "hit" | "miss" | "joined";
}

/**
 * Asks one of the page's operations, by name, exactly as the page's GET names it (its persisted
 * document and these variables, no token), so that the answer is kept where the page's request
 * will find it: the warm-up's way of having the first view ready before the first visitor.
 */
export function askAsPage({ apollo, cache, clock, documents, context }: GraphqlRouteOptions) {
  return async (operation: string, variables: Record<string, unknown>): Promise<PageAnswer> => {
    const document = documents.byName(operation);
    if (!document) throw new Error(`${operation} is not one of the page's operations`);
    const asked: Asked = { query: document.text, operationName: undefined, variables, extensions: undefined };
    const key = keyOf(asked, pageAccept) as string;
    const version = clock.current();
    const kept = cache.peek(version, key);
    if (kept) return { status: kept.status, body: kept.body, outcome: "hit" };
    const headers = new HeaderMap([
      ["content-type", "application/json"],
      ["accept", pageAccept],
    ]);
    const { answer, outcome } = await cache.answer(version, key, () =>
      execute(apollo, { method: "POST", headers, search: "", body: { query: document.text, variables } }, context),
    );
    return { status: answer.status, body: answer.body, outcome };
  };
}

/** The request as Apollo reads it: a GET's address rebuilt when its document came by `documentId`. */
function toApollo(req: Request, asked: Asked | null): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  if (asked === null) {
    const search = req.originalUrl.includes("?") ? req.originalUrl.slice(req.originalUrl.indexOf("?")) : "";
    return { method: req.method.toUpperCase(), headers, search, body: req.body };
  }
  if (req.method === "GET") {
    const search = new URLSearchParams();
    if (asked.query !== undefined) search.set("query", asked.query);
    if (asked.operationName !== undefined) search.set("operationName", asked.operationName);
    if (asked.variables !== undefined) search.set("variables", JSON.stringify(asked.variables));
    if (asked.extensions !== undefined) search.set("extensions", JSON.stringify(asked.extensions));
    return { method: "GET", headers, search: `?${search}`, body: undefined };
  }
  const body = { ...(req.body as Record<string, unknown>) };
  delete body.documentId;
  if (asked.query !== undefined) body.query = asked.query;
  return { method: "POST", headers, search: "", body };
}
