// The HTTP server: probes, /graphql (Apollo Server on Express, through the response cache), the
// exports, the source documents and the page.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import express, { type Express } from "express";
import type { GraphQLSchema } from "graphql";
import type { Config } from "../core/config.js";
import type { Neo4jConnection } from "../core/neo4j/connect-neo4j.js";
import { graphVersion } from "../seed/change/history.js";
import { readGraphStories } from "../seed/change/stories.js";
import { bearerToken } from "./auth/bearer-token.js";
import { cachePlugin } from "./cache/cache-plugin.js";
import { createGraphClock, type GraphClock } from "./cache/graph-clock.js";
import { answerFromCache, askAsPage, executeGraphql, type GraphqlRouteOptions } from "./cache/graphql-route.js";
import { readPageDocuments } from "./cache/page-documents.js";
import { createResponseCache, type ResponseCache } from "./cache/response-cache.js";
import { revalidate } from "./cache/revalidate.js";
import { examplesDocument } from "./examples-document.js";
import { exportRoutes } from "./export/export-routes.js";
import { presentElements } from "./graph/present-elements.js";
import { today } from "./graph/time-of.js";
import { allowOrigins } from "./http/allow-origins.js";
import { answerHttpErrors } from "./http/answer-http-errors.js";
import { answerWithin, type ExtendDeadline } from "./http/answer-within.js";
import { createFormatError } from "./http/create-format-error.js";
import { limitRate } from "./http/limit-rate.js";
import { limitTokens } from "./http/limit-tokens.js";
import { costOptions, queryLimits } from "./http/query-limits.js";
import { createLogger, type Logger } from "./observability/logger.js";
import { createMetrics } from "./observability/metrics.js";
import { metricsRoute } from "./observability/metrics-route.js";
import { observeOperations } from "./observability/observe-operations.js";
import { observeRequests } from "./observability/observe-requests.js";
import { reportError } from "./observability/report-error.js";
import { servePage } from "./page/serve-page.js";
import { sourceDocumentRoutes } from "./page/source-document.js";
import { type WarmUpStep, warmUp } from "./page/warm-up.js";
import { guardArguments } from "./plugins/guard-arguments.js";
import { queryLimitRules } from "./plugins/query-limit-rules.js";
import { reportCost } from "./plugins/report-cost.js";
import { requireEditorForMutations } from "./plugins/require-editor-for-mutations.js";
import { checkReadiness } from "./readiness.js";
import { strictDates } from "./schema-parts/strict-date.js";

export interface AppOptions {
  config: Config;
  connection: Neo4jConnection;
  schema: GraphQLSchema;
  /** Whether the seed graph is loaded; /readyz stays 503 until it is. */
  graphLoaded: () => Promise<boolean>;
  /** Where request lines and masked errors go; default: JSON on stdout at LOG_LEVEL. */
  logger?: Logger;
  /**
   * Ask the page's first questions once at start (server/page/warm-up.ts), /readyz 503 with
   * `warm: "warming"` until they are answered. `npm start` does; in-process tests need not.
   */
  warmUp?: boolean;
}

export interface App {
  express: Express;
  apollo: ApolloServer<Neo4jGraphQLContext>;
  /** The warm-up's questions and how long each took; settled at once without `warmUp`. */
  warmedUp: Promise<WarmUpStep[]>;
  /** The answers kept per graph version, and the clock that says which version is current. */
  cache: ResponseCache;
  clock: GraphClock;
  /** Stops reading the graph's version (the server is closing). */
  close(): void;
}

/** The release answers are made by: part of every cached answer's version and ETag. */
const release: string = (
  JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), "..", "package.json"), "utf8")) as {
    version: string;
  }
).version;

