// The change model's Cypher: what a change set's checks read (prefetch), the writes of its element
// changes, knownFrom brought up to date around them, and the revision that records them. Labels and
// types come from the fixed lists of core/vocabulary.ts, never from input; values are parameters.
import type { ManagedTransaction } from "neo4j-driver";
import {
  isRelationshipType,
  type NodeLabel,
  nodeLabels,
  type RelationshipType,
  relationshipTypes,
  relationshipVocabulary,
} from "../../core/vocabulary.js";
import { figureFromProps, nodeFromProps, relationshipFromProps, sourceFromProps } from "../plan/from-rows.js";
import type { SeedFigure, SeedNode, SeedRelationship, SeedSource } from "../seed-graph.js";
import type { Prefetched } from "./change-lookup.js";

const labelOf = (labels: string[]): NodeLabel | undefined => nodeLabels.find((label) => labels.includes(label));

type Row = { get(key: string): unknown };

function nodeOf(record: Row, key = "n"): SeedNode | undefined {
  const value = record.get(key) as { labels: string[]; props: Record<string, unknown> } | null;
  if (!value) return undefined;
  const label = labelOf(value.labels);
  return label ? nodeFromProps(label, value.props) : undefined;
}

function relationshipOf(record: Row, key = "r"): SeedRelationship | undefined {
  const value = record.get(key) as { type: string; from: string; to: string; props: Record<string, unknown> } | null;
  if (!value || !isRelationshipType(value.type)) return undefined;
  return relationshipFromProps(value.type, value.from, value.to, value.props);
}

const nodeMap = (v: string) => `{labels: labels(${v}), props: properties(${v})}`;
const relMap = (v: string) =>
  `{type: type(${v}), from: startNode(${v}).id, to: endNode(${v}).id, props: properties(${v})}`;

/** Relationships by id, through each type's id index (one branch per type of the vocabulary). */
const relationshipsById = `
UNWIND $ids AS id
CALL (id) {
${relationshipTypes.map((t) => `  MATCH (:Entity)-[r:${t} {id: id}]->(:Entity) RETURN r`).join("\n  UNION ALL\n")}
}
RETURN ${relMap("r")} AS r, ${nodeMap("startNode(r)")} AS a, ${nodeMap("endNode(r)")} AS b`;

/** What the graph holds for what a change set names, to check it by the rules (change-lookup.ts). */
export interface PrefetchRequest {
  /** Nodes by id (endpoints, subjects, ids to add or update). */
  nodes: string[];
  /** Nodes whose relationships and figures the checks need (updates, retractions), with their other ends. */
  around: string[];
  relationships: string[];
  figures: string[];
  /** For each acyclic type, the nodes whose chains of it a new relationship must not close. */
  chains: Map<RelationshipType, string[]>;
  /** Sources whose citers a removal must know. */
  citing: string[];
}

export async function prefetch(tx: ManagedTransaction, request: PrefetchRequest): Promise<Prefetched> {
  const nodes = new Map<string, SeedNode>();
  const relationships = new Map<string, SeedRelationship>();
  const figures = new Map<string, SeedFigure>();
  const addNode = (n: SeedNode | undefined) => n && nodes.set(n.id, n);
  const addRel = (r: SeedRelationship | undefined) => r && relationships.set(r.id, r);

  const ids = [...new Set([...request.nodes, ...request.around])];
  if (ids.length > 0) {
    const found = await tx.run(`MATCH (n:Entity) WHERE n.id IN $ids RETURN ${nodeMap("n")} AS n`, { ids });
    for (const r of found.records) addNode(nodeOf(r));
  }
  if (request.around.length > 0) {
    const found = await tx.run(
      `MATCH (n:Entity) WHERE n.id IN $ids
       MATCH (n)-[r]-(o:Entity)
       RETURN ${relMap("r")} AS r, ${nodeMap("o")} AS o`,
      { ids: request.around },
    );
    for (const r of found.records) {
      addRel(relationshipOf(r));
      addNode(nodeOf(r, "o"));
    }
  }
  if (request.relationships.length > 0) {
    const found = await tx.run(relationshipsById, { ids: [...new Set(request.relationships)] });
    for (const r of found.records) {
      addRel(relationshipOf(r));
      addNode(nodeOf(r, "a"));
      addNode(nodeOf(r, "b"));
    }
  }
  const figureIds = [...new Set(request.figures)];
  if (figureIds.length > 0 || request.around.length > 0) {
    const found = await tx.run(
      `MATCH (s:Entity)-[:HAS_FIGURE]->(f:Figure) WHERE f.id IN $figures OR s.id IN $around
       RETURN s.id AS subject, properties(f) AS props`,
      { figures: figureIds, around: request.around },
    );
    for (const r of found.records) {
      const f = figureFromProps(r.get("subject") as string, r.get("props") as Record<string, unknown>);
      figures.set(f.id, f);
    }
  }
  for (const [type, starts] of request.chains) {
    if (!relationshipVocabulary[type] || starts.length === 0) continue;
    // Everything reachable along the type, and its relationships of the type: the cycle check walks them.
    const found = await tx.run(
      `MATCH (s:Entity) WHERE s.id IN $ids
       MATCH (s)-[:${type}]->*(x:Entity)
       WITH DISTINCT x
       MATCH (x)-[r:${type}]->(:Entity)
       RETURN ${relMap("r")} AS r`,
      { ids: starts },
    );
    for (const r of found.records) addRel(relationshipOf(r));
  }
  const sources: SeedSource[] = [];
  const found = await tx.run("MATCH (s:Source) RETURN properties(s) AS props ORDER BY s.id");
  for (const r of found.records) sources.push(sourceFromProps(r.get("props") as Record<string, unknown>));
  const citing = new Map<string, string[]>();
  for (const id of new Set(request.citing)) {
    const citers = await tx.run(
      `CALL () {
         MATCH (e) WHERE (e:Entity OR e:Figure) AND $id IN e.citationSources RETURN e.id AS id
         UNION
         MATCH (:Entity)-[r]->(:Entity) WHERE $id IN r.citationSources RETURN r.id AS id
       }
       RETURN collect(id) AS ids`,
      { id },
    );
    citing.set(id, (citers.records[0]?.get("ids") as string[]) ?? []);
  }
  return {
    nodes: [...nodes.values()],
    relationships: [...relationships.values()],
    figures: [...figures.values()],
    sources,
    citing,
  };
}

