// A Neo4j that one test file starts, stops, kills and starts again by itself, on its own free port
// and temporary data directory: never the test run's shared Neo4j, which other files rely on.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { loadConfig } from "../../core/config.js";
import { type LocalNeo4j, startLocalNeo4j } from "../../core/neo4j/start-local-neo4j.js";
import { freePort } from "./free-port.js";

export interface OwnNeo4j {
  readonly uri: string;
  readonly port: number;
  readonly dataDir: string;
  /** The running process, if any. */
  current(): LocalNeo4j | undefined;
  /** Starts it on the same port and data directory; resolves once Bolt answers, with the time taken. */
  start(): Promise<number>;
  /** SIGTERM (a clean shutdown); resolves once the process has exited. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash or the OOM killer would; resolves once the process has exited. */
  kill(): Promise<void>;
  /** A driver for the test's own checks (not the server's). */
  driver(): Driver;
  /** Stops it and removes the data directory. */
  remove(): Promise<void>;
}

export async function startOwnNeo4j(name: string, memory = { heap: "768m", pageCache: "128m" }): Promise<OwnNeo4j> {
  const dataDir = await mkdtemp(join(tmpdir(), `tht-graph-${name}-`));
  const port = await freePort();
  const base = loadConfig({}).localNeo4j;
  const lines: string[] = [];
  let local: LocalNeo4j | undefined;
  const drivers: Driver[] = [];
  const own: OwnNeo4j = {
    uri: `bolt://127.0.0.1:${port}`,
    port,
    dataDir,
    current: () => local,
    async start() {
      const started = Date.now();
      local = await startLocalNeo4j(
        { ...base, port, dataDir, auth: false, ...memory },
        { log: (line) => lines.push(line) },
      ).catch((error: unknown) => {
        throw new Error(`${name}: Neo4j did not start: ${String(error)}\n${lines.slice(-20).join("\n")}`);
      });
      return Date.now() - started;
    },
    async stop() {
      await local?.stop(30_000);
      local = undefined;
    },
    async kill() {
      if (!local) return;
      process.kill(local.pid, "SIGKILL");
      await local.exited;
      local = undefined;
    },
    driver() {
      const driver = neo4j.driver(own.uri, neo4j.auth.basic("neo4j", ""), { disableLosslessIntegers: true });
      drivers.push(driver);
      return driver;
    },
    async remove() {
      await Promise.all(drivers.map((d) => d.close()));
      await own.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  await own.start();
  return own;
}
