// GET /readyz: ready only when Neo4j answers, the graph has been loaded and the page's first
// questions have been asked once (server/page/warm-up.ts).
import neo4j from "neo4j-driver";
import { ErrorCode } from "../core/errors/error-code.js";
import { fromDatabaseError } from "../core/errors/from-database-error.js";
import { ThtError } from "../core/errors/tht-error.js";
import type { Neo4jConnection } from "../core/neo4j/connect-neo4j.js";

export interface ReadinessReport {
  ready: boolean;
  neo4j: "up" | "down";
  graph: "loaded" | "empty" | "unknown";
  /** Whether the warm-up is still asking the page's first questions. */
  warm: "done" | "warming";
  code?: string;
}

/** `graphLoaded` answers whether the seed graph is in place; it runs only once Neo4j answers. */
export async function checkReadiness(
  connection: Pick<Neo4jConnection, "driver" | "uri" | "database">,
  graphLoaded: () => Promise<boolean>,
  warm: "done" | "warming" = "done",
  timeoutMs = 1_500,
): Promise<ReadinessReport> {
  // One query in an auto-commit transaction: one attempt (executeQuery would retry for
  // maxTransactionRetryTime), and a real answer from the database. verifyConnectivity only RESETs a
  // pooled connection, which a Neo4j that is shutting down still answers for seconds.
  const session = connection.driver.session({ database: connection.database, defaultAccessMode: neo4j.session.READ });
  try {
    await withTimeout(session.run("RETURN 1").summary(), timeoutMs);
  } catch (error) {
    return {
      ready: false,
      neo4j: "down",
      graph: "unknown",
      warm,
      code: fromDatabaseError(error, connection.uri).code,
    };
  } finally {
    void session.close().catch(() => {});
  }
  const loaded = await withTimeout(graphLoaded(), timeoutMs).catch(() => false);
  return { ready: loaded && warm === "done", neo4j: "up", graph: loaded ? "loaded" : "empty", warm };
}

/** Probes must answer fast even while Neo4j hangs: a load balancer waits for nobody. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ThtError(ErrorCode.DatabaseUnavailable, `Neo4j did not answer within ${ms} ms.`)),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
