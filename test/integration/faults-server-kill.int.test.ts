// Fault: the server is killed (SIGKILL: no handler runs) while it runs its own local Neo4j. The
// Java child must exit by itself (its stdin closes), nothing written before the kill may be lost,
// and the next start must find the graph loaded and leave every edit alone (no reseed).
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../core/config.js";
import { signEditorToken } from "../../server/auth/sign-editor-token.js";
import { freePort } from "../support/free-port.js";
import { type Fingerprint, graphFingerprint } from "../support/graph-fingerprint.js";
import { serverPid } from "../support/server-pid.js";
import { type ServerProcess, startServerProcess, waitForStatus } from "../support/server-process.js";

const secret = "faults-server-kill-secret-of-at-least-32-characters";

function javaFor(dataDir: string): number[] {
  try {
    return execFileSync("pgrep", ["-f", `tht-graph.data=${dataDir}`], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

interface Answer {
  data?: {
    updateOrganisation?: { changes: { id: string }[] };
    organisations?: { id: string; description: string | null }[];
  };
  errors?: unknown[];
}

async function gql(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as Answer };
}

describe("faults: the server is killed (SIGKILL) and started again", () => {
  let dataDir: string;
  let env: Record<string, string>;
  let url: string;
  let boltUri: string;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "tht-graph-faults-server-"));
    const port = await freePort();
    const boltPort = await freePort();
    url = `http://127.0.0.1:${port}`;
    boltUri = `bolt://127.0.0.1:${boltPort}`;
    env = {
      PORT: String(port),
      NEO4J_LOCAL_PORT: String(boltPort),
      NEO4J_LOCAL_DATA: dataDir,
      NEO4J_HEAP: "768m",
      NEO4J_PAGECACHE: "128m",
      JWT_SECRET: secret,
    };
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("loses nothing, does not reseed over edits, and its Neo4j exits by itself", async () => {
    const first = startServerProcess(env);
    servers.push(first);
    const firstReadyMs = await waitForStatus(`${url}/readyz`, 200);
    expect(first.output()).toContain("loading the seed");

    // One edit straight in Neo4j, one through the API by an editor, then a fingerprint of it all.
    const directly = "Edited directly in Neo4j before the server was killed.";
    const throughApi = "Edited through the API before the server was killed.";
    let before: Fingerprint;
    const driver = neo4j.driver(boltUri, neo4j.auth.basic("neo4j", ""), { disableLosslessIntegers: true });
    try {
      await driver.executeQuery("MATCH (o:Organisation {id: 'barts-health'}) SET o.description = $d", { d: directly });
      const token = await signEditorToken(loadConfig({ JWT_SECRET: secret }).auth);
      const updated = await gql(
        url,
        `mutation { updateOrganisation(id: "elft", set: { description: ${JSON.stringify(throughApi)} }, cite: [{ source: "tht-partners", quote: "ELFT provides a wide range of community and inpatient services" }], reason: "before the kill") { changes { id } } }`,
        { authorization: `Bearer ${token}` },
      );
      expect(updated.body.errors).toBeUndefined();
      expect(updated.body.data?.updateOrganisation?.changes).toEqual([{ id: "elft" }]);
      before = await graphFingerprint(driver, "neo4j");
    } finally {
      await driver.close();
    }

    // SIGKILL to the process running server/main.ts (under tsx's launcher): no handler runs.
    const java = javaFor(dataDir);
    expect(java).toHaveLength(1);
    const killed = Date.now();
    process.kill(serverPid(first.child.pid as number), "SIGKILL");
    await first.exited;
    let javaGoneMs = -1;
    while (Date.now() - killed < 60_000) {
      if (javaFor(dataDir).length === 0) {
        javaGoneMs = Date.now() - killed;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(javaGoneMs, "the local Neo4j outlived the killed server").toBeGreaterThanOrEqual(0);

    const second = startServerProcess(env);
    servers.push(second);
    const secondReadyMs = await waitForStatus(`${url}/readyz`, 200);
    const read = await gql(
      url,
      `{ organisations(where: { id: { in: ["barts-health", "elft"] } }, sort: [{ id: ASC }]) { id description } }`,
    );
    const check = neo4j.driver(boltUri, neo4j.auth.basic("neo4j", ""), { disableLosslessIntegers: true });
    const after = await graphFingerprint(check, "neo4j").finally(() => check.close());
    console.log(
      `faults (server SIGKILLed): first start ready in ${firstReadyMs} ms (seeded); its Neo4j exited ${javaGoneMs} ms ` +
        `after the kill; second start ready in ${secondReadyMs} ms, ${second.output().includes("loading the seed") ? "RESEEDED" : "no reseed"}; ` +
        `${after.nodes} nodes and ${after.relationships} relationships, fingerprint ${after.ids === before.ids ? "unchanged" : "CHANGED"}.`,
    );
    expect(second.output()).not.toContain("loading the seed");
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data?.organisations).toEqual([
      { id: "barts-health", description: directly },
      { id: "elft", description: throughApi },
    ]);
    expect(after).toEqual(before);
  }, 240_000);
});
