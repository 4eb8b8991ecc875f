// Runs `npm start`'s program (server/main.ts) as a child process, as a user would.
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");

export interface ServerProcess {
  readonly child: ChildProcess;
  /** Everything printed so far, stdout and stderr together. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; afterMs: number }>;
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** `env` replaces the variables tht-graph reads; NEO4J_URI is dropped unless given. */
export function startServerProcess(env: Record<string, string>): ServerProcess {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(NEO4J_|PORT$|HOST$|THT_)/.test(name)),
  );
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "server", "main.ts")],
    {
      cwd: root,
      // Every load comes from 127.0.0.1 (the soak test's 50 clients, the fuzzer): the limit stays on, out of reach.
      // A cold Neo4j on a busy machine may need longer than the 10 s default for a first query (the
      // deadline's own tests set theirs).
      env: { ...base, NODE_ENV: "test", RATE_LIMIT_PER_MINUTE: "1000000", NEO4J_QUERY_TIMEOUT_MS: "30000", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; afterMs: number }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal, afterMs: Date.now() - started })),
  );
  return {
    child,
    output: () => output,
    exited,
    async waitForOutput(pattern, timeoutMs = 120_000) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(output)) {
        if (child.exitCode !== null)
          throw new Error(`the server exited (${child.exitCode}) before printing ${pattern}:\n${output}`);
        if (Date.now() > deadline)
          throw new Error(`the server did not print ${pattern} within ${timeoutMs} ms:\n${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Polls `url` until it answers `status`; returns how long that took. */
export async function waitForStatus(url: string, status: number, timeoutMs = 120_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const answered = await fetch(url)
      .then((r) => r.status)
      .catch(() => 0);
    if (answered === status) return Date.now() - started;
    if (Date.now() - started > timeoutMs)
      throw new Error(`${url} did not answer ${status} within ${timeoutMs} ms (last: ${answered})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
