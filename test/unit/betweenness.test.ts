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
    expect(second).toBe(first);
    expect(await second).toEqual({ degree: [1, 1], betweenness: [0, 0] });
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
