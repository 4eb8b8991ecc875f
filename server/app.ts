// The HTTP server: probes, POST /graphql (Apollo Server on Express) and, later, the page.
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { expressMiddleware } from "@as-integrations/express5";
import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import express, { type Express } from "express";
import type { GraphQLSchema } from "graphql";
import type { Config } from "../core/config.js";
import type { Neo4jConnection } from "../core/neo4j/connect-neo4j.js";
import { readGraphStories } from "../seed/change/stories.js";
import { bearerToken } from "./auth/bearer-token.js";
import { examplesDocument } from "./examples-document.js";
import { exportRoutes } from "./export/export-routes.js";
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
}

export async function createApp(options: AppOptions): Promise<App> {
  const { config, connection } = options;
  const logger = options.logger ?? createLogger(config.observability);
  const metrics = createMetrics({ driver: connection.driver });
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
  let warm: "done" | "warming" = options.warmUp ? "warming" : "done";
  const warmedUp = options.warmUp
    ? warmUp({ apollo, context: requestContext, today: today() })
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
        })
    : Promise.resolve([]);

  const app = express();
  app.disable("x-powered-by");
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
  app.use(
    "/graphql",
    express.json({ limit: "100kb" }),
    limitTokens(queryLimits.tokens),
    expressMiddleware(apollo, {
      // @neo4j/graphql verifies `token` itself; a `jwt` here would be trusted unverified, so none is set.
      // `token` as @neo4j/graphql reads it ("Bearer " exactly): the scheme is case-insensitive.
      context: async ({ req, res }) => {
        const token = bearerToken(req.headers.authorization);
        return {
          ...requestContext(),
          token: token && `Bearer ${token}`,
          extendDeadline: res.locals.extendDeadline as ExtendDeadline | undefined,
        };
      },
    }),
  );
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
    }),
  );
  app.use(answerHttpErrors);
  return { express: app, apollo, warmedUp };
}
