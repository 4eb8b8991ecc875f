// `npm start`: reach Neo4j (NEO4J_URI, or the local one started here), then serve on PORT.
// Ctrl-C / SIGTERM stop the HTTP server, the driver and the local Neo4j, in that order.
import type { Server } from "node:http";
import { loadConfig } from "../core/config.js";
import { ErrorCode } from "../core/errors/error-code.js";
import { reportFatal } from "../core/errors/report-fatal.js";
import { ThtError } from "../core/errors/tht-error.js";
import { connectNeo4j } from "../core/neo4j/connect-neo4j.js";
import { migrateGraph } from "../core/neo4j/graph-migrations.js";
import { loadSeed } from "../seed/live/load-seed.js";
import { readSeed } from "../seed/read-seed.js";
import { seedLoaded } from "../seed/write/seed-loaded.js";
import { createApp } from "./app.js";
import { createHttpServer } from "./http/create-http-server.js";
import { createLogger } from "./observability/logger.js";
import { requestLog } from "./observability/request-scope.js";
import { buildSchema } from "./schema.js";

async function main(): Promise<void> {
  const config = loadConfig();
  // JSON lines on stdout; each startup line's `msg` is the sentence it always was.
  const logger = createLogger(config.observability);
  const log = (message: string) => logger.info(message);
  log(config.neo4j.uri ? `connecting to Neo4j at ${config.neo4j.uri}` : "starting the local Neo4j");
  const connection = await connectNeo4j(config);
  let server: Server | undefined;
  let closeApp = () => {};
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server?.closeAllConnections();
    closeApp();
    await connection.close();
    log("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  try {
    // An empty database gets the seed graph; a loaded one is left alone, edits included.
    if (await seedLoaded(connection.driver, connection.database)) {
      // A graph loaded by an older version: stored values brought up to date (core/neo4j/graph-migrations.ts).
      await migrateGraph(connection.driver, connection.database);
    } else {
      log("the graph is empty: loading the seed (npm run seed -- --reset replaces it later)");
      const { written, revision } = await loadSeed(connection.driver, readSeed(), {
        database: connection.database,
        settle: "files-win",
        reason: "npm start: the graph was empty",
      });
      log(`seeded ${written?.nodes} records and ${written?.relationships} relationships as ${revision}`);
    }
    const schema = await buildSchema({
      driver: connection.driver,
      database: connection.database,
      auth: config.auth,
      queryTimeoutMs: config.neo4j.queryTimeoutMs,
      networkMaxElements: config.network.maxElements,
      centralityDeadlineMs: config.network.centralityDeadlineMs,
      // Revisions are logged under the id of the request that wrote them.
      log: (line) => requestLog(logger).info(line),
    });
    if (!config.auth.secret && !config.auth.jwksUrl)
      logger.warn("neither JWT_SECRET nor JWKS_URL is set: mutations are refused");
    if (config.env === "production" && !config.observability.metricsToken)
      logger.warn("METRICS_TOKEN is not set: GET /metrics is open to anyone who can reach the port");
    const graphLoaded = () => seedLoaded(connection.driver, connection.database);
    const app = await createApp({ config, connection, schema, graphLoaded, logger, warmUp: true });
    closeApp = app.close;
    server = await new Promise<Server>((resolve, reject) => {
      const listening = createHttpServer(app.express).listen(config.port, config.host, () => resolve(listening));
      listening.once("error", (error: NodeJS.ErrnoException) =>
        reject(
          error.code === "EADDRINUSE"
            ? new ThtError(
                ErrorCode.PortInUse,
                `PORT ${config.port} on ${config.host} is already in use; stop whatever holds it or set PORT.`,
              )
            : error,
        ),
      );
    });
  } catch (error) {
    await connection.close();
    throw error;
  }
  log(`ready: http://${config.host}:${config.port}/ (GraphQL at /graphql, Neo4j at ${connection.uri})`);
}

main().catch((error: unknown) => reportFatal({ program: "", failed: "could not start" }, error));
