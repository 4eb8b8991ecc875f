// The graph as the rules see it while a change set is checked: what was read from Neo4j for it
// (change-cypher.ts prefetches exactly what its operations can ask about), with the set's earlier
// operations applied on top, so each operation is checked against the graph as the ones before it
// leave it, exactly as a seed record is checked against the records before it.
import type { RelationshipType } from "../../core/vocabulary.js";
import type { GraphLookup } from "../check/graph-lookup.js";
import type { SeedFigure, SeedNode, SeedRelationship, SeedSource } from "../seed-graph.js";

export interface Prefetched {
  nodes: SeedNode[];
  relationships: SeedRelationship[];
  figures: SeedFigure[];
  sources: SeedSource[];
  /** Ids of the records in the graph that cite each source asked about (for removals). */
  citing: Map<string, string[]>;
}

export class ChangeLookup implements GraphLookup {
  private readonly nodes = new Map<string, SeedNode>();
  private readonly relationships = new Map<string, SeedRelationship>();
  private readonly figures = new Map<string, SeedFigure>();
  private readonly sources = new Map<string, SeedSource>();
  private readonly citers: Map<string, string[]>;

  constructor(prefetched: Prefetched) {
    for (const n of prefetched.nodes) this.nodes.set(n.id, n);
    for (const r of prefetched.relationships) this.relationships.set(r.id, r);
    for (const f of prefetched.figures) this.figures.set(f.id, f);
    for (const s of prefetched.sources) this.sources.set(s.id, s);
    this.citers = prefetched.citing;
  }

  node = (id: string) => this.nodes.get(id);
  relationship = (id: string) => this.relationships.get(id);
  figure = (id: string) => this.figures.get(id);
  source = (id: string) => this.sources.get(id);
  unchecked = () => false;
  sourceIds = () => [...this.sources.keys()].sort();
  nodeIds = () => this.nodes.keys();

  outgoing(type: RelationshipType, id: string): readonly SeedRelationship[] {
    return [...this.relationships.values()].filter((r) => r.type === type && r.from === id);
  }

  /** The relationships at a node, either way. */
  attached(id: string): SeedRelationship[] {
    return [...this.relationships.values()].filter((r) => r.from === id || r.to === id);
  }

  figuresOf(id: string): SeedFigure[] {
    return [...this.figures.values()].filter((f) => f.subject === id);
  }

  citing(sourceId: string): readonly string[] {
    const records: { id: string; citations: { source: string }[] }[] = [
      ...this.nodes.values(),
      ...this.relationships.values(),
      ...this.figures.values(),
    ];
    const known = new Set<string>();
    const still = (this.citers.get(sourceId) ?? []).filter((id) => {
      known.add(id);
      const now = this.nodes.get(id) ?? this.relationships.get(id) ?? this.figures.get(id);
      // Not read in full: still cites it, unless this change set removed it.
      return now ? now.citations.some((c) => c.source === sourceId) : !this.gone.has(id);
    });
    const added = records.filter((r) => !known.has(r.id) && r.citations.some((c) => c.source === sourceId));
    return [...still, ...added.map((r) => r.id)];
  }

  private readonly gone = new Set<string>();

  putNode(node: SeedNode) {
    this.nodes.set(node.id, node);
    this.gone.delete(node.id);
  }
  putRelationship(rel: SeedRelationship) {
    this.relationships.set(rel.id, rel);
    this.gone.delete(rel.id);
  }
  putFigure(figure: SeedFigure) {
    this.figures.set(figure.id, figure);
    this.gone.delete(figure.id);
  }
  putSource(source: SeedSource) {
    this.sources.set(source.id, source);
  }
  removeNode(id: string) {
    this.nodes.delete(id);
    this.gone.add(id);
  }
  removeRelationship(id: string) {
    this.relationships.delete(id);
    this.gone.add(id);
  }
  removeFigure(id: string) {
    this.figures.delete(id);
    this.gone.add(id);
  }
  removeSource(id: string) {
    this.sources.delete(id);
  }
}
