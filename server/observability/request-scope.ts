// What one request carries while it runs: its id, its logger (every line carries the id), its
// GraphQL operation and the error codes it answered. AsyncLocalStorage lets formatError and the
// resolvers reach it without threading it through @neo4j/graphql.
import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger } from "./logger.js";

export interface RequestScope {
  readonly id: string;
  readonly log: Logger;
  /** The GraphQL operation's name, once Apollo has resolved it. */
  operation?: string;
  /** Every error code the request answered, in order. */
  readonly codes: string[];
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(scope: RequestScope, run: () => T): T {
  return storage.run(scope, run);
}

export function currentRequest(): RequestScope | undefined {
  return storage.getStore();
}

/** The request's logger inside a request, `fallback` outside one (startup, background work). */
export function requestLog(fallback: Logger): Logger {
  return storage.getStore()?.log ?? fallback;
}
