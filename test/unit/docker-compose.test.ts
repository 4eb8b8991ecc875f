// No Docker engine runs on CI, so the compose file is checked by shape rather than by running it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[]; interval?: string; retries?: number };
  depends_on?: Record<string, { condition: string }>;
}
const compose = parse(readFileSync(join(import.meta.dirname, "..", "..", "docker-compose.yml"), "utf8")) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};

describe("docker-compose.yml", () => {
  const { neo4j, app } = compose.services;

  it("runs Neo4j 5.26 Community with APOC core", () => {
    expect(neo4j?.image).toBe("neo4j:5.26-community");
    expect(JSON.parse(neo4j?.environment?.NEO4J_PLUGINS ?? "[]")).toContain("apoc");
  });

  it("keeps Neo4j's data in a named volume", () => {
    const volume = neo4j?.volumes?.find((v) => v.endsWith(":/data"))?.split(":")[0];
    expect(volume).toBeDefined();
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  it("health-checks Neo4j with a Cypher query", () => {
    expect(neo4j?.healthcheck?.test.join(" ")).toMatch(/cypher-shell .*RETURN 1/);
    expect(neo4j?.healthcheck?.retries).toBeGreaterThan(0);
  });

  it("publishes Bolt and the app on loopback only", () => {
    expect(neo4j?.ports).toContain("127.0.0.1:7687:7687");
    expect(app?.ports).toContain("127.0.0.1:4000:4000");
  });

  it("starts the app only once Neo4j is healthy, reaching it by service name", () => {
    expect(app?.depends_on?.neo4j?.condition).toBe("service_healthy");
    expect(app?.environment?.NEO4J_URI).toBe("bolt://neo4j:7687");
    expect(app?.environment?.HOST).toBe("0.0.0.0");
    expect(app?.build).toBeDefined();
  });

  it("gives the app the same password as Neo4j", () => {
    expect(neo4j?.environment?.NEO4J_AUTH).toBe(`neo4j/${app?.environment?.NEO4J_PASSWORD}`);
  });
});
