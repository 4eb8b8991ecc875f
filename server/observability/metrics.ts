// What GET /metrics exposes, in Prometheus's text format (prom-client): requests and their latency
// by route and GraphQL operation, answers by error code, the Neo4j pool, and prom-client's default
// process metrics (event-loop lag, heap, CPU, file descriptors).
import type { Driver } from "neo4j-driver";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { neo4jPoolStats } from "./neo4j-pool.js";

export interface RequestObservation {
  route: string;
  operation: string;
  status: number;
  codes: readonly string[];
  seconds: number;
}

export interface Metrics {
  readonly registry: Registry;
  observeRequest(observation: RequestObservation): void;
}

/** Operation names come from clients: past this many distinct ones, new names count as "(other)". */
const maxOperations = 200;
const operationName = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

/** What the response cache has done (server/cache/response-cache.ts `stats`), read at each scrape. */
export interface CacheCounts {
  hits: number;
  revalidated: number;
  misses: number;
  joined: number;
  bypasses: number;
  entries: number;
  bytes: number;
}

export function createMetrics(options: { driver?: Driver; cache?: () => CacheCounts } = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labelNames = ["route", "operation"] as const;
  const requests = new Counter({
    name: "tht_http_requests_total",
    help: "HTTP requests answered, by route, GraphQL operation, status and first error code ('' when none)",
    labelNames: [...labelNames, "status", "code"],
    registers: [registry],
  });
  const duration = new Histogram({
    name: "tht_http_request_duration_seconds",
    help: "Time from the request's arrival to the last byte of its answer, by route and GraphQL operation",
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const errors = new Counter({
    name: "tht_errors_total",
    help: "Errors answered, by code (a GraphQL answer can carry several) and route",
    labelNames: ["route", "code"],
    registers: [registry],
  });
  if (options.driver) {
    const driver = options.driver;
    new Gauge({
      name: "tht_neo4j_pool_connections",
      help: "Neo4j driver connections: in_use (lent to a query) or idle (open in the pool)",
      labelNames: ["state"],
      registers: [registry],
      collect() {
        const stats = neo4jPoolStats(driver);
        this.set({ state: "in_use" }, stats?.inUse ?? 0);
        this.set({ state: "idle" }, stats?.idle ?? 0);
      },
    });
    new Gauge({
      name: "tht_neo4j_pool_waiting",
      help: "Queries waiting for a Neo4j connection because the pool is full",
      registers: [registry],
      collect() {
        this.set(neo4jPoolStats(driver)?.waiting ?? 0);
      },
    });
  }
  if (options.cache) {
    const counts = options.cache;
    new Counter({
      name: "tht_response_cache_requests_total",
      help: "GraphQL requests by what the response cache did: hit (304s included), miss, joined (waited for the same question), bypass (a token, a mutation, not a query)",
      labelNames: ["outcome"],
      registers: [registry],
      collect() {
        const c = counts();
        this.reset();
        this.inc({ outcome: "hit" }, c.hits);
        this.inc({ outcome: "miss" }, c.misses);
        this.inc({ outcome: "joined" }, c.joined);
        this.inc({ outcome: "bypass" }, c.bypasses);
      },
    });
    new Gauge({
      name: "tht_response_cache_bytes",
      help: "Bytes of answers the response cache holds (bounded by CACHE_MAX_MB)",
      registers: [registry],
      collect() {
        this.set(counts().bytes);
      },
    });
    new Gauge({
      name: "tht_response_cache_entries",
      help: "Answers the response cache holds",
      registers: [registry],
      collect() {
        this.set(counts().entries);
      },
    });
  }
  const seen = new Set<string>();
  const operationLabel = (name: string) => {
    if (name === "" || seen.has(name)) return name;
    if (!operationName.test(name) && name !== "(anonymous)") return "(other)";
    if (seen.size >= maxOperations) return "(other)";
    seen.add(name);
    return name;
  };
  return {
    registry,
    observeRequest({ route, operation, status, codes, seconds }) {
      const op = operationLabel(operation);
      requests.inc({ route, operation: op, status: String(status), code: codes[0] ?? "" });
      duration.observe({ route, operation: op }, seconds);
      for (const code of codes) errors.inc({ route, code });
    },
  };
}
