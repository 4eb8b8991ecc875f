// B8: `npm start` (server/main.ts with the local Neo4j) to /readyz 200 on an existing large store,
// and the peak resident memory of the server and of Neo4j while starting and answering. Then the
// same server's memory with its response cache full: the page's questions asked over HTTP until the
// cache holds 90% of its bound (CACHE_MAX_MB, default), read from the server process itself, which
// holds nothing of the benchmark's.
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadConfig } from "../core/config.js";
import { freePort } from "../test/support/free-port.js";

export interface StartResult {
  secondsToReady: number;
  serverPeakRssMb: number;
  neo4jPeakRssMb: number;
  fullCache: FullCache;
}

/** The server's memory once the page's questions have filled its response cache. */
export interface FullCache {
  /** The server's RSS once the fill stopped, and its peak while filling. */
  rssMb: number;
  peakRssMb: number;
  /** What the cache held then (its /metrics), and its bound. */
  cacheBytes: number;
  entries: number;
  maxBytes: number;
  requests: number;
  seconds: number;
}

/** The fill stops at this share of the cache's bound, or when its questions or its time run out. */
const fillShare = 0.9;
const fillSeconds = 180;
/** Requests in flight at once while filling: a few visitors, not a load test. */
const fillClients = 4;

function rssMb(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((l) => l.startsWith("VmRSS:"));
    return line ? Number(line.replace(/\D+/g, "")) / 1024 : 0;
  } catch {
    return 0;
  }
}

function descendants(pid: number): number[] {
  try {
    const children = execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map(Number);
    return children.flatMap((child) => [child, ...descendants(child)]);
  } catch {
    return [];
  }
}

function command(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

/**
 * `npm start`'s command as package.json's `start` script has it (its environment settings, Node's
 * flags, the module loader), run with this Node: B8 measures the server as `npm start` runs it.
 */
function startCommand(root: string): { program: string; args: string[]; env: Record<string, string> } {
  const script = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: { start: string } })
    .scripts.start;
  const words = script.trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (words[0]?.includes("=")) {
    const [name, ...value] = (words.shift() as string).split("=");
    env[name as string] = value.join("=");
  }
  if (words.shift() !== "node")
    throw new Error(`B8 runs a start script of the form "[NAME=value ...] node ARGS"; not ${script}`);
  return { program: process.execPath, args: words, env };
}

/** A gauge's value in a Prometheus text exposition. */
function gauge(metrics: string, name: string): number {
  return Number(new RegExp(`^${name} (\\S+)$`, "m").exec(metrics)?.[1] ?? Number.NaN);
}

/**
 * `warmQueries`: asked once the server is ready; `fill`: request bodies (distinct page questions)
 * asked after that until the response cache is full.
 */
export async function runStartBenchmark(dataDir: string, warmQueries: string[], fill: string[]): Promise<StartResult> {
  const root = join(import.meta.dirname, "..");
  const port = await freePort();
  const started = Date.now();
  const { program, args, env: scriptEnv } = startCommand(root);
  const child = spawn(program, args, {
    cwd: root,
    env: {
      ...scriptEnv,
      PATH: process.env.PATH,
      NODE_ENV: "production",
      PORT: String(port),
      NEO4J_LOCAL_PORT: String(await freePort()),
      NEO4J_LOCAL_DATA: dataDir,
      NEO4J_HEAP: "2g",
      NEO4J_PAGECACHE: "1g",
      // The fill's requests all come from this address: RATE_LIMIT_PER_MINUTE would refuse most.
      RATE_LIMIT_PER_MINUTE: "0",
    },
    stdio: "ignore",
  });
  let serverPeak = 0;
  let neo4jPeak = 0;
  // While filling, the server's peak is the full cache's, not the start's.
  let filling = false;
  let fillPeak = 0;
  /** Samples every process and answers the server's RSS now. */
  const sample = () => {
    let server = 0;
    // The server is the process started; Neo4j's JVM is among its descendants.
    for (const pid of [child.pid ?? 0, ...descendants(child.pid ?? 0)]) {
      const rss = rssMb(pid);
      if (command(pid).includes("org.thtgraph.neo4j.LocalNeo4j")) {
        if (!filling) neo4jPeak = Math.max(neo4jPeak, rss);
      } else if (command(pid).includes("server/main.ts")) server = Math.max(server, rss);
    }
    if (filling) fillPeak = Math.max(fillPeak, server);
    else serverPeak = Math.max(serverPeak, server);
    return server;
  };
  const sampler = setInterval(sample, 200);
  try {
    for (;;) {
      const status = await fetch(`http://127.0.0.1:${port}/readyz`)
        .then((r) => r.status)
        .catch(() => 0);
      if (status === 200) break;
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode} before it was ready`);
      if (Date.now() - started > 180_000) throw new Error("the server was not ready within 180 s");
      await new Promise((r) => setTimeout(r, 100));
    }
    const secondsToReady = (Date.now() - started) / 1000;
    for (const body of warmQueries) {
      await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
    }
    sample();
    filling = true;
    const filled = await fillCache(`http://127.0.0.1:${port}`, fill);
    const rssMb = sample();
    return {
      secondsToReady,
      serverPeakRssMb: serverPeak,
      neo4jPeakRssMb: neo4jPeak,
      fullCache: { ...filled, rssMb, peakRssMb: fillPeak },
    };
  } finally {
    clearInterval(sampler);
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

/** Asks `fill`'s questions, a few at once, until the cache holds `fillShare` of its bound. */
async function fillCache(url: string, fill: string[]): Promise<Omit<FullCache, "rssMb" | "peakRssMb">> {
  const { maxBytes } = loadConfig({}).cache;
  const started = Date.now();
  const cache = async () => {
    const metrics = await (await fetch(`${url}/metrics`)).text();
    return { bytes: gauge(metrics, "tht_response_cache_bytes"), entries: gauge(metrics, "tht_response_cache_entries") };
  };
  let next = 0;
  let answered = 0;
  let full = false;
  await Promise.all(
    Array.from({ length: fillClients }, async () => {
      while (!full && next < fill.length && Date.now() - started < fillSeconds * 1000) {
        const body = fill[next++] as string;
        await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body }).then(
          (r) => r.arrayBuffer(),
        );
        answered += 1;
        if (answered % 10 === 0) full ||= (await cache()).bytes >= fillShare * maxBytes;
      }
    }),
  );
  const { bytes, entries } = await cache();
  return {
    cacheBytes: bytes,
    entries,
    maxBytes,
    requests: answered,
    seconds: (Date.now() - started) / 1000,
  };
}