export async function createApp(options: AppOptions): Promise<App> {
  const { config, connection } = options;
  const logger = options.logger ?? createLogger(config.observability);
  const cache = createResponseCache(config.cache.maxBytes);
  const metrics = createMetrics({ driver: connection.driver, cache: () => cache.stats() });
  const clock = createGraphClock({
    read: () => graphVersion(connection.driver, connection.database),
    pollMs: config.cache.revisionPollMs,
    build: release,
    onError: (error) =>
      logger.debug(`graph version not read: ${error instanceof Error ? error.message : String(error)}`),
  });
  clock.onChange((version) => cache.moveTo(version));
  const apollo = new ApolloServer<Neo4jGraphQLContext>({
    schema: options.schema,
    // Apollo would otherwise read NODE_ENV itself; config.ts is the only reader of the environment.
    nodeEnv: config.env,
    introspection: config.graphql.introspection,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: config.env === "development",
    validationRules: [strictDates, ...queryLimitRules(queryLimits)],
    // A backstop for documents that do not come through Express (limitTokens answers those).
    parseOptions: { maxTokens: queryLimits.tokens },
    formatError: createFormatError({
      production: config.env === "production",
      where: `database "${connection.database}"`,
      report: reportError,
    }),
    plugins: [
      observeOperations(),
      cachePlugin(clock),
      requireEditorForMutations(config.auth),
      guardArguments(),
      reportCost(costOptions),
      config.graphql.sandbox
        ? ApolloServerPluginLandingPageLocalDefault({ footer: false, document: examplesDocument() })
        : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  // What every operation runs with, a request's token and deadline aside.
  const requestContext = (): Neo4jGraphQLContext => ({
    sessionConfig: { database: connection.database },
    transaction: { timeout: config.neo4j.queryTimeoutMs, metadata: { app: "tht-graph" } },
  });
  await clock.start();
  const route: GraphqlRouteOptions = {
    apollo,
    cache,
    clock,
    documents: readPageDocuments(),
    // @neo4j/graphql verifies `token` itself; a `jwt` here would be trusted unverified, so none is set.
    // `token` as @neo4j/graphql reads it ("Bearer " exactly): the scheme is case-insensitive.
    context: async (notes, http) => {
      const token = bearerToken(http?.req.headers.authorization);
      return {
        ...requestContext(),
        cacheNotes: notes,
        token: token && `Bearer ${token}`,
        extendDeadline: http?.res.locals.extendDeadline as ExtendDeadline | undefined,
      };
    },
  };
  const ask = askAsPage(route);
  let warm: "done" | "warming" = options.warmUp ? "warming" : "done";
  const warmedUp = options.warmUp
    ? warmUp({ ask, today: today() })
        .then((steps) => {
          const ms = steps.reduce((sum, step) => sum + step.ms, 0);
          logger.info(`warmed up: the page's first ${steps.length} questions asked in ${ms} ms`);
          return steps;
        })
        .catch((error: unknown) => {
          // Not fatal: the first visitor pays for what was not planned.
          logger.warn(`warm-up failed: ${error instanceof Error ? error.message : String(error)}`);
          return [];
        })
        .finally(() => {
          warm = "done";
          // From now on each new version's first view is asked once, in the background.
          clock.onChange(() => rewarm());
        })
    : Promise.resolve([]);
  let rewarming: Promise<unknown> | null = null;
  let again = false;
  const rewarm = () => {
    if (rewarming) {
      again = true;
      return;
    }
    rewarming = warmUp({ ask, today: today(), firstViewOnly: true })
      .catch((error: unknown) =>
        logger.warn(`warm-up after a new revision failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => {
        rewarming = null;
        if (again) {
          again = false;
          rewarm();
        }
      });
  };

  const app = express();
  app.disable("x-powered-by");
  // ETags come from the graph's version (server/cache/revalidate.ts), not from hashing each body.
  app.set("etag", false);
  // Whose address req.ip is: the TCP peer's unless TRUST_PROXY names the proxies in front.
  app.set("trust proxy", config.rateLimit.trustProxy);
  app.use(observeRequests({ logger, metrics }));
  app.get("/metrics", metricsRoute(metrics, config.observability.metricsToken));
  app.get("/healthz", (_req, res) => {
    res.json({ status: "alive" });
  });
  app.get("/readyz", async (_req, res) => {
    const report = await checkReadiness(connection, options.graphLoaded, warm);
    res.status(report.ready ? 200 : 503).json(report);
  });
  // Cross-origin pages on the allow-list (CORS_ORIGINS); preflights are answered here, before
  // Apollo's CSRF prevention, which would refuse an OPTIONS request.
  app.use(["/graphql", "/export"], allowOrigins(config.graphql.corsOrigins));
  // Per client address (RATE_LIMIT_PER_MINUTE); the probes and the page are not counted.
  // The source documents read Neo4j too: counted and bounded the same way.
  app.use(["/graphql", "/export", "/sources"], limitRate(config.rateLimit.perMinute));
  // An answer within the query timeout and 2 s more, even from a paused or unreachable Neo4j.
  app.use(["/graphql", "/export", "/sources"], answerWithin(config.neo4j.queryTimeoutMs + 2_000));
  // A kept answer (or a 304) goes out before the document is even counted: it was counted when kept.
  app.use(
    "/graphql",
    express.json({ limit: "100kb" }),
    answerFromCache(route),
    limitTokens(queryLimits.tokens),
    executeGraphql(route),
  );
  // What stays the same until the graph changes: a 304 for a client that holds the current answer.
  app.use(["/export", "/sources", "/stories"], revalidate(clock));
  app.use(
    exportRoutes({
      // The counts run under the query timeout; the stream under EXPORT_TIMEOUT_MS, a slow download included.
      target: { driver: connection.driver, database: connection.database, timeoutMs: config.neo4j.queryTimeoutMs },
      maxElements: config.exports.maxElements,
      timeoutMs: config.exports.timeoutMs,
    }),
  );
  app.use(
    sourceDocumentRoutes({
      driver: connection.driver,
      database: connection.database,
      timeoutMs: config.neo4j.queryTimeoutMs,
    }),
  );
  app.use(
    servePage({
      oidc: config.auth.oidc ?? null,
      savedStories: () => readGraphStories(connection.driver, connection.database),
      present: (ids) => presentElements(connection.driver, connection.database, ids),
    }),
  );
  app.use(answerHttpErrors);
  return { express: app, apollo, warmedUp, cache, clock, close: () => clock.stop() };
}
