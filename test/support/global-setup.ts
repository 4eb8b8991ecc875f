// One Neo4j per test run, found in this order: NEO4J_URI; else Testcontainers when a Docker
// engine answers; else the project's local Neo4j on a free port with a fresh temp data directory.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../core/config.js";
import { startLocalNeo4j } from "../../core/neo4j/start-local-neo4j.js";
import { freePort } from "./free-port.js";
import type { TestNeo4j } from "./test-neo4j.js";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  const { user, password, database } = config.neo4j;

  if (config.neo4j.uri) {
    provide(project, {
      uri: config.neo4j.uri,
      user,
      password,
      database,
      ownsDatabase: config.testMayWipeNeo4jUri,
      origin: "NEO4J_URI",
    });
    return async () => {};
  }

  const docker = await dockerNeo4j();
  if (docker) {
    provide(project, { ...docker.neo4j, database: "neo4j", ownsDatabase: true, origin: "testcontainers" });
    return docker.stop;
  }

  const dataDir = await mkdtemp(join(tmpdir(), "tht-graph-test-neo4j-"));
  const port = await freePort();
  const lines: string[] = [];
  const local = await startLocalNeo4j(
    { ...config.localNeo4j, port, dataDir, auth: false },
    { log: (line) => lines.push(line) },
  ).catch((error: unknown) => {
    throw new Error(`the test Neo4j did not start: ${String(error)}\n${lines.join("\n")}`);
  });
  provide(project, {
    uri: local.uri,
    user: "neo4j",
    password: "",
    database: "neo4j",
    ownsDatabase: true,
    origin: "local",
  });
  return async () => {
    await local.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

function provide(project: TestProject, neo4j: TestNeo4j): void {
  process.stderr.write(
    `tests use Neo4j at ${neo4j.uri} (${neo4j.origin}${neo4j.ownsDatabase ? "" : ", shared: whole-graph tests skipped"})\n`,
  );
  project.provide("neo4j", neo4j);
}

async function dockerNeo4j() {
  const { getContainerRuntimeClient } = await import("testcontainers");
  try {
    await getContainerRuntimeClient();
  } catch {
    return undefined;
  }
  const { Neo4jContainer } = await import("@testcontainers/neo4j");
  const container = await new Neo4jContainer("neo4j:5.26-community").withApoc().withPassword("tht-graph-test").start();
  return {
    neo4j: { uri: container.getBoltUri(), user: container.getUsername(), password: container.getPassword() },
    stop: async () => {
      await container.stop();
    },
  };
}
