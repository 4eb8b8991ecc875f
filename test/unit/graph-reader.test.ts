// GraphReader against a driver that records what it is asked: the transaction settings every read
// carries, and that a network over the limit is refused after its count, before any node is read.
import type { Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { ThtError } from "../../core/errors/tht-error.js";
import * as q from "../../server/cypher/network-queries.js";
import { GraphReader } from "../../server/graph/graph-reader.js";

function recordingDriver(answer: (query: string) => Record<string, unknown>[]) {
  const calls: { query: string; config: Record<string, unknown> }[] = [];
  const driver = {
    async executeQuery(query: string, _params: unknown, config: Record<string, unknown>) {
      calls.push({ query, config });
      return { records: answer(query).map((row) => ({ toObject: () => row })) };
    },
  } as unknown as Driver;
  return { driver, calls };
}

describe("GraphReader", () => {
  it("reads in read mode, within the transaction timeout it was given", async () => {
    const { driver, calls } = recordingDriver(() => [{ one: 1 }]);
    await new GraphReader({ driver, database: "graph", timeoutMs: 1234 }).run("RETURN 1 AS one", {});
    expect(calls[0]?.config).toMatchObject({
      database: "graph",
      routing: "READ",
      transactionConfig: { timeout: 1234 },
    });
  });

  it("refuses a network over the limit with NETWORK_TOO_LARGE after counting it, reading no node", async () => {
    const { driver, calls } = recordingDriver((query) => (query === q.networkSize ? [{ nodes: 10, edges: 20 }] : []));
    const refused = await new GraphReader({ driver, database: "graph" })
      .network({ asOf: "2021-06-01" }, { maxElements: 25 })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ThtError);
    expect((refused as ThtError).extensions).toMatchObject({
      code: "NETWORK_TOO_LARGE",
      elements: 30,
      nodes: 10,
      edges: 20,
      limit: 25,
    });
    expect(calls.map((c) => c.query)).toEqual([q.networkSize]);
  });

  it("answers a network at the limit, and never counts without one (the exports)", async () => {
    const { driver, calls } = recordingDriver((query) => (query === q.networkSize ? [{ nodes: 10, edges: 15 }] : []));
    const reader = new GraphReader({ driver, database: "graph" });
    await expect(reader.network({}, { maxElements: 25 })).resolves.toEqual({ nodes: [], edges: [] });
    expect(calls[0]?.query).toBe(q.networkSize);
    calls.length = 0;
    await reader.network({});
    expect(calls.map((c) => c.query)).not.toContain(q.networkSize);
  });
});
