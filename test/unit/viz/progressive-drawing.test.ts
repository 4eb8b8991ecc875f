// A big view drawn progressively: the batches hold every element once, the first holds the focus,
// its first ring and what is asked for early, and a relationship never comes before its two ends;
// the camera's planned box; a later drawing supersedes an earlier one; the wait count.
import cytoscape, { type ElementDefinition } from "cytoscape";
import { describe, expect, it } from "vitest";
import { createInFlight } from "../../../viz/src/data/in-flight.js";
import {
  batchElements,
  plannedBox,
  progressiveBatches,
  startDrawing,
} from "../../../viz/src/drawing/progressive-drawing.js";
import { edgeElement, nodeElement } from "../../../viz/src/drawing/to-elements.js";
import { sampleNetwork } from "../../support/sample-network.js";

const { network } = sampleNetwork(3000);
const definitions: ElementDefinition[] = [
  ...network.nodes.map((n) => nodeElement(n, null)),
  ...network.edges.map((e) => edgeElement(e, null)),
];
const idOf = (d: ElementDefinition) => String(d.data.id);
const focus = "n7";
const ringOf = (id: string) =>
  new Set(
    network.edges
      .filter((e) => e.source === id || e.target === id)
      .map((e) => (e.source === id ? e.target : e.source))
      .filter((other) => other !== id),
  );

describe("progressive batches", () => {
  const batches = progressiveBatches(definitions, { focus, early: (id) => id === "n900" });
  const all = [batches.first, ...batches.rest];

  it("hold every element exactly once", () => {
    const ids = all.flat().map(idOf);
    expect(ids.length).toBe(definitions.length);
    expect(new Set(ids).size).toBe(definitions.length);
  });

  it("draw the focus and its first ring first, with what is asked for early and the relationships among them", () => {
    const first = new Set(batches.first.map(idOf));
    expect(batches.first[0]?.data.id).toBe(focus);
    expect(batches.ring).toEqual(ringOf(focus));
    for (const id of ringOf(focus)) expect(first.has(id)).toBe(true);
    expect(first.has("n900")).toBe(true);
    for (const e of network.edges)
      if (e.source === focus && ringOf(focus).has(e.target)) expect(first.has(e.id), e.id).toBe(true);
  });

  it("bring each relationship with the batch that completes its two ends, never before", () => {
    const batchOf = new Map<string, number>();
    all.forEach((batch, at) => {
      for (const d of batch) batchOf.set(idOf(d), at);
    });
    for (const e of network.edges) {
      const at = batchOf.get(e.id) as number;
      expect(at).toBeGreaterThanOrEqual(batchOf.get(e.source) as number);
      expect(at).toBeGreaterThanOrEqual(batchOf.get(e.target) as number);
      // Within its batch, after both ends (an end in an earlier batch is not in it: -1).
      const batch = all[at]?.map(idOf) ?? [];
      expect(batch.indexOf(e.id)).toBeGreaterThan(Math.max(batch.indexOf(e.source), batch.indexOf(e.target)));
    }
  });

  it("spread the rest over batches of about the batch size, with no small last one", () => {
    expect(batches.rest.length).toBeGreaterThanOrEqual(Math.floor(definitions.length / batchElements) - 1);
    // A batch closes once full (its last node's relationships may run it over a little); a last
    // batch under a quarter of the size joins the one before.
    for (const batch of batches.rest) expect(batch.length).toBeLessThan(1.25 * batchElements + 40);
    if (batches.rest.length > 1) expect(batches.rest.at(-1)?.length).toBeGreaterThanOrEqual(batchElements / 4);
    // In batches of 950, 3,000 elements would leave a last batch of 135: it joins the one before.
    const merged = progressiveBatches(definitions, { focus, early: () => false }, 950);
    expect(merged.rest.map((b) => b.length)).toEqual([952, 952, 1087]);
  });

  it("start without a focus from what is asked for early, or else the best connected node", () => {
    const lit = progressiveBatches(definitions, { focus: null, early: (id) => id === "n42" });
    expect(lit.first[0]?.data.id).toBe("n42");
    expect(lit.ring.size).toBe(0);
    const plain = progressiveBatches(definitions, { focus: null, early: () => false });
    const degree = (id: string) => network.edges.filter((e) => e.source === id || e.target === id).length;
    const best = Math.max(...network.nodes.map((n) => degree(n.id)));
    expect(degree(String(plain.first[0]?.data.id))).toBe(best);
    expect(plain.first.length).toBeLessThan(batchElements + 40);
  });
});

describe("the planned box", () => {
  it("is where the nodes will be, with their size", () => {
    const nodes = definitions.filter((d) => d.group === "nodes").slice(0, 3);
    const positions = { n0: { x: 0, y: 0 }, n1: { x: 100, y: 50 }, n2: { x: -40, y: 200 } };
    const box = plannedBox(nodes, positions)?.boundingBox();
    const half = Number(nodes[0]?.data.size) / 2;
    expect(box).toMatchObject({ x1: -40 - half, y1: -half, x2: 100 + half, y2: 200 + half });
    expect(plannedBox([], positions)).toBeNull();
  });
});

describe("drawings in turn", () => {
  it("a later drawing supersedes an earlier one on the same graph only", () => {
    const cy = cytoscape({ headless: true });
    const other = cytoscape({ headless: true });
    const first = startDrawing(cy);
    expect(first.current()).toBe(true);
    const elsewhere = startDrawing(other);
    expect(first.current()).toBe(true);
    const second = startDrawing(cy);
    expect(first.current()).toBe(false);
    expect(second.current()).toBe(true);
    expect(elsewhere.current()).toBe(true);
  });
});

describe("the wait count", () => {
  it("counts what is waited for, once each, and tells its listeners", () => {
    const waiting = createInFlight();
    const heard: number[] = [];
    const stop = waiting.subscribe((n) => heard.push(n));
    const a = waiting.start();
    const b = waiting.start();
    a();
    a();
    expect(waiting.count()).toBe(1);
    b();
    stop();
    waiting.start();
    expect(heard).toEqual([1, 2, 1, 0]);
  });
});
