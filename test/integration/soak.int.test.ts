// Soak: 50 concurrent clients (autocannon, loopback only) mix the page's queries for
// THT_SOAK_SECONDS (60 in `npm test`; `npm run soak` runs longer) against the real server as a
// child process. No request may fail; p99 latency and the server's resident memory are reported.
import autocannon from "autocannon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../core/config.js";
import * as page from "../../viz/src/data/generated/graphql.js";
import { residentMemoryMiB } from "../support/resident-memory.js";
import { startSeededServer } from "../support/seeded-server.js";
import { serverPid } from "../support/server-pid.js";
import type { ServerProcess } from "../support/server-process.js";
import { testNeo4j } from "../support/test-neo4j.js";

const connections = 50;
const seconds = loadConfig().soakSeconds;
const neo = testNeo4j();

/** What the page asks while someone explores: whole network, dated views, focus, paths, search, history. */
const mix: { name: string; query: string; variables: Record<string, unknown> }[] = [
  { name: "network", query: String(page.NetworkDocument), variables: {} },
  { name: "network asOf", query: String(page.NetworkDocument), variables: { asOf: "2015-06-01" } },
  { name: "neighbourhood", query: String(page.FocusDocument), variables: { id: "barts-health", depth: 2 } },
  {
    name: "neighbourhood asOf",
    query: String(page.FocusFilteredDocument),
    variables: { id: "gp-care-group", depth: 2, asOf: "2023-01-01", nodeTypes: null, kinds: null, types: null },
  },
  {
    name: "paths",
    query: String(page.PathsDocument),
    variables: { from: "healthwatch-tower-hamlets", to: "barts-health" },
  },
  { name: "search", query: String(page.SearchDocument), variables: { text: "bart" } },
  { name: "search alias", query: String(page.SearchDocument), variables: { text: "NHS NEL" } },
  { name: "timeline", query: String(page.TimelineDocument), variables: { id: "gp-care-group" } },
  { name: "changes", query: String(page.ChangesDocument), variables: { from: "2022-06-30", to: "2022-07-01" } },
  {
    name: "network asOf 2023",
    query: String(page.NetworkDocument),
    variables: { asOf: "2023-01-01" },
  },
];

describe.skipIf(!neo.ownsDatabase)(`soak: ${connections} clients for ${seconds} s`, () => {
  let server: ServerProcess;
  let url: string;

  beforeAll(async () => {
    // The queries ask about the shipped seed: it is loaded if another graph is there.
    ({ server, url } = await startSeededServer());
  });
  afterAll(() => server?.stop());

  it(
    "answers every request without an error, and reports p99 and memory growth",
    async () => {
      const pid = serverPid(server.child.pid as number);
      // Every query answers before the clock starts (and warms the query plans).
      for (const request of mix) {
        const response = await fetch(`${url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: request.query, variables: request.variables }),
        });
        const body = (await response.json()) as { errors?: unknown };
        expect(body.errors, request.name).toBeUndefined();
      }
      const rssStart = residentMemoryMiB(pid);
      const rss: number[] = [];
      const sampler = setInterval(() => rss.push(residentMemoryMiB(pid)), 1_000);

      const failures = new Map<string, number>();
      const fail = (why: string) => failures.set(why, (failures.get(why) ?? 0) + 1);
      const result = await autocannon({
        url: `${url}/graphql`,
        connections,
        duration: seconds,
        timeout: 30,
        method: "POST",
        headers: { "content-type": "application/json" },
        requests: mix.map((request) => ({
          method: "POST",
          path: "/graphql",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: request.query, variables: request.variables }),
          onResponse: (status: number, body: string) => {
            if (status !== 200) fail(`${request.name}: HTTP ${status}`);
            else if (!body.startsWith('{"data":{') || body.includes('"errors":[')) fail(`${request.name}: errors`);
          },
        })),
      });
      clearInterval(sampler);
      const rssEnd = residentMemoryMiB(pid);
      const rssPeak = Math.max(rssStart, rssEnd, ...rss);
      // A leak shows as a rising floor: compare the first and last thirds of the run.
      const third = Math.max(1, Math.floor(rss.length / 3));
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
      const trend = mean(rss.slice(-third)) - mean(rss.slice(0, third));
      const failed = [...failures.values()].reduce((a, b) => a + b, 0);
      console.log(
        `soak: ${connections} clients for ${seconds} s: ${result.requests.total} requests (${Math.round(result.requests.average)}/s), ` +
          `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; ` +
          `errors ${failed} (GraphQL or HTTP), connection errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}; ` +
          `server RSS ${rssStart.toFixed(0)} MiB at the start, peak ${rssPeak.toFixed(0)} MiB, ${rssEnd.toFixed(0)} MiB at the end ` +
          `(growth ${(rssEnd - rssStart).toFixed(0)} MiB; mean of the last third of the run minus the first: ` +
          `${trend >= 0 ? "+" : ""}${trend.toFixed(0)} MiB)` +
          (failed > 0 ? `; ${JSON.stringify(Object.fromEntries(failures))}` : ""),
      );
      expect(Object.fromEntries(failures)).toEqual({});
      expect(result.errors).toBe(0);
      expect(result.timeouts).toBe(0);
      expect(result.non2xx).toBe(0);
      expect(result.requests.total).toBeGreaterThan(connections);
      // A coarse leak guard; the figures above are the ones to watch.
      expect(rssEnd - rssStart).toBeLessThan(512);
      // The server still answers afterwards.
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    },
    (seconds + 120) * 1000,
  );
});
