// Fuzzing: fast-check generates a few thousand mutated documents, random variables and broken
// requests (test/support/graphql-fuzz-case.ts) and posts them to the live server (a child
// process, without an editor secret) for about a minute. No answer may be a 5xx, the server must
// not crash, and no mutation may get through: the graph is the same afterwards.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fingerprint, graphFingerprint } from "../support/graph-fingerprint.js";
import { type FuzzCase, graphqlFuzzCase } from "../support/graphql-fuzz-case.js";
import { ensureShippedSeed, startSeededServer } from "../support/seeded-server.js";
import type { ServerProcess } from "../support/server-process.js";
import { testDriver, testNeo4j } from "../support/test-neo4j.js";

const neo = testNeo4j();
const maxRuns = 5_000;
const timeLimitMs = 45_000;

interface Answer {
  status: number;
  json: boolean;
  codes: string[];
}

describe.skipIf(!neo.ownsDatabase)("fuzzing POST /graphql", () => {
  let server: ServerProcess;
  let url: string;
  let before: Fingerprint;

  beforeAll(async () => {
    await ensureShippedSeed();
    const driver = testDriver();
    try {
      before = await graphFingerprint(driver, neo.database);
    } finally {
      await driver.close();
    }
    ({ server, url } = await startSeededServer());
  });
  afterAll(() => server?.stop());

  async function send(fuzz: FuzzCase): Promise<Answer> {
    const response = await fetch(fuzz.method === "GET" ? `${url}/graphql?${fuzz.payload}` : `${url}/graphql`, {
      method: fuzz.method,
      headers:
        fuzz.method === "GET"
          ? { "apollo-require-preflight": "true" }
          : { "content-type": fuzz.contentType, "apollo-require-preflight": "true" },
      ...(fuzz.method === "POST" ? { body: fuzz.payload } : {}),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    try {
      const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
      return {
        status: response.status,
        json: true,
        codes: (body.errors ?? []).map((e) => e.extensions?.code ?? "(no code)"),
      };
    } catch {
      return { status: response.status, json: false, codes: [] };
    }
  }

  it(
    "answers thousands of random and mutated requests without a 5xx or a crash, and writes nothing",
    async () => {
      const statuses = new Map<string, number>();
      const codes = new Map<string, number>();
      const kinds = new Map<string, number>();
      const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
      const serverErrors: string[] = [];
      let runs = 0;
      const started = Date.now();
      const report = await fc.check(
        fc.asyncProperty(graphqlFuzzCase, async (fuzz) => {
          runs++;
          count(kinds, fuzz.kind);
          const answer = await send(fuzz);
          count(statuses, `${answer.status}${answer.json ? "" : " (not JSON)"}`);
          for (const code of answer.codes) count(codes, code);
          const internal = answer.codes.includes("INTERNAL_SERVER_ERROR");
          if (answer.status >= 500 || internal)
            serverErrors.push(`${answer.status} ${JSON.stringify(fuzz).slice(0, 300)}`);
          return answer.status < 500 && !internal && server.child.exitCode === null;
        }),
        { numRuns: maxRuns, interruptAfterTimeLimit: timeLimitMs, markInterruptAsFailure: false },
      );
      const ms = Date.now() - started;
      const sorted = (map: Map<string, number>) =>
        JSON.stringify(Object.fromEntries([...map].sort((a, b) => b[1] - a[1])));
      console.log(
        `fuzz: ${runs} requests in ${(ms / 1000).toFixed(1)} s (seed ${report.seed}); kinds ${sorted(kinds)}; ` +
          `statuses ${sorted(statuses)}; codes ${sorted(codes)}; 5xx or INTERNAL_SERVER_ERROR: ${serverErrors.length}` +
          (report.failed ? `; counterexample ${JSON.stringify(report.counterexample)}` : ""),
      );
      if (serverErrors.length > 0) console.log(`fuzz: first server errors:\n${serverErrors.slice(0, 5).join("\n")}`);
      expect(report.failed, fc.defaultReportMessage(report) ?? "").toBe(false);
      expect(runs).toBeGreaterThanOrEqual(1_000);

      // Still alive and serving, and nothing was written.
      expect(server.child.exitCode).toBeNull();
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const valid = await send({
        method: "POST",
        contentType: "application/json",
        payload: JSON.stringify({
          query: '{ paths(from: "healthwatch-tower-hamlets", to: "barts-health") { length } }',
        }),
        kind: "valid",
      });
      expect(valid).toEqual({ status: 200, json: true, codes: [] });
      const driver = testDriver();
      const after = await graphFingerprint(driver, neo.database).finally(() => driver.close());
      expect(after).toEqual(before);
    },
    timeLimitMs + 120_000,
  );
});
