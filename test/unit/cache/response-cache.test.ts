// The response cache and the graph clock alone (server/cache/): kept per version, bounded in
// bytes, one computation for a crowd, nothing kept across a version's move, and the clock's three
// ways of moving (a read that differs, a write of its own, a new day).
import { describe, expect, it } from "vitest";
import { createGraphClock } from "../../../server/cache/graph-clock.js";
import { createResponseCache } from "../../../server/cache/response-cache.js";
import { matchesEtag } from "../../../server/cache/revalidate.js";

const answer = (body: string) => ({
  status: 200,
  headers: [["content-type", "application/json"]] as [string, string][],
  body,
});
const computed =
  (body: string, keep = true) =>
  async () => ({ answer: answer(body), keep });

describe("the response cache", () => {
  it("keeps an answer under its version and key, and lets go of all of them when the version moves", async () => {
    const cache = createResponseCache(1_000_000);
    cache.moveTo("v1");
    expect(cache.peek("v1", "k")).toBeUndefined();
    expect((await cache.answer("v1", "k", computed("one"))).outcome).toBe("miss");
    expect(cache.peek("v1", "k")?.body).toBe("one");
    cache.moveTo("v2");
    expect(cache.peek("v1", "k")).toBeUndefined();
    expect(cache.peek("v2", "k")).toBeUndefined();
    expect(cache.stats().entries).toBe(0);
  });

  it("does not keep what it is told not to, nor an answer for a version already gone", async () => {
    const cache = createResponseCache(1_000_000);
    cache.moveTo("v2");
    await cache.answer("v2", "error", computed("{errors}", false));
    expect(cache.peek("v2", "error")).toBeUndefined();
    // Asked under v1 (read before the move): answered, not kept under either version.
    const late = await cache.answer("v1", "k", computed("old"));
    expect(late).toMatchObject({ outcome: "miss", kept: false });
    expect(cache.peek("v2", "k")).toBeUndefined();
    // The version moving while the answer is computed: not kept.
    const moving = cache.answer("v2", "slow", async () => {
      cache.moveTo("v3");
      return { answer: answer("read across a write"), keep: true };
    });
    expect((await moving).kept).toBe(false);
    expect(cache.peek("v3", "slow")).toBeUndefined();
    expect(cache.stats().refused).toBe(2);
  });

  it("computes once for all who ask at once", async () => {
    const cache = createResponseCache(1_000_000);
    cache.moveTo("v");
    let runs = 0;
    const slow = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { answer: answer("shared"), keep: true };
    };
    const answers = await Promise.all(Array.from({ length: 10 }, () => cache.answer("v", "k", slow)));
    expect(runs).toBe(1);
    expect(answers.map((a) => a.outcome).sort()).toEqual([...Array(9).fill("joined"), "miss"]);
    expect(answers.every((a) => a.answer.body === "shared")).toBe(true);
  });

  it("stays under its bound in bytes, least recently used out first, and keeps nothing larger than itself", async () => {
    const bound = 20_000;
    const cache = createResponseCache(bound);
    cache.moveTo("v");
    for (let i = 0; i < 100; i++) {
      await cache.answer("v", `k${i}`, computed("x".repeat(1_000 + i * 10)));
      if (i === 50) expect(cache.peek("v", "k48")).toBeDefined();
      expect(cache.stats().bytes).toBeLessThanOrEqual(bound);
    }
    expect(cache.peek("v", "k0")).toBeUndefined();
    expect(cache.peek("v", "k99")).toBeDefined();
    await cache.answer("v", "huge", computed("x".repeat(bound)));
    expect(cache.peek("v", "huge")).toBeUndefined();
    expect(cache.stats().bytes).toBeLessThanOrEqual(bound);
  });

  it("is off at 0 bytes: every answer computed, none kept", async () => {
    const cache = createResponseCache(0);
    expect(cache.enabled).toBe(false);
    await cache.answer("v", "k", computed("one"));
    expect(cache.peek("v", "k")).toBeUndefined();
  });
});

describe("the graph clock", () => {
  it("moves when the graph's version read differs, when this instance wrote, and at a new day", async () => {
    let stored = "3.abc";
    let day = "2026-12-04";
    const heard: string[] = [];
    const clock = createGraphClock({ read: async () => stored, pollMs: 1_000, build: "0.4.0", day: () => day });
    clock.onChange((v) => heard.push(v));
    await clock.start();
    clock.stop();
    expect(clock.current()).toBe("0.4.0/3.abc@2026-12-04");
    // A read showing nothing new: no move.
    await clock.refresh();
    expect(heard).toEqual(["0.4.0/3.abc@2026-12-04"]);
    stored = "4.abc";
    await clock.refresh();
    expect(clock.current()).toBe("0.4.0/4.abc@2026-12-04");
    // This instance wrote, but the read cannot show it yet (a follower behind): it moves anyway.
    await clock.refresh({ wrote: true });
    expect(clock.current()).toBe("0.4.0/4.abc@2026-12-04+1");
    clock.noteWrite();
    expect(clock.current()).toBe("0.4.0/4.abc@2026-12-04+2");
    // The read catching up settles it on the stored version.
    stored = "5.abc";
    await clock.refresh();
    expect(clock.current()).toBe("0.4.0/5.abc@2026-12-04");
    day = "2026-12-05";
    expect(clock.current()).toBe("0.4.0/5.abc@2026-12-05");
    expect(heard.at(-1)).toBe("0.4.0/5.abc@2026-12-05");
  });

  it("polls, and keeps the last version while the database does not answer", async () => {
    let stored: string | Error = "1.x";
    const errors: unknown[] = [];
    const clock = createGraphClock({
      read: async () => {
        if (stored instanceof Error) throw stored;
        return stored;
      },
      pollMs: 10,
      onError: (e) => errors.push(e),
    });
    await clock.start();
    stored = new Error("Neo4j is down");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(clock.current().startsWith("1.x@")).toBe(true);
    expect(errors.length).toBeGreaterThan(0);
    stored = "2.x";
    await new Promise((resolve) => setTimeout(resolve, 50));
    clock.stop();
    expect(clock.current().startsWith("2.x@")).toBe(true);
  });
});

describe("If-None-Match", () => {
  it("matches the ETag in a list, weak or strong, or *", () => {
    expect(matchesEtag('"a:b"', '"a:b"')).toBe(true);
    expect(matchesEtag('"x", W/"a:b"', '"a:b"')).toBe(true);
    expect(matchesEtag("*", '"a:b"')).toBe(true);
    expect(matchesEtag('"a:c"', '"a:b"')).toBe(false);
    expect(matchesEtag(undefined, '"a:b"')).toBe(false);
  });
});

describe("the graph clock's reads", () => {
  it("never goes back to an older version when an earlier read answers last", async () => {
    const answers: ((version: string) => void)[] = [];
    const clock = createGraphClock({
      read: () => new Promise<string>((resolve) => answers.push(resolve)),
      pollMs: 1_000,
      day: () => "2026-12-04",
    });
    // A poll begins before a write commits; the write's own read begins after it, and answers first.
    const poll = clock.refresh();
    const writersRead = clock.refresh({ wrote: true });
    answers[1]?.("2.x");
    await writersRead;
    expect(clock.current()).toBe("2.x@2026-12-04");
    answers[0]?.("1.x");
    await poll;
    expect(clock.current()).toBe("2.x@2026-12-04");
  });
});
