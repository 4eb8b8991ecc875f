// The only reader of process.env in tht-graph. Everything else takes the typed, frozen Config.
import { isIP } from "node:net";
import { resolve } from "node:path";
import { z } from "zod";
import { ErrorCode } from "./errors/error-code.js";
import { ThtError } from "./errors/tht-error.js";

const port = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a port number (1-65535)` })
    .int(`${name} must be a whole port number (1-65535)`)
    .min(1, `${name} must be a port number (1-65535)`)
    .max(65535, `${name} must be a port number (1-65535)`)
    .default(fallback);

const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no"], { error: "must be true or false" })
    .transform((v) => v === "true" || v === "1" || v === "yes")
    .default(fallback);

/** Unset means "the default for NODE_ENV" (on in development and test, off in production). */
const optionalFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"], { error: "must be true or false" })
  .transform((v) => v === "true" || v === "1" || v === "yes")
  .optional();

const memory = z.string().regex(/^\d+[kmgKMG]?$/, "must be a size such as 512m or 2g");

/** Express's names for the proxies' own ranges (proxy-addr). */
const proxyRangeNames = new Set(["loopback", "linklocal", "uniquelocal"]);

const proxyAddress = (entry: string) => {
  if (proxyRangeNames.has(entry)) return true;
  const [address = "", prefix, ...rest] = entry.split("/");
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
};

/** Express's "trust proxy": none, a number of hops, or the proxies' addresses; never every proxy. */
const trustProxy = z
  .string()
  .refine((v) => !/^(true|yes)$/i.test(v), {
    error:
      "must name the proxies (a number of hops, or their addresses): true would let any client choose the address it is rate-limited by",
  })
  .transform((v): false | number | string[] => {
    if (/^(false|no|0)$/i.test(v)) return false;
    if (/^\d+$/.test(v)) return Number(v);
    return v
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
  })
  .refine((v) => !Array.isArray(v) || (v.length > 0 && v.every(proxyAddress)), {
    error: "must be a number of proxy hops (1), or addresses and subnets such as 10.0.0.1, 10.0.0.0/8, loopback",
  });

const boltUri = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return /^(bolt|neo4j)(\+s|\+ssc)?:$/.test(url.protocol) && url.hostname !== "";
  } catch {
    return false;
  }
}, "must be a Neo4j URI such as bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io");

const env = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port("PORT", 4000),
  NEO4J_URI: boltUri.optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  NEO4J_LOCAL_PORT: port("NEO4J_LOCAL_PORT", 7687),
  NEO4J_LOCAL_DATA: z.string().min(1).default(".data/neo4j"),
  NEO4J_LOCAL_AUTH: flag(false),
  NEO4J_HEAP: memory.default("1g"),
  NEO4J_PAGECACHE: memory.default("512m"),
  NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  CENTRALITY_DEADLINE_MS: z.coerce.number().int().positive().default(30_000),
  NETWORK_MAX_ELEMENTS: z.coerce
    .number({ error: "must be a whole number of nodes and relationships (1 or more)" })
    .int("must be a whole number of nodes and relationships (1 or more)")
    .positive("must be a whole number of nodes and relationships (1 or more)")
    .default(5_000),
  EXPORT_MAX_ELEMENTS: z.coerce
    .number({ error: "must be a whole number of nodes and relationships (1 or more)" })
    .int("must be a whole number of nodes and relationships (1 or more)")
    .positive("must be a whole number of nodes and relationships (1 or more)")
    .default(200_000),
  EXPORT_TIMEOUT_MS: z.coerce.number().int().positive().default(600_000),
  // HS256 needs a key at least as long as its 256-bit hash.
  JWT_SECRET: z.string().min(32, "must be at least 32 characters (HS256 needs a 256-bit key)").optional(),
  JWKS_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL of a JSON Web Key Set" }).optional(),
  JWT_AUDIENCE: z.string().min(1).default("tht-graph"),
  JWT_ISSUER: z.string().min(1).default("tht-graph"),
  // The page's sign-in through the organisation's OpenID Connect provider (authorization code with PKCE).
  OIDC_ISSUER: z.url({ protocol: /^https?$/, error: "must be the http(s) URL of an OpenID Connect issuer" }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_SCOPE: z.string().min(1).default("openid"),
  OIDC_RESOURCE: z.url({ error: "must be an absolute URI naming this API to the provider (RFC 8707)" }).optional(),
  GRAPHQL_INTROSPECTION: optionalFlag,
  GRAPHQL_SANDBOX: optionalFlag,
  CORS_ORIGINS: z
    .string()
    .transform((v) =>
      v
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.string().refine((o) => {
          try {
            const url = new URL(o);
            return /^https?:$/.test(url.protocol) && url.origin === o;
          } catch {
            return false;
          }
        }, "must be a comma-separated list of origins such as https://app.example.org (scheme, host and port; no path)"),
      ),
    )
    .default([]),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "must be one of fatal, error, warn, info, debug, trace or silent",
    })
    .default("info"),
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters (it guards GET /metrics)").optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number({ error: "must be a whole number of requests per minute (0: no limit)" })
    .int("must be a whole number of requests per minute (0: no limit)")
    .min(0, "must be a whole number of requests per minute (0: no limit)")
    .default(1_200),
  TRUST_PROXY: trustProxy.default(false),
  CACHE_MAX_MB: z.coerce
    .number({ error: "must be a number of megabytes (0: no response cache)" })
    .min(0, "must be a number of megabytes (0: no response cache)")
    .max(65_536, "must be at most 65536 megabytes")
    .default(64),
  CACHE_REVISION_POLL_MS: z.coerce
    .number({ error: "must be a whole number of milliseconds, 50 to 1000" })
    .int("must be a whole number of milliseconds, 50 to 1000")
    .min(50, "must be a whole number of milliseconds, 50 to 1000")
    .max(1_000, "must be a whole number of milliseconds, 50 to 1000 (instances learn of a revision within 1 s)")
    .default(500),
  THT_TEST_DANGEROUSLY_WIPE_NEO4J_URI: flag(false),
  THT_SOAK_SECONDS: z.coerce.number().int().positive().default(60),
});

/** Every environment variable tht-graph reads. */
export const configVariables: readonly string[] = Object.keys(env.shape);

export interface Neo4jConfig {
  /** Set when the user points at their own Neo4j; otherwise the local one is started. */
  readonly uri: string | undefined;
  readonly user: string;
  readonly password: string;
  readonly database: string;
  /** How long startup waits for Bolt to answer before giving up. */
  readonly connectTimeoutMs: number;
  /** Transaction timeout of every query @neo4j/graphql runs. */
  readonly queryTimeoutMs: number;
}

/** How editor tokens are verified: with a shared secret (HS256) or a remote key set, never both. */
export interface AuthConfig {
  readonly secret: string | undefined;
  readonly jwksUrl: string | undefined;
  readonly audience: string;
  readonly issuer: string;
  /** The page's sign-in through an OpenID Connect provider: null when tokens are pasted. */
  readonly oidc?: OidcConfig | null;
}

/** What the page needs to sign an editor in with the provider (a public client, PKCE). */
export interface OidcConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly scope: string;
  /** Sent as `resource` (RFC 8707) where the provider names APIs that way. */
  readonly resource: string | null;
}

export interface GraphqlConfig {
  readonly introspection: boolean;
  /** The Apollo Sandbox landing page on GET /graphql. */
  readonly sandbox: boolean;
  /** Web origins whose pages may call /graphql and /export/* from the browser (CORS); empty: same origin only. */
  readonly corsOrigins: readonly string[];
}

export interface LocalNeo4jConfig {
  readonly port: number;
  /** Absolute path of the store; kept between runs. */
  readonly dataDir: string;
  readonly auth: boolean;
  readonly heap: string;
  readonly pageCache: string;
  /** Directory LOAD CSV may read (benchmarks only); undefined: no file access. */
  readonly importDir?: string;
}

/** How much the who-works-with-whom queries answer at once. */
export interface NetworkConfig {
  /** Nodes plus relationships the `network` query answers at most; larger asks get NETWORK_TOO_LARGE. */
  readonly maxElements: number;
  /** How long `centrality` may compute in its worker thread before COMPUTATION_TIMEOUT. */
  readonly centralityDeadlineMs: number;
}

/** The response cache: answers kept per graph revision (server/cache/). */
export interface CacheConfig {
  /** Bytes of answers kept at most (CACHE_MAX_MB × 2²⁰); 0: no response cache. */
  readonly maxBytes: number;
  /** How often the graph's revision is read, so that other instances' writes are seen (ms). */
  readonly revisionPollMs: number;
}

/** What the server tells its operator: JSON log lines and GET /metrics. */
export interface ObservabilityConfig {
  /** pino's level: lines below it are not written. */
  readonly logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** When set, GET /metrics needs `Authorization: Bearer <token>`; unset, it is open. */
  readonly metricsToken: string | undefined;
}

/** How large a bulk export (GET /export/…) may be. */
export interface ExportConfig {
  /** Nodes plus relationships one export holds at most, for everyone; larger asks get EXPORT_TOO_LARGE. */
  readonly maxElements: number;
  /** How long one export's read transaction may stay open, the download included (ms). */
  readonly timeoutMs: number;
}

/** How many requests one client may send to /graphql and /export/… */
export interface RateLimitConfig {
  /** Requests per client address per minute; 0: no limit. */
  readonly perMinute: number;
  /**
   * Express's "trust proxy": false (the client is the TCP peer), a number of proxy hops, or the
   * proxies' addresses; with it the client's address is read from X-Forwarded-For.
   */
  readonly trustProxy: false | number | readonly string[];
}

export interface Config {
  readonly env: "development" | "production" | "test";
  readonly host: string;
  readonly port: number;
  readonly neo4j: Neo4jConfig;
  readonly network: NetworkConfig;
  readonly exports: ExportConfig;
  readonly localNeo4j: LocalNeo4jConfig;
  readonly auth: AuthConfig;
  readonly graphql: GraphqlConfig;
  readonly rateLimit: RateLimitConfig;
  readonly observability: ObservabilityConfig;
  readonly cache: CacheConfig;
  /** Tests may clear a Neo4j they did not start only when this is set. */
  readonly testMayWipeNeo4jUri: boolean;
  /** Tests only: how long the soak test (test/integration/soak.int.test.ts) keeps its 50 clients busy. */
  readonly soakSeconds: number;
}

/** Never echoed in error messages, which end up in logs. */
const secretNames = new Set(["JWT_SECRET", "NEO4J_PASSWORD", "METRICS_TOKEN"]);

/** A bad environment variable or command-line option: CONFIG_INVALID, naming it and its value. */
export class ConfigError extends ThtError {
  constructor(message: string) {
    super(ErrorCode.ConfigInvalid, message);
    this.name = "ConfigError";
  }
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const blankless = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = env.safeParse(blankless);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      const shown = secretNames.has(name) ? "(hidden)" : JSON.stringify(source[name] ?? "");
      return `${name}=${shown}: ${issue.message}`;
    });
    throw new ConfigError(`invalid configuration: ${problems.join("; ")}`);
  }
  const e = parsed.data;
  if (e.JWT_SECRET && e.JWKS_URL) {
    throw new ConfigError("invalid configuration: JWT_SECRET and JWKS_URL are both set; set only one of them");
  }
  if (e.OIDC_ISSUER && !e.JWKS_URL) {
    throw new ConfigError(
      "invalid configuration: OIDC_ISSUER is set without JWKS_URL; the provider's tokens are verified with its key set (its jwks_uri)",
    );
  }
  if (Boolean(e.OIDC_ISSUER) !== Boolean(e.OIDC_CLIENT_ID)) {
    throw new ConfigError("invalid configuration: set OIDC_ISSUER and OIDC_CLIENT_ID together, or neither");
  }
  const production = e.NODE_ENV === "production";
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    neo4j: Object.freeze({
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
    }),
    network: Object.freeze({ maxElements: e.NETWORK_MAX_ELEMENTS, centralityDeadlineMs: e.CENTRALITY_DEADLINE_MS }),
    exports: Object.freeze({ maxElements: e.EXPORT_MAX_ELEMENTS, timeoutMs: e.EXPORT_TIMEOUT_MS }),
    localNeo4j: Object.freeze({
      port: e.NEO4J_LOCAL_PORT,
      dataDir: resolve(e.NEO4J_LOCAL_DATA),
      auth: e.NEO4J_LOCAL_AUTH,
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
    }),
    auth: Object.freeze({
      secret: e.JWT_SECRET,
      jwksUrl: e.JWKS_URL,
      audience: e.JWT_AUDIENCE,
      issuer: e.JWT_ISSUER,
      oidc:
        e.OIDC_ISSUER && e.OIDC_CLIENT_ID
          ? Object.freeze({
              issuer: e.OIDC_ISSUER,
              clientId: e.OIDC_CLIENT_ID,
              scope: e.OIDC_SCOPE,
              resource: e.OIDC_RESOURCE ?? null,
            })
          : null,
    }),
    graphql: Object.freeze({
      introspection: e.GRAPHQL_INTROSPECTION ?? !production,
      sandbox: e.GRAPHQL_SANDBOX ?? !production,
      corsOrigins: Object.freeze([...e.CORS_ORIGINS]),
    }),
    rateLimit: Object.freeze({
      perMinute: e.RATE_LIMIT_PER_MINUTE,
      trustProxy: Array.isArray(e.TRUST_PROXY) ? Object.freeze([...e.TRUST_PROXY]) : e.TRUST_PROXY,
    }),
    observability: Object.freeze({ logLevel: e.LOG_LEVEL, metricsToken: e.METRICS_TOKEN }),
    cache: Object.freeze({
      maxBytes: Math.floor(e.CACHE_MAX_MB * 1024 * 1024),
      revisionPollMs: e.CACHE_REVISION_POLL_MS,
    }),
    testMayWipeNeo4jUri: e.THT_TEST_DANGEROUSLY_WIPE_NEO4J_URI,
    soakSeconds: e.THT_SOAK_SECONDS,
  });
}
