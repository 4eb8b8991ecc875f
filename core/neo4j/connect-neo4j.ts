// One code path for the app, the seed command and the tests to reach Neo4j: the user's NEO4J_URI
// when set, otherwise the project's local Neo4j started as a child process.
import neo4j, { type Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { ErrorCode } from "../errors/error-code.js";
import { fromDatabaseError } from "../errors/from-database-error.js";
import { ThtError } from "../errors/tht-error.js";
import { assertPortFree, type LocalNeo4j, startLocalNeo4j } from "./start-local-neo4j.js";

export interface Neo4jConnection {
  readonly driver: Driver;
  readonly uri: string;
  readonly database: string;
  /** Present when tht-graph started Neo4j itself; closing the connection stops it. */
  readonly local: LocalNeo4j | undefined;
  close(): Promise<void>;
}

/**
 * Driver timeouts are short so that, while Neo4j is down, a request fails within seconds with
 * DATABASE_UNAVAILABLE instead of hanging for the driver's 30-60 s defaults. The retry budget is
 * checked before each back-off (1 s, then 2 s, 4 s … ±20%), so 1 s of it means at most two retries,
 * the last starting about 3.6 s in; 3 s of it allowed a third, 4 s later (7-8 s in all).
 */
export function createDriver(uri: string, config: Config["neo4j"]): Driver {
  // A Neo4j with auth off accepts any credentials, so basic auth fits both cases.
  return neo4j.driver(uri, neo4j.auth.basic(config.user, config.password), {
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 4_000,
    maxTransactionRetryTime: 1_000,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: true,
    userAgent: "tht-graph",
  });
}

/** Retries until Bolt answers; fails at once on bad credentials, after `timeoutMs` otherwise. */
export async function waitForNeo4j(driver: Driver, uri: string, database: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      // verifyConnectivity does not retry by itself, so the deadline below is the real limit.
      await driver.verifyConnectivity({ database });
      return;
    } catch (error) {
      const mapped = fromDatabaseError(error, uri);
      if (mapped.code === ErrorCode.DatabaseAuthFailed) throw mapped;
      if (Date.now() >= deadline) {
        throw new ThtError(
          mapped.code,
          `Neo4j at ${uri} did not answer within ${timeoutMs / 1000} s (${mapped.message}); is it running, and is NEO4J_URI right?`,
          { cause: error },
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

export interface ConnectOptions {
  /**
   * Without NEO4J_URI, use the local Neo4j that is already running on NEO4J_LOCAL_PORT (a running
   * `npm start`'s) instead of refusing with PORT_IN_USE: how `npm run seed` loads into a running server.
   */
  joinRunning?: boolean;
}

/** The local Neo4j of a running server, if one answers on its port. */
async function runningLocal(config: Config): Promise<string | undefined> {
  try {
    await assertPortFree(config.localNeo4j.port);
    return undefined;
  } catch {
    const uri = `bolt://127.0.0.1:${config.localNeo4j.port}`;
    const probe = createDriver(uri, config.neo4j);
    try {
      await waitForNeo4j(probe, uri, config.neo4j.database, 3_000);
      return uri;
    } catch {
      return undefined;
    } finally {
      await probe.close();
    }
  }
}

export async function connectNeo4j(
  config: Config,
  log?: (line: string) => void,
  options: ConnectOptions = {},
): Promise<Neo4jConnection> {
  const joined = !config.neo4j.uri && options.joinRunning ? await runningLocal(config) : undefined;
  if (joined) log?.(`using the local Neo4j already running at ${joined} (a running npm start's)`);
  const local =
    config.neo4j.uri || joined
      ? undefined
      : await startLocalNeo4j(config.localNeo4j, { password: config.neo4j.password, log });
  const uri = config.neo4j.uri ?? joined ?? (local as LocalNeo4j).uri;
  const driver = createDriver(uri, config.neo4j);
  const close = async () => {
    await driver.close();
    await local?.stop();
  };
  try {
    await waitForNeo4j(driver, uri, config.neo4j.database, config.neo4j.connectTimeoutMs);
  } catch (error) {
    await close();
    throw error;
  }
  return { driver, uri, database: config.neo4j.database, local, close };
}
