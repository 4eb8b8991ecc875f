// `npm start` as a user runs it: the local Neo4j, the probes, a clean stop and a clear refusal
// for each way the database can be out of reach.
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../core/config.js";
import { startLocalNeo4j } from "../../core/neo4j/start-local-neo4j.js";
import { freePort } from "../support/free-port.js";
import { startServerProcess, waitForStatus } from "../support/server-process.js";

function javaProcessesFor(dataDir: string): string[] {
  try {
    return execFileSync("pgrep", ["-f", `tht-graph.data=${dataDir}`], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

describe("npm start with the local Neo4j", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "tht-graph-start-"));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("becomes ready, stops without leaving java behind, and keeps its data for the next start", async () => {
    const port = await freePort();
    const boltPort = await freePort();
    const env = { PORT: String(port), NEO4J_LOCAL_PORT: String(boltPort), NEO4J_LOCAL_DATA: dataDir };
    const first = startServerProcess(env);
    try {
      await waitForStatus(`http://127.0.0.1:${port}/readyz`, 200);
      // Ready only once the page's first questions have been asked (server/page/warm-up.ts).
      expect(await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.json())).toMatchObject({ warm: "done" });
      expect(first.output()).toMatch(/warmed up: the page's first \d+ questions asked in \d+ ms/);
      expect(await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status)).toBe(200);
      const driver = neo4j.driver(`bolt://127.0.0.1:${boltPort}`, neo4j.auth.basic("neo4j", ""), {
        disableLosslessIntegers: true,
      });
      await driver.executeQuery("CREATE (:TestScratch {run: 'startup-keeps-data'})");
      await driver.close();
      expect(javaProcessesFor(dataDir)).toHaveLength(1);
    } finally {
      await first.stop("SIGTERM");
    }
    expect((await first.exited).code).toBe(0);
    expect(javaProcessesFor(dataDir)).toEqual([]);

    const second = startServerProcess(env);
    try {
      await waitForStatus(`http://127.0.0.1:${port}/readyz`, 200);
      const driver = neo4j.driver(`bolt://127.0.0.1:${boltPort}`, neo4j.auth.basic("neo4j", ""), {
        disableLosslessIntegers: true,
      });
      const { records } = await driver.executeQuery(
        "MATCH (n:TestScratch {run: 'startup-keeps-data'}) RETURN count(n) AS n",
      );
      await driver.close();
      expect(records[0]?.get("n")).toBe(1);
    } finally {
      await second.stop("SIGINT");
    }
    expect(javaProcessesFor(dataDir)).toEqual([]);
  }, 150_000); // two cold starts of the local Neo4j, each seeding or migrating: a behaviour test, not a timing one

  it("refuses, naming the port, when the local Neo4j's port is taken", async () => {
    const held: Server = createServer();
    const boltPort = await freePort();
    await new Promise<void>((resolve) => held.listen(boltPort, "127.0.0.1", resolve));
    try {
      const server = startServerProcess({
        PORT: String(await freePort()),
        NEO4J_LOCAL_PORT: String(boltPort),
        NEO4J_LOCAL_DATA: dataDir,
      });
      const { code } = await server.exited;
      expect(code).not.toBe(0);
      expect(server.output()).toContain("[PORT_IN_USE]");
      expect(server.output()).toContain(`127.0.0.1:${boltPort} is already in use`);
    } finally {
      held.close();
    }
  });
});

describe("npm start with NEO4J_URI", () => {
  it("exits non-zero within 30 s, naming the URI, when nothing answers there", async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const server = startServerProcess({ NEO4J_URI: uri, PORT: String(await freePort()) });
    const { code, afterMs } = await server.exited;
    expect(code).not.toBe(0);
    expect(afterMs).toBeLessThan(30_000);
    expect(server.output()).toContain("[DATABASE_UNAVAILABLE]");
    expect(server.output()).toContain(uri);
  });

  it("exits with a clear authentication error when the password is wrong", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "tht-graph-auth-"));
    const local = await startLocalNeo4j(
      { ...loadConfig({}).localNeo4j, port: await freePort(), dataDir, auth: true, heap: "512m", pageCache: "64m" },
      { password: "right-password", log: () => {} },
    );
    try {
      const server = startServerProcess({
        NEO4J_URI: local.uri,
        NEO4J_PASSWORD: "wrong-password",
        PORT: String(await freePort()),
      });
      const { code } = await server.exited;
      expect(code).not.toBe(0);
      expect(server.output()).toContain("[DATABASE_AUTH_FAILED]");
      expect(server.output()).toContain("NEO4J_PASSWORD");
      expect(server.output()).not.toContain("wrong-password");
    } finally {
      await local.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it("refuses a malformed PORT before touching the database", async () => {
    const server = startServerProcess({ PORT: "not-a-port", NEO4J_URI: "bolt://127.0.0.1:1" });
    const { code } = await server.exited;
    expect(code).not.toBe(0);
    expect(server.output()).toContain("[CONFIG_INVALID]");
    expect(server.output()).toContain('PORT="not-a-port"');
  });
});
