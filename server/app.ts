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
import { examplesDocument } from "./examples-document.js";
import { exportRoutes } from "./export/export-routes.js";
import { GraphReader } from "./graph/graph-reader.js";
import { allowOrigins } from "./http/allow-origins.js";
import { answerHttpErrors } from "./http/answer-http-errors.js";
import { createFormatError } from "./http/create-format-error.js";
import { limitTokens } from "./http/limit-tokens.js";
import { queryLimits } from "./http/query-limits.js";
import { servePage } from "./page/serve-page.js";
import { queryLimitRules } from "./plugins/query-limit-rules.js";
import { requireEditorForMutations } from "./plugins/require-editor-for-mutations.js";
import { checkReadiness } from "./readiness.js";
import { strictDates } from "./schema-parts/strict-date.js";

export interface AppOptions {
  config: Config;
  connection: Neo4jConnection;
  schema: GraphQLSchema;
  /** Whether the seed graph is loaded; /readyz stays 503 until it is. */
  graphLoaded: () => Promise<boolean>;
}

export interface App {
  express: Express;
  apollo: ApolloServer<Neo4jGraphQLContext>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const { config, connection } = options;
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
    }),
    plugins: [
      requireEditorForMutations(config.auth),
      config.graphql.sandbox
        ? ApolloServerPluginLandingPageLocalDefault({ footer: false, document: examplesDocument() })
        : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.get("/healthz", (_req, res) => {
    res.json({ status: "alive" });
  });
  app.get("/readyz", async (_req, res) => {
    const report = await checkReadiness(connection, options.graphLoaded);
    res.status(report.ready ? 200 : 503).json(report);
  });
  // Cross-origin pages on the allow-list (CORS_ORIGINS); preflights are answered here, before
  // Apollo's CSRF prevention, which would refuse an OPTIONS request.
  app.use(["/graphql", "/export"], allowOrigins(config.graphql.corsOrigins));
  app.use(
    "/graphql",
    express.json({ limit: "100kb" }),
    limitTokens(queryLimits.tokens),
    expressMiddleware(apollo, {
      // @neo4j/graphql verifies `token` itself; a `jwt` here would be trusted unverified, so none is set.
      context: async ({ req }) => ({
        token: req.headers.authorization,
        sessionConfig: { database: connection.database },
        transaction: { timeout: config.neo4j.queryTimeoutMs, metadata: { app: "tht-graph" } },
      }),
    }),
  );
  app.use(exportRoutes(new GraphReader({ driver: connection.driver, database: connection.database })));
  app.use(servePage());
  app.use(answerHttpErrors);
  return { express: app, apollo };
}
