// No Docker engine runs on CI, so docker-compose.yml and the Dockerfile are checked against the
// project they run: the app's settings are a configuration core/config.ts accepts, the services
// reach each other where they listen, the image is the Neo4j the local build runs, and the image
// build copies what its install step imports.
import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { configVariables, loadConfig } from "../../core/config.js";

const root = join(import.meta.dirname, "..", "..");
const read = (file: string) => readFileSync(join(root, file), "utf8");

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] | string };
  depends_on?: Record<string, { condition: string }>;
}
const compose = parse(read("docker-compose.yml")) as { services: Record<string, Service>; volumes: object };
const { neo4j, app } = compose.services as { neo4j: Service; app: Service };

/** Compose's `${NAME:-default}` with nothing set, as `docker compose up` without a .env reads it. */
const interpolate = (value: string) => value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, "$1");
const appEnv = Object.fromEntries(Object.entries(app.environment ?? {}).map(([k, v]) => [k, interpolate(String(v))]));

describe("docker-compose.yml", () => {
  it("gives the app only variables tht-graph reads, and a configuration it accepts", () => {
    expect(Object.keys(appEnv).filter((name) => !configVariables.includes(name))).toEqual([]);
    const config = loadConfig(appEnv);
    expect(config.env).toBe("production");
    // In a container the app must listen beyond loopback for the published port to reach it.
    expect(config.host).toBe("0.0.0.0");
  });

  it("points the app at the Neo4j service, on the Bolt port that service listens on", () => {
    const uri = new URL(loadConfig(appEnv).neo4j.uri ?? "");
    expect(Object.keys(compose.services)).toContain(uri.hostname);
    const boltPorts = (neo4j.ports ?? []).map((p) => p.split(":").at(-1));
    expect(boltPorts).toContain(uri.port);
    expect(app.depends_on?.[uri.hostname]?.condition).toBe("service_healthy");
  });

  it("logs the app in with the password the Neo4j service was given", () => {
    const auth = interpolate(neo4j.environment?.NEO4J_AUTH ?? "");
    const config = loadConfig(appEnv);
    expect(auth).toBe(`${config.neo4j.user}/${config.neo4j.password}`);
  });

  it("runs the Neo4j minor version and APOC the local build runs (neo4j/pom.xml)", () => {
    const version = /<neo4j\.version>(\d+\.\d+)\.\d+<\/neo4j\.version>/.exec(read("neo4j/pom.xml"))?.[1];
    expect(version).toBeDefined();
    expect(neo4j.image).toBe(`neo4j:${version}-community`);
    expect(JSON.parse(neo4j.environment?.NEO4J_PLUGINS ?? "[]")).toContain("apoc");
  });

  it("publishes every port on loopback only, the app's on the PORT it listens on", () => {
    for (const port of [...(neo4j.ports ?? []), ...(app.ports ?? [])]) expect(port).toMatch(/^127\.0\.0\.1:/);
    expect(app.ports?.map((p) => p.split(":").at(-1))).toContain(String(loadConfig(appEnv).port));
  });

  it("health-checks the app on its readiness probe and Neo4j with a Cypher query", () => {
    const appCheck = [app.healthcheck?.test ?? []].flat().join(" ");
    expect(appCheck).toContain(`:${loadConfig(appEnv).port}/readyz`);
    expect(read("server/app.ts")).toContain('"/readyz"');
    expect([neo4j.healthcheck?.test ?? []].flat().join(" ")).toMatch(/cypher-shell .*RETURN 1/);
  });

  it("keeps Neo4j's data in a named volume", () => {
    const volume = neo4j.volumes?.find((v) => v.endsWith(":/data"))?.split(":")[0];
    expect(Object.keys(compose.volumes)).toContain(volume);
  });
});

describe("Dockerfile", () => {
  const lines = read("Dockerfile").split("\n");
  const install = lines.findIndex((l) => /^RUN npm ci\b/.test(l));
  const copiedBefore = lines
    .slice(0, install)
    .filter((l) => l.startsWith("COPY "))
    .flatMap((l) => l.split(/\s+/).slice(1, -1));

  /** The project's files a script imports, transitively (relative imports only). */
  const importsOf = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const [, spec] of read(file).matchAll(/from "(\.[^"]+)"/g)) {
      const target = normalize(join(dirname(file), (spec as string).replace(/\.js$/, ".ts")));
      importsOf(target, seen);
    }
    return seen;
  };

  it("copies in, before npm ci, every file the install step (postinstall) runs", () => {
    const postinstall = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts.postinstall;
    const script = /tsx (scripts\/\S+\.ts)/.exec(postinstall ?? "")?.[1];
    expect(script).toBeDefined();
    const needed = [...importsOf(script as string)].map((f) => f.split("/")[0]);
    for (const folder of new Set(needed)) expect(copiedBefore, `COPY ${folder} before RUN npm ci`).toContain(folder);
    expect(install).toBeGreaterThan(0);
  });

  it("starts the server as npm start does: the same program, Node flags and loader", () => {
    const start = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts.start ?? "";
    const cmd = lines.find((l) => l.startsWith("CMD")) ?? "";
    expect(JSON.parse(cmd.slice("CMD".length)) as string[]).toEqual(start.trim().split(/\s+/));
  });
});
