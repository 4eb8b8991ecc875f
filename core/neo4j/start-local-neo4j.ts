// Starts the project's own Neo4j (neo4j/, built by `npm install`) as a child process and resolves
// once it prints its ready line, i.e. once Bolt listens on 127.0.0.1.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LocalNeo4jConfig } from "../config.js";
import { ErrorCode } from "../errors/error-code.js";
import { ThtError } from "../errors/tht-error.js";
import { javaMajor } from "./java-version.js";

const projectDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "neo4j");
const readyLine = /^tht-graph neo4j ready: (bolt:\/\/\S+)/m;

export interface LocalNeo4j {
  readonly uri: string;
  readonly pid: number;
  /** SIGTERM, then SIGKILL if it has not stopped after `graceMs`. Safe to call twice. */
  stop(graceMs?: number): Promise<void>;
  /** Resolves with the exit code once the process has ended (for any reason). */
  readonly exited: Promise<number | null>;
}

export interface StartOptions {
  /** Password for the `neo4j` user when `config.auth` is on. */
  password?: string;
  /** Where Neo4j's own output goes; by default lines are prefixed and written to stderr. */
  log?: (line: string) => void;
  /** Give up if the ready line has not appeared after this long. */
  timeoutMs?: number;
}

export async function startLocalNeo4j(config: LocalNeo4jConfig, options: StartOptions = {}): Promise<LocalNeo4j> {
  const log = options.log ?? ((line: string) => process.stderr.write(`[neo4j] ${line}\n`));
  assertBuilt();
  assertJava();
  await assertPortFree(config.port);

  const child = spawn(
    "java",
    [
      `-Xmx${config.heap}`,
      "-XX:+UseG1GC",
      "-XX:+ExitOnOutOfMemoryError",
      // Names the store in `ps` output, so an operator (or a test) can tell the processes apart.
      `-Dtht-graph.data=${config.dataDir}`,
      "-cp",
      `${join(projectDir, "target", "classes")}:${join(projectDir, "target", "lib", "*")}`,
      "org.thtgraph.neo4j.LocalNeo4j",
      "--exit-with-parent",
    ],
    {
      cwd: projectDir,
      stdio: ["pipe", "pipe", "pipe"],
      env: {
        PATH: process.env.PATH,
        NEO4J_LOCAL_PORT: String(config.port),
        NEO4J_LOCAL_DATA: config.dataDir,
        NEO4J_LOCAL_PLUGINS: join(projectDir, "target", "plugins"),
        NEO4J_LOCAL_AUTH: String(config.auth),
        NEO4J_PASSWORD: options.password ?? "",
        NEO4J_PAGECACHE: config.pageCache,
        NEO4J_LOCAL_IMPORT: config.importDir ?? "",
      },
    },
  );
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const uri = await waitForReady(child, exited, log, options.timeoutMs ?? 120_000);
  const pid = child.pid ?? -1;
  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid,
    exited,
    stop(graceMs = 30_000) {
      stopping ??= stopChild(child, exited, graceMs);
      return stopping;
    },
  };
}

function assertBuilt(): void {
  for (const dir of ["classes", "lib", "plugins"]) {
    if (!existsSync(join(projectDir, "target", dir))) {
      throw new ThtError(
        ErrorCode.Neo4jNotBuilt,
        "the local Neo4j is not built (neo4j/target is missing): run npm install with Java 17+ and Maven, or set NEO4J_URI.",
      );
    }
  }
}

function assertJava(): void {
  const java = spawnSync("java", ["-version"], { encoding: "utf8" });
  const major = java.error ? undefined : javaMajor(`${java.stderr}${java.stdout}`);
  if (major === undefined || major < 17) {
    throw new ThtError(
      ErrorCode.JavaMissing,
      `${java.error ? "Java was not found" : `Java ${major ?? "(unknown version)"} is too old`}: the local Neo4j 5.26 needs Java 17 or later. Install it, or set NEO4J_URI, or use docker-compose.yml.`,
    );
  }
}

export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        new ThtError(
          ErrorCode.PortInUse,
          error.code === "EADDRINUSE"
            ? `port 127.0.0.1:${port} is already in use; stop whatever holds it or set NEO4J_LOCAL_PORT to a free port.`
            : `port 127.0.0.1:${port} cannot be opened (${error.code}); set NEO4J_LOCAL_PORT to another port.`,
          { cause: error },
        ),
      );
    });
    probe.listen({ port, host: "127.0.0.1", exclusive: true }, () => probe.close(() => resolve()));
  });
}

function waitForReady(
  child: ChildProcess,
  exited: Promise<number | null>,
  log: (line: string) => void,
  timeoutMs: number,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let lastError = "";
    const lines = { stdout: "", stderr: "" };
    const onData = (chunk: Buffer, stream: "stdout" | "stderr") => {
      // Chunks can split a line; only whole lines are logged and matched.
      const text = lines[stream] + chunk.toString("utf8");
      const whole = text.split("\n");
      lines[stream] = whole.pop() ?? "";
      for (const line of whole.filter(Boolean)) {
        log(line);
        if (stream === "stderr") lastError = line;
        const ready = readyLine.exec(line);
        if (ready?.[1]) {
          clearTimeout(timer);
          resolve(ready[1]);
        }
      }
    };
    child.stdout?.on("data", (chunk: Buffer) => onData(chunk, "stdout"));
    child.stderr?.on("data", (chunk: Buffer) => onData(chunk, "stderr"));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new ThtError(ErrorCode.Neo4jStartFailed, `the local Neo4j did not become ready within ${timeoutMs / 1000} s.`),
      );
    }, timeoutMs);
    void exited.then((code) => {
      clearTimeout(timer);
      const why = (lastError || lines.stderr).replace(/^tht-graph neo4j: /, "");
      // Exit code 3 is LocalNeo4j's "port taken".
      const errorCode = code === 3 ? ErrorCode.PortInUse : ErrorCode.Neo4jStartFailed;
      reject(new ThtError(errorCode, `the local Neo4j exited with code ${code} before it was ready: ${why}`));
    });
  });
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}
