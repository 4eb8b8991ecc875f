// The seed checksum marks what a database holds (SeedState.checksum): it must not change with how
// it is computed, whole or a slice at a time while a load runs.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { seedChecksum, seedChecksumInSlices } from "../../seed/plan/seed-checksum.js";
import { readSeed } from "../../seed/read-seed.js";

describe("seed checksum", () => {
  const graph = readSeed();

  it("is the SHA-256 of the seed's content as one JSON document, records without their file positions", () => {
    const strip = <T extends { where: unknown }>({ where: _where, ...rest }: T) => rest;
    const content = {
      sources: graph.sources.map(({ text: _text, ...s }) => strip(s)),
      nodes: graph.nodes.map(strip),
      relationships: graph.relationships.map(strip),
      figures: graph.figures.map(strip),
    };
    expect(seedChecksum(graph)).toBe(createHash("sha256").update(JSON.stringify(content)).digest("hex"));
  });

  it("is the same computed a slice at a time", async () => {
    expect(await seedChecksumInSlices(graph, 7)).toBe(seedChecksum(graph));
  });

  it("changes when a fact changes", () => {
    const changed = {
      ...graph,
      relationships: graph.relationships.map((r, i) => (i === 0 ? { ...r, id: `${r.id}-x` } : r)),
    };
    expect(seedChecksum(changed)).not.toBe(seedChecksum(graph));
  });
});
