// B8: `npm start` (server/main.ts with the local Neo4j) to /readyz 200 on an existing large store,
// and the peak resident memory of the server and of Neo4j while starting and answering.
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { freePort } from "../test/support/free-port.js";

export interface StartResult {
  secondsToReady: number;
  serverPeakRssMb: number;
  neo4jPeakRssMb: number;
}

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

export async function runStartBenchmark(dataDir: string, warmQueries: string[]): Promise<StartResult> {
  const root = join(import.meta.dirname, "..");
  const port = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "server/main.ts")], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      PORT: String(port),
      NEO4J_LOCAL_PORT: String(await freePort()),
      NEO4J_LOCAL_DATA: dataDir,
      NEO4J_HEAP: "2g",
      NEO4J_PAGECACHE: "1g",
    },
    stdio: "ignore",
  });
  let serverPeak = 0;
  let neo4jPeak = 0;
  const sample = () => {
    for (const pid of descendants(child.pid ?? 0)) {
      const rss = rssMb(pid);
      if (command(pid).includes("org.thtgraph.neo4j.LocalNeo4j")) neo4jPeak = Math.max(neo4jPeak, rss);
      else if (command(pid).includes("server/main.ts")) serverPeak = Math.max(serverPeak, rss);
    }
  };
  const sampler = setInterval(sample, 200);
  let secondsToReady = Number.NaN;
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
    secondsToReady = (Date.now() - started) / 1000;
    for (const body of warmQueries) {
      await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
    }
    sample();
  } finally {
    clearInterval(sampler);
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
  return { secondsToReady, serverPeakRssMb: serverPeak, neo4jPeakRssMb: neo4jPeak };
}
