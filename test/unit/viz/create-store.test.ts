// The tiny store under the page store: replaced state, listeners, unsubscribing.
import { describe, expect, it } from "vitest";
import { createStore } from "../../../viz/src/store/create-store.js";

describe("createStore", () => {
  it("replaces the state instead of changing it, so views can compare by reference", () => {
    const store = createStore({ a: 1, b: [1] });
    const before = store.getState();
    store.set({ a: 2 });
    expect(before).toEqual({ a: 1, b: [1] });
    expect(store.getState()).toEqual({ a: 2, b: [1] });
    expect(store.getState().b).toBe(before.b);
  });

  it("gives every listener the latest state, even after one of them changed it", () => {
    const store = createStore({ n: 0 });
    const seen: string[] = [];
    store.subscribe((s) => {
      seen.push(`first ${s.n}`);
      if (s.n === 1) store.set({ n: 2 });
    });
    store.subscribe((s) => seen.push(`second ${s.n}`));
    store.set({ n: 1 });
    expect(seen).toEqual(["first 1", "first 2", "second 2", "second 2"]);
  });

  it("stops telling a listener once it unsubscribes", () => {
    const store = createStore({ n: 0 });
    const seen: number[] = [];
    const stop = store.subscribe((s) => seen.push(s.n));
    store.set({ n: 1 });
    stop();
    store.set({ n: 2 });
    expect(seen).toEqual([1]);
  });
});
