// The real Express app (createApp) with the schema main.ts builds, listening on a free port and
// talking to the test run's Neo4j, or to `uri` (e.g. a port where nothing answers).
import type { Server } from "node:http";
import type { Driver } from "neo4j-driver";
import { type Config, loadConfig } from "../../core/config.js";
import { createDriver } from "../../core/neo4j/connect-neo4j.js";
import { type App, createApp } from "../../server/app.js";
import { createHttpServer } from "../../server/http/create-http-server.js";
import { createLogger } from "../../server/observability/logger.js";
import { requestLog } from "../../server/observability/request-scope.js";
import type { WarmUpStep } from "../../server/page/warm-up.js";
import { buildSchema } from "../../server/schema.js";
import { freePort } from "./free-port.js";
import { testNeo4j } from "./test-neo4j.js";

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body, when there is one. */
  json: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
    extensions?: Record<string, unknown>;
  };
}

export interface RunningApp {
  url: string;
  config: Config;
  driver: Driver;
  /** POSTs a GraphQL request as JSON; `body` may be anything, to test what the server does with it. */
  post(body: unknown, headers?: Record<string, string>): Promise<HttpAnswer>;
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<HttpAnswer>;
  fetch(path: string, init?: RequestInit): Promise<HttpAnswer>;
  /** What the warm-up asked (`warmUp` in startApp's options), or [] without it. */
  warmedUp: Promise<WarmUpStep[]>;
  /** Every line the app has logged so far, parsed (kept in memory, not printed). */
  logs(): Record<string, unknown>[];
  /** The app's response cache and graph clock (server/cache/). */
  cache: App["cache"];
  clock: App["clock"];
  close(): Promise<void>;
}

export async function startApp(
  env: Record<string, string> = {},
  options: { uri?: string; driver?: Driver; warmUp?: boolean } = {},
): Promise<RunningApp> {
  const neo = testNeo4j();
  const uri = options.uri ?? neo.uri;
  const config = loadConfig({
    NODE_ENV: "test",
    // Every request of a test comes from 127.0.0.1: the rate limit's own test sets a small one.
    RATE_LIMIT_PER_MINUTE: "1000000",
    // A cold Neo4j on a busy 2-core machine can take longer than the 10 s default for a first query;
    // tests of the deadline itself set their own.
    NEO4J_QUERY_TIMEOUT_MS: "30000",
    NEO4J_URI: uri,
    NEO4J_USER: neo.user,
    NEO4J_PASSWORD: neo.password,
    NEO4J_DATABASE: neo.database,
    ...env,
  });
  const driver = options.driver ?? createDriver(uri, config.neo4j);
  const connection = { driver, uri, database: neo.database, local: undefined, close: () => driver.close() };
  const lines: string[] = [];
  const logger = createLogger(config.observability, { write: (line: string) => void lines.push(line) });
  const schema = await buildSchema({
    driver,
    database: neo.database,
    auth: config.auth,
    queryTimeoutMs: config.neo4j.queryTimeoutMs,
    networkMaxElements: config.network.maxElements,
    centralityDeadlineMs: config.network.centralityDeadlineMs,
    log: (line) => requestLog(logger).info(line),
  });
  const app = await createApp({
    config,
    connection,
    schema,
    graphLoaded: async () => true,
    logger,
    warmUp: options.warmUp,
  });
  const port = await freePort();
  const server = await new Promise<Server>((resolve) => {
    const listening = createHttpServer(app.express).listen(port, "127.0.0.1", () => resolve(listening));
  });
  const url = `http://127.0.0.1:${port}`;
  const call = async (path: string, init: RequestInit = {}): Promise<HttpAnswer> => {
    const response = await globalThis.fetch(`${url}${path}`, init);
    const text = await response.text();
    let json: HttpAnswer["json"] = {};
    try {
      json = JSON.parse(text) as HttpAnswer["json"];
    } catch {
      // Not JSON: tests look at `text`.
    }
    return { status: response.status, headers: response.headers, text, json };
  };
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    call("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  return {
    url,
    config,
    driver,
    post,
    gql: (query, variables = {}, headers = {}) => post({ query, variables }, headers),
    fetch: call,
    warmedUp: app.warmedUp,
    cache: app.cache,
    clock: app.clock,
    logs: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      app.close();
      await app.apollo.stop();
      await driver.close();
    },
  };
}
