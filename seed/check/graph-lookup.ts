// What the rules may ask about records that already exist: the seed's other records when the
// seed files are checked, the graph in Neo4j when a change set is (prefetched by its caller, since
// the rules are synchronous and pure).
import type { RelationshipType } from "../../core/vocabulary.js";
import type { SeedFigure, SeedGraph, SeedNode, SeedRelationship, SeedSource, Unchecked } from "../seed-graph.js";

export interface GraphLookup {
  node(id: string): SeedNode | undefined;
  relationship(id: string): SeedRelationship | undefined;
  figure(id: string): SeedFigure | undefined;
  source(id: string): SeedSource | undefined;
  /** Relationships of `type` that start at `id`: the cycle check walks them. */
  outgoing(type: RelationshipType, id: string): readonly SeedRelationship[];
  /** Ids of the records that cite the source. */
  citing(sourceId: string): readonly string[];
  /** Whether a record with this id exists but could not be read: references to it are not reported. */
  unchecked(kind: "node" | "source", id: string): boolean;
  /** Every source id, to list in a message. */
  sourceIds(): readonly string[];
  /** Every node id, for "did you mean"; a lookup may leave this out. */
  nodeIds?(): Iterable<string>;
}

/**
 * The seed as a lookup. Nodes and sources are all there from the start (the first of a duplicate
 * id wins); relationships and figures are added as they are checked, so a duplicate or a cycle is
 * found against what came before it, exactly as an addition is against the graph.
 */
export class SeedLookup implements GraphLookup {
  private readonly nodes = new Map<string, SeedNode>();
  private readonly sources = new Map<string, SeedSource>();
  private readonly relationships = new Map<string, SeedRelationship>();
  private readonly figures = new Map<string, SeedFigure>();
  private readonly edges = new Map<string, SeedRelationship[]>();
  private citers: Map<string, string[]> | undefined;

  constructor(
    private readonly graph: SeedGraph,
    private readonly skipped: Unchecked = { nodes: new Set(), sources: new Set() },
  ) {
    for (const n of graph.nodes) if (!this.nodes.has(n.id)) this.nodes.set(n.id, n);
    for (const s of graph.sources) if (!this.sources.has(s.id)) this.sources.set(s.id, s);
  }

  addRelationship(rel: SeedRelationship): void {
    if (!this.relationships.has(rel.id)) this.relationships.set(rel.id, rel);
    const key = `${rel.type}\u0000${rel.from}`;
    const list = this.edges.get(key);
    if (list) list.push(rel);
    else this.edges.set(key, [rel]);
  }

  addFigure(figure: SeedFigure): void {
    if (!this.figures.has(figure.id)) this.figures.set(figure.id, figure);
  }

  node = (id: string) => this.nodes.get(id);
  relationship = (id: string) => this.relationships.get(id);
  figure = (id: string) => this.figures.get(id);
  source = (id: string) => this.sources.get(id);
  outgoing = (type: RelationshipType, id: string) => this.edges.get(`${type}\u0000${id}`) ?? [];
  unchecked = (kind: "node" | "source", id: string) =>
    kind === "node"
      ? this.skipped.everyNode === true || this.skipped.nodes.has(id)
      : this.skipped.everySource === true || this.skipped.sources.has(id);
  sourceIds = () => [...this.sources.keys()];
  /** Ids of the nodes read, and of those that exist but could not be read: a typo may be of either. */
  *nodeIds(): Iterable<string> {
    yield* this.nodes.keys();
    yield* this.skipped.nodes;
  }

  citing(sourceId: string): readonly string[] {
    if (!this.citers) {
      const citers = new Map<string, string[]>();
      const add = (id: string, citations: { source: string }[]) => {
        for (const source of new Set(citations.map((c) => c.source))) {
          const list = citers.get(source);
          if (list) list.push(id);
          else citers.set(source, [id]);
        }
      };
      for (const n of this.graph.nodes) add(n.id, n.citations);
      for (const r of this.graph.relationships) add(r.id, r.citations);
      for (const f of this.graph.figures) add(f.id, f.citations);
      this.citers = citers;
    }
    return this.citers.get(sourceId) ?? [];
  }
}
