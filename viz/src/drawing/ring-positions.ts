// The concentric layout: the partnership at the centre, the other organisations on the first ring,
// and everything else on outer rings, the better connected nearer the middle. Each ring is as large
// as its nodes need to stand `spacing` apart, and at least `ringGap` outside the one within; each
// node's place on its ring is next to what it is connected to within (a few passes of the
// barycentre heuristic), so few lines cross the rings. (Cytoscape's concentric layout put five
// organisations on top of each other in the centre of the seed graph.)
import type { Position } from "cytoscape";
import type { Network } from "../types.js";

export type Positions = Record<string, Position>;

export interface RingOptions {
  /** The least room between two nodes on a ring, along it. */
  spacing: number;
  /** The same on the organisations' ring: their labels are the largest. */
  organisationSpacing: number;
  /** The least room between two rings. */
  ringGap: number;
}

export const ringDefaults: RingOptions = { spacing: 95, organisationSpacing: 170, ringGap: 140 };

const tau = 2 * Math.PI;

/** The mean of angles, as a direction; null for none (or ones that cancel out). */
function meanAngle(angles: number[]): number | null {
  if (angles.length === 0) return null;
  const x = angles.reduce((sum, a) => sum + Math.cos(a), 0);
  const y = angles.reduce((sum, a) => sum + Math.sin(a), 0);
  return Math.hypot(x, y) < 1e-9 ? null : (Math.atan2(y, x) + tau) % tau;
}

export function ringPositions(network: Network, options: Partial<RingOptions> = {}): Positions {
  const o = { ...ringDefaults, ...options };
  const nodes = [...network.nodes].sort((a, b) => a.id.localeCompare(b.id));
  const ids = new Set(nodes.map((n) => n.id));
  const neighbours = new Map<string, Set<string>>(nodes.map((n) => [n.id, new Set<string>()]));
  for (const e of network.edges) {
    if (e.source === e.target || !ids.has(e.source) || !ids.has(e.target)) continue;
    neighbours.get(e.source)?.add(e.target);
    neighbours.get(e.target)?.add(e.source);
  }
  const degree = (id: string) => neighbours.get(id)?.size ?? 0;
  const byDegree = (a: string, b: string) => degree(b) - degree(a) || a.localeCompare(b);

  const isOrganisation = (n: Network["nodes"][number]) => n.nodeType === "Organisation";
  const centre = nodes.filter((n) => isOrganisation(n) && n.kind === "partnership").map((n) => n.id);
  const organisations = nodes
    .filter((n) => isOrganisation(n) && !centre.includes(n.id))
    .map((n) => n.id)
    .sort(byDegree);
  const rest = nodes
    .filter((n) => !isOrganisation(n))
    .map((n) => n.id)
    .sort(byDegree);

  // The rings, inside out; each outer ring holds as many as fit on it at the radius it starts at.
  const rings: string[][] = [];
  if (centre.length > 0) rings.push(centre);
  if (organisations.length > 0) rings.push(organisations);
  const radii: number[] = [];
  let radius = 0;
  const radiusFor = (count: number, inner: number | undefined, spacing = o.spacing) => {
    if (inner === undefined && count === 1) return 0;
    return Math.max(inner === undefined ? 0 : inner + o.ringGap, (count * spacing) / tau);
  };
  for (const ring of rings) {
    radius = radiusFor(ring.length, radii.at(-1), ring === organisations ? o.organisationSpacing : o.spacing);
    radii.push(radius);
  }
  let left = rest;
  while (left.length > 0) {
    const inner = radii.at(-1);
    const start = inner === undefined ? 0 : inner + o.ringGap;
    // A ring holds what fits at its radius; the last one grows to hold the rest.
    const fits = Math.max(1, Math.floor((tau * start) / o.spacing));
    const ring = left.length <= fits * 1.25 ? left : left.slice(0, fits);
    left = left.slice(ring.length);
    rings.push(ring);
    radii.push(radiusFor(ring.length, inner));
  }

  // Angles: evenly spaced on each ring, in an order that keeps each node near its connections.
  const angle = new Map<string, number>();
  const spread = (ring: string[], ringIndex: number) => {
    // Rings alternate half a step so that two rings' nodes are not lined up on one ray.
    const offset = (ringIndex % 2) * (0.5 / Math.max(ring.length, 1));
    ring.forEach((id, i) => {
      angle.set(id, ((i / ring.length + offset) * tau - Math.PI / 2 + tau) % tau);
    });
  };
  rings.forEach(spread);
  const reorder = (ring: string[], ringIndex: number, towards: (id: string) => string[]) => {
    const wanted = new Map(ring.map((id) => [id, meanAngle(towards(id).map((n) => angle.get(n) ?? 0))]));
    const sorted = [...ring].sort(
      (a, b) => (wanted.get(a) ?? angle.get(a) ?? 0) - (wanted.get(b) ?? angle.get(b) ?? 0),
    );
    ring.splice(0, ring.length, ...sorted);
    // Turn the ring so that its first node sits at the angle it wants.
    const first = sorted[0];
    const want = first === undefined ? null : (wanted.get(first) ?? null);
    spread(ring, ringIndex);
    if (want !== null && first !== undefined) {
      const turn = want - (angle.get(first) ?? 0);
      for (const id of ring) angle.set(id, ((angle.get(id) ?? 0) + turn + tau) % tau);
    }
  };
  const ringOf = new Map<string, number>();
  rings.forEach((ring, r) => {
    for (const id of ring) ringOf.set(id, r);
  });
  const linked = (id: string, keep: (ring: number) => boolean) =>
    [...(neighbours.get(id) ?? [])].filter((n) => keep(ringOf.get(n) ?? -1));
  for (let pass = 0; pass < 4; pass++) {
    // Outward: each ring after the rings within; then inward: each ring after the rings without.
    for (let r = 1; r < rings.length; r++) reorder(rings[r] ?? [], r, (id) => linked(id, (n) => n < r));
    for (let r = rings.length - 2; r >= 1; r--) reorder(rings[r] ?? [], r, (id) => linked(id, (n) => n > r));
  }

  const positions: Positions = {};
  rings.forEach((ring, r) => {
    const radiusHere = radii[r] ?? 0;
    for (const id of ring) {
      const a = angle.get(id) ?? 0;
      positions[id] = { x: Math.round(radiusHere * Math.cos(a)), y: Math.round(radiusHere * Math.sin(a)) };
    }
  });
  return positions;
}
