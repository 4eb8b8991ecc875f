// The shapes of the layouts on the menu (issue 16): a layered layout's crowded rank folded into
// staggered rows that fit the width; the concentric rings with the partnership at the centre and the
// organisations around it, every ring's nodes spaced apart; and the count of active filters that
// the folded "Filters and options" disclosure shows.
import { describe, expect, it } from "vitest";
import { ringPositions } from "../../../viz/src/drawing/ring-positions.js";
import { wrapDefaults, wrapRanks } from "../../../viz/src/drawing/wrap-ranks.js";
import { defaultViewState } from "../../../viz/src/store/view-state.js";
import { activeFilters } from "../../../viz/src/views/controls/options-count.js";
import { edge, node } from "./sample-view.js";

describe("folding a layered layout's ranks", () => {
  // A hub over forty leaves 50 px apart: the one-row strip the hierarchy layout drew, 2,000 px wide.
  const strip = {
    hub: { x: 1000, y: 0 },
    ...Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`leaf-${i}`, { x: i * 50, y: 200 }])),
  };

  it("folds the crowded rank into staggered rows a label's width apart, within the width", () => {
    const wrapped = wrapRanks(strip);
    const leaves = Object.entries(wrapped).filter(([id]) => id.startsWith("leaf-"));
    const rows = new Map<number, number[]>();
    for (const [, p] of leaves) rows.set(p.y, [...(rows.get(p.y) ?? []), p.x]);
    expect(rows.size).toBe(Math.ceil((40 * wrapDefaults.column) / wrapDefaults.maxWidth));
    for (const xs of rows.values()) {
      const sorted = [...xs].sort((a, b) => a - b);
      for (let i = 1; i < sorted.length; i++)
        expect((sorted[i] ?? 0) - (sorted[i - 1] ?? 0)).toBeGreaterThanOrEqual(wrapDefaults.column - 1);
    }
    const xs = Object.values(wrapped).map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(wrapDefaults.maxWidth + wrapDefaults.column);
    // The rank keeps its order (each leaf left of the one after it in the next row), under its hub.
    const x = (i: number) => wrapped[`leaf-${i}`]?.x ?? Number.NaN;
    for (let i = 1; i < 40; i++) expect(x(i)).toBeGreaterThan(x(i - 1) - wrapDefaults.column);
    expect(wrapped.hub?.y).toBeLessThan(Math.min(...leaves.map(([, p]) => p.y)));
  });

  it("leaves a rank that fits on one row", () => {
    const wrapped = wrapRanks({ a: { x: 0, y: 0 }, b: { x: 300, y: 0 }, c: { x: 150, y: 100 } });
    expect(new Set([wrapped.a?.y, wrapped.b?.y]).size).toBe(1);
    expect((wrapped.b?.x ?? 0) - (wrapped.a?.x ?? 0)).toBe(300);
  });
});

describe("the concentric rings", () => {
  const organisations = ["barts", "elft", "gpcg", "healthwatch", "nel", "cvs"];
  const network = {
    nodes: [
      node("tht", { kind: "partnership" }),
      ...organisations.map((id) => node(id)),
      ...Array.from({ length: 30 }, (_, i) => node(`service-${i}`, { nodeType: "Service", kind: "service" })),
    ],
    edges: [
      ...organisations.map((id) => edge("PARTNER_IN", id, "tht")),
      ...Array.from({ length: 30 }, (_, i) => edge("PROVIDES", organisations[i % 6] ?? "elft", `service-${i}`)),
    ],
  };
  const positions = ringPositions(network);
  const radius = (id: string) => Math.hypot(positions[id]?.x ?? 0, positions[id]?.y ?? 0);

  it("puts the partnership at the centre and the organisations on the first ring, everything else outside", () => {
    expect(radius("tht")).toBe(0);
    const first = organisations.map(radius);
    expect(Math.max(...first) - Math.min(...first)).toBeLessThan(2);
    const outer = Math.min(...Array.from({ length: 30 }, (_, i) => radius(`service-${i}`)));
    expect(outer).toBeGreaterThan(Math.max(...first) + 100);
  });

  it("keeps the nodes of a ring apart, and each service near the organisation that provides it", () => {
    const ids = Object.keys(positions).filter((id) => id !== "tht");
    for (const a of ids)
      for (const b of ids) {
        if (a >= b) continue;
        const [p, q] = [positions[a], positions[b]];
        expect(Math.hypot((p?.x ?? 0) - (q?.x ?? 0), (p?.y ?? 0) - (q?.y ?? 0)), `${a}, ${b}`).toBeGreaterThan(60);
      }
    const angle = (id: string) => Math.atan2(positions[id]?.y ?? 0, positions[id]?.x ?? 0);
    const apart = (a: number, b: number) => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));
    const near = Array.from({ length: 30 }, (_, i) => i).filter(
      (i) => apart(angle(`service-${i}`), angle(organisations[i % 6] ?? "")) < Math.PI / 3,
    );
    expect(near.length).toBeGreaterThanOrEqual(24);
  });

  it("is the same picture each time", () => {
    expect(ringPositions(network)).toEqual(positions);
  });
});

describe("the count of active filters", () => {
  it("counts each hidden type, kind and relationship, known facts only, a date and a comparison", () => {
    expect(activeFilters(defaultViewState)).toBe(0);
    expect(
      activeFilters({
        ...defaultViewState,
        hiddenTypes: ["Site"],
        hiddenKinds: ["NHS trust", "GP federation"],
        hiddenRelationships: ["SERVES"],
        knownOnly: true,
        date: "2021-12-31",
      }),
    ).toBe(6);
    expect(activeFilters({ ...defaultViewState, compareFrom: "2021-12-31", compareTo: "2023-12-31" })).toBe(1);
  });
});