// The writes, one statement per label or type, each for a batch of rows.
export const putNodes = (label: NodeLabel) => `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n:${label}`;
export const deleteNodes = "UNWIND $ids AS id MATCH (n:Entity {id: id}) DETACH DELETE n";
export const putRelationships = (type: RelationshipType) => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type} {id: row.props.id}]->(b)
SET r = row.props`;
export const deleteRelationships = (type: RelationshipType) => `
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r:${type} {id: row.id}]->(:Entity {id: row.to})
DELETE r`;
export const putFigures = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MERGE (f:Figure {id: row.props.id})
SET f = row.props
WITH s, f, row
OPTIONAL MATCH (:Entity)-[old:HAS_FIGURE]->(f)
DELETE old
MERGE (s)-[h:HAS_FIGURE]->(f)
SET h.citationQuotes = row.props.citationQuotes, h.citationSources = row.props.citationSources`;
export const deleteFigures = "UNWIND $ids AS id MATCH (f:Figure {id: id}) DETACH DELETE f";
export const putSources = `
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s = row.props`;
export const deleteSources = "UNWIND $ids AS id MATCH (s:Source {id: id}) DELETE s";

/** The nodes within one step of `ids`, with all their relationships and those relationships' other ends. */
export const knownFromNeighbourhood = `
MATCH (c:Entity) WHERE c.id IN $ids
OPTIONAL MATCH (c)-[x]-(m:Entity)
WITH collect(DISTINCT c) + collect(DISTINCT m) AS inner
UNWIND inner AS n
WITH DISTINCT n WHERE n IS NOT NULL
OPTIONAL MATCH (n)-[r]-(o:Entity)
RETURN n.id AS inner, ${nodeMap("n")} AS n, collect(CASE WHEN r IS NULL THEN null ELSE {r: ${relMap("r")}, o: ${nodeMap("o")}} END) AS around`;
export const setNodeKnownFrom = "UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET n.knownFrom = row.day";
export const setRelationshipKnownFrom = (type: RelationshipType) => `
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r:${type} {id: row.id}]->(:Entity {id: row.to})
SET r.knownFrom = row.day`;

/** Reads an element of the neighbourhood query back as records. */
export function neighbourhoodOf(records: readonly Row[]) {
  const inner = new Set<string>();
  const nodes = new Map<string, SeedNode>();
  const relationships = new Map<string, SeedRelationship>();
  for (const record of records) {
    inner.add(record.get("inner") as string);
    const n = nodeOf(record);
    if (n) nodes.set(n.id, n);
    for (const item of (record.get("around") as ({ r: unknown; o: unknown } | null)[]) ?? []) {
      if (!item) continue;
      const r = relationshipOf({ get: () => item.r });
      const o = nodeOf({ get: () => item.o });
      if (r) relationships.set(r.id, r);
      if (o && !nodes.has(o.id)) nodes.set(o.id, o);
    }
  }
  return { inner, nodes: [...nodes.values()], relationships: [...relationships.values()] };
}

/** The graph's revision counter, moved on by one: revisions are numbered in the order they commit. */
export const nextRevision = `
MERGE (g:GraphRevision {id: 'graph'})
SET g.number = coalesce(g.number, 0) + 1
RETURN g.number AS number`;

export const writeRevision = `
CREATE (rev:Revision {id: $id, number: $number, at: datetime(), author: $author, reason: $reason,
                      origin: $origin, reverts: $reverts, replaced: $replaced, elements: size($changes)})
FOREACH (i IN range(0, size($changes) - 1) |
  CREATE (rev)-[:CHANGED]->(:Change {revision: $number, seq: i, elementId: $changes[i].id, kind: $changes[i].kind,
                                     action: $changes[i].action, before: $changes[i].before, after: $changes[i].after}))
RETURN toString(rev.at) AS at`;

/** Revisions after $readAt that changed one of $ids, or replaced the whole graph (a load without element history). */
export const laterRevisions = `
MATCH (rev:Revision) WHERE rev.number > $readAt
OPTIONAL MATCH (rev)-[:CHANGED]->(c:Change) WHERE c.elementId IN $ids
WITH rev, collect(DISTINCT c.elementId) AS touched
WHERE size(touched) > 0 OR coalesce(rev.replaced, false)
RETURN rev.number AS number, rev.author AS author, rev.reason AS reason, touched
ORDER BY number
LIMIT 5`;
