// The loader's small helpers: merged networks, changes cut to the view, and answers cached by
// what was asked (a failure forgotten, a refusal as too large kept).

import { describe, expect, it } from "vitest";
import { ErrorCode } from "../../../schema/contract.js";
import { ApiError } from "../../../viz/src/data/api.js";
import { cachedBy } from "../../../viz/src/data/cached-by.js";
import { changesWithin } from "../../../viz/src/data/changes-within.js";
import { describeError, errorCodeOf } from "../../../viz/src/data/describe-error.js";
import { mergeNetworks } from "../../../viz/src/data/merge-networks.js";
import { tooLarge } from "../../../viz/src/data/too-large.js";
import { edge, node } from "./sample-view.js";

describe("mergeNetworks", () => {
  it("keeps each node and relationship once, the second network's version winning", () => {
    const merged = mergeNetworks(
      { nodes: [node("a"), node("b", { label: "old" })], edges: [edge("X", "a", "b")] },
      { nodes: [node("b", { label: "new" }), node("c")], edges: [edge("X", "a", "b")] },
    );
    expect(merged.nodes.map((n) => `${n.id}:${n.label}`)).toEqual(["a:A", "b:new", "c:C"]);
    expect(merged.edges).toHaveLength(1);
  });
});

describe("changesWithin", () => {
  it("keeps only the changes of what the view shows", () => {
    const changes = changesWithin(
      {
        from: "2021-12-31",
        to: "2023-12-31",
        nodesStarted: [node("a"), node("far")],
        nodesEnded: [],
        edgesStarted: [edge("X", "a", "far")],
        edgesEnded: [],
      },
      { nodes: [node("a")], edges: [] },
    );
    expect(changes.nodesStarted.map((n) => n.id)).toEqual(["a"]);
    expect(changes.edgesStarted).toEqual([]);
    expect(changes.from).toBe("2021-12-31");
  });
});

describe("cachedBy", () => {
  it("asks once per key, forgets a failure and keeps a refusal as too large", async () => {
    const cache = new Map<string, Promise<string>>();
    let calls = 0;
    const fetchOk = () => Promise.resolve(`answer ${++calls}`);
    expect(await cachedBy(cache, "k", fetchOk)).toBe("answer 1");
    expect(await cachedBy(cache, "k", fetchOk)).toBe("answer 1");

    await cachedBy(cache, "failing", () => Promise.reject(new Error("offline"))).catch(() => undefined);
    await Promise.resolve();
    expect(cache.has("failing")).toBe(false);

    const refusal = new ApiError(ErrorCode.NetworkTooLarge, "too large", { elements: 90, limit: 40 });
    await cachedBy(cache, "big", () => Promise.reject(refusal)).catch(() => undefined);
    await Promise.resolve();
    expect(cache.has("big")).toBe(true);
  });
});

describe("tooLarge and describeError", () => {
  it("reads a refusal's sizes, and nothing from any other error", () => {
    expect(tooLarge(new ApiError(ErrorCode.NetworkTooLarge, "", { elements: 90, limit: "40" }))).toEqual({
      elements: 90,
      limit: 0,
    });
    expect(tooLarge(new ApiError(ErrorCode.NotFound, ""))).toBeNull();
    expect(tooLarge(new Error(ErrorCode.NetworkTooLarge))).toBeNull();
  });

  it("says what went wrong as a sentence and what to try, never the code", () => {
    expect(describeError(new ApiError(ErrorCode.NotFound, 'no node "x" on 2023-06-01.'))).toBe(
      'No node "x" on 2023-06-01. Check the name, or try another date or all time.',
    );
    expect(describeError(new ApiError(ErrorCode.ServerUnreachable, "the server could not be reached"))).toBe(
      "The server could not be reached. Check the connection, then try again.",
    );
    expect(describeError(new ApiError(ErrorCode.NotFound, "gone", { hint: "Pick another." }))).toBe(
      "Gone. Pick another.",
    );
    for (const code of Object.values(ErrorCode))
      expect(describeError(new ApiError(code, "the server answered with HTTP status 500"))).not.toMatch(
        /\[|[A-Z]{3,}_/,
      );
    expect(describeError(new Error("offline"))).toBe("Offline.");
    expect(describeError("odd")).toBe("Odd.");
  });

  it("knows an error by the API's code, and any other as an internal error", () => {
    expect(errorCodeOf(new ApiError(ErrorCode.RateLimited, "slow down"))).toBe(ErrorCode.RateLimited);
    expect(errorCodeOf(new TypeError("x is undefined"))).toBe(ErrorCode.InternalError);
  });
});
