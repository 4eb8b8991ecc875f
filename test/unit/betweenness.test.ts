// Centrality's scores come from a worker thread: right, computed once per key, and stopped at
// their deadline with COMPUTATION_TIMEOUT while the event loop stays free.
import { describe, expect, it } from "vitest";
import { BetweennessRunner } from "../../server/analytics/betweenness.js";

describe("betweenness off the event loop", () => {
  it("scores a path: the middle brokers", async () => {
    const runner = new BetweennessRunner(10_000);
    const scores = await runner.scores(
      "path",
      ["a", "b", "c"],
      [
        ["a", "b"],
        ["b", "c"],
      ],
    );
    expect(scores).toEqual({ degree: [1, 2, 1], betweenness: [0, 1, 0] });
  });

  it("computes a key once, and shares a computation in flight", async () => {
    const runner = new BetweennessRunner(10_000);
    const first = runner.scores("k", ["a", "b"], [["a", "b"]]);
    const second = runner.scores("k", ["x"], []);
    // The second ask's network is never used: both get the first computation's scores.
    expect(await second).toBe(await first);
    expect(await second).toEqual({ degree: [1, 1], betweenness: [0, 0] });
  });

  it("keeps the whole answer: a known key reads its network once", async () => {
    const runner = new BetweennessRunner(10_000);
    let loads = 0;
    const load = async () => {
      loads++;
      return {
        keys: ["a", "b", "c"],
        edges: [
          ["a", "b"],
          ["b", "c"],
        ] as [string, string][],
        value: "nodes",
      };
    };
    const first = await runner.answer("rev-1", load);
    const second = await runner.answer("rev-1", load);
    expect(loads).toBe(1);
    expect(runner.knows("rev-1")).toBe(true);
    expect(second).toEqual({ value: "nodes", scores: { degree: [1, 2, 1], betweenness: [0, 1, 0] } });
    expect(second).toBe(first);
    // Another revision is another question.
    await runner.answer("rev-2", load);
    expect(loads).toBe(2);
    // A load that fails (NETWORK_TOO_LARGE, a timeout) is not kept.
    await expect(runner.answer("rev-3", () => Promise.reject(new Error("refused")))).rejects.toThrow("refused");
    expect(runner.knows("rev-3")).toBe(false);
  });

  it("answers NETWORK_TOO_LARGE when the computation outgrows its heap, and computes the next", async () => {
    const keys = Array.from({ length: 200_000 }, (_, i) => `node-${i}`);
    const edges = keys.map((k, i): [string, string] => [k, `node-${(i + 1) % keys.length}`]);
    const runner = new BetweennessRunner(60_000, 8, 16);
    const failure = await runner.scores("huge", keys, edges).catch((e: { code?: string }) => e);
    expect((failure as { code?: string }).code).toBe("NETWORK_TOO_LARGE");
    expect((await runner.scores("small", ["a", "b"], [["a", "b"]])).degree).toEqual([1, 1]);
  });

  it("stops at its deadline with COMPUTATION_TIMEOUT, the event loop answering meanwhile", async () => {
    // A graph betweenness needs seconds for: 3,000 nodes in a ring with chords.
    const keys = Array.from({ length: 3_000 }, (_, i) => `n${i}`);
    const edges = keys.flatMap((k, i): [string, string][] => [
      [k, `n${(i + 1) % keys.length}`],
      [k, `n${(i * 7 + 3) % keys.length}`],
    ]);
    const runner = new BetweennessRunner(300);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const failure = await runner.scores("big", keys, edges).catch((e: { code?: string }) => e);
    clearInterval(timer);
    expect((failure as { code?: string }).code).toBe("COMPUTATION_TIMEOUT");
    expect(ticks).toBeGreaterThan(5);
    // A failure is not kept: the next ask computes again.
    const again = new BetweennessRunner(10_000);
    expect((await again.scores("small", ["a"], [])).degree).toEqual([0]);
  });
});
