// The HTTP server: probes, POST /graphql (Apollo Server on Express) and, later, the page.
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import type { GraphQLSchema } from "graphql";
import type { Config } from "./config.js";
import type { Neo4jConnection } from "./neo4j/connect-neo4j.js";
import { checkReadiness } from "./readiness.js";

export interface AppOptions {
  config: Config;
  connection: Neo4jConnection;
  schema: GraphQLSchema;
  /** Whether the seed graph is loaded; /readyz stays 503 until it is. */
  graphLoaded: () => Promise<boolean>;
}

export interface App {
  express: Express;
  apollo: ApolloServer;
}

export async function createApp(options: AppOptions): Promise<App> {
  const { connection } = options;
  const apollo = new ApolloServer({ schema: options.schema });
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
  app.use(
    "/graphql",
    express.json({ limit: "100kb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        token: req.headers.authorization,
        sessionConfig: { database: connection.database },
      }),
    }),
  );
  return { express: app, apollo };
}
