// The driver's connection pool, read for /metrics. neo4j-driver 6 has no public pool statistics, so
// this reads the pool its connection provider keeps (neo4j-driver-core/lib/internal/pool/pool.js),
// duck-typed: should a driver release move it, the figures are absent rather than wrong
// (test/unit/observability/neo4j-pool.test.ts notices).
import type { Driver } from "neo4j-driver";

export interface PoolStats {
  /** Connections lent to sessions and transactions now. */
  inUse: number;
  /** Open connections waiting in the pool. */
  idle: number;
  /** Sessions waiting for a connection (the pool is full). */
  waiting: number;
}

interface InternalPool {
  _activeResourceCounts?: Record<string, number>;
  _pools?: Record<string, { length?: number }>;
  _acquireRequests?: Record<string, unknown[]>;
}

/** Summed over every server the driver talks to (a cluster has several); undefined before the first query. */
export function neo4jPoolStats(driver: Driver): PoolStats | undefined {
  const provider = (driver as unknown as { _connectionProvider?: { _connectionPool?: InternalPool } | null })
    ._connectionProvider;
  const pool = provider?._connectionPool;
  if (!pool || typeof pool._activeResourceCounts !== "object" || typeof pool._pools !== "object") return undefined;
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    inUse: sum(Object.values(pool._activeResourceCounts ?? {})),
    idle: sum(Object.values(pool._pools ?? {}).map((p) => (typeof p.length === "number" ? p.length : 0))),
    waiting: sum(Object.values(pool._acquireRequests ?? {}).map((r) => (Array.isArray(r) ? r.length : 0))),
  };
}
