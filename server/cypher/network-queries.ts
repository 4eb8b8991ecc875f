// Hand-written Cypher for the who-works-with-whom queries, one constant per query, so each can
// be profiled and compared (bench/). Parameters only; the time predicates take variable names, not
// values. `$asOf` is a date or null ("ever valid"); see time-predicates.ts for $certainOnly and
// $includeFormer.
import { endpointIn, endpointWithin, nodeInView, relationshipInView } from "./time-predicates.js";

const holds = nodeInView;
/** `$nodeTypes` and `$kinds` (both null: all): a node passes when its label or its kind is among them. */
const kindIn = (node: string) =>
  `(($nodeTypes IS NULL AND $kinds IS NULL) OR ${node}.kind IN coalesce($kinds, []) OR any(l IN labels(${node}) WHERE l IN coalesce($nodeTypes, [])))`;
/** `$types` (null: all) names relationship types. */
const typeIn = (rel: string) => `($types IS NULL OR type(${rel}) IN $types)`;
/** Organisation, Group, Arrangement …: the label beside Entity. */
const nodeTypeOf = (node: string) => `[l IN labels(${node}) WHERE l <> 'Entity'][0]`;

/** Nodes of the network: all entities passing the filters. */
export const networkNodeIds = `
MATCH (n:Entity)
WHERE ${holds("n")}
  AND ${kindIn("n")}
RETURN n.id AS id`;

/**
 * How large `network` would be without a focus, counted without reading a property list: the
 * nodes networkNodeIds finds, and the relationships between two of them that edgesFrom keeps.
 */
export const networkSize = `
CALL () {
  MATCH (n:Entity)
  WHERE ${holds("n")} AND ${kindIn("n")}
  RETURN count(n) AS nodes
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE ${relationshipInView("r", "a", "b")} AND ${typeIn("r")}
    AND ${holds("a")} AND ${kindIn("a")} AND ${holds("b")} AND ${kindIn("b")}
  RETURN count(r) AS edges
}
RETURN nodes, edges`;

/**
 * Relationships edgesFrom would keep between `$ids`, counted. The target test is an expression, not
 * a WHERE predicate, so the planner cannot turn it into a second index seek (nodes × edges).
 */
export const edgesAmongCount = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND ${relationshipInView("r", "a", "b")} AND ${typeIn("r")}
RETURN count(CASE WHEN b.id IN $ids THEN 1 END) AS edges`;

/** One breadth-first step: the neighbours of `$frontier` over relationships that hold. */
export const neighbourIds = `
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id IN $frontier AND ${relationshipInView("r", "a", "b")} AND ${holds("b")}
  AND ${typeIn("r")}
  AND ${kindIn("b")}
RETURN DISTINCT b.id AS id`;

/**
 * The network as groups, one aggregation over the nodes and one over the relationships, in one
 * round trip: a group per (node type, kind), a link per (source group, type, target group). The
 * caller chooses which nodes and relationships count (`nodes`, `edges`: fixed Cypher, never input).
 */
function summary(nodes: string, edges: string): string {
  return `
CALL () {
  ${nodes}
  WITH ${nodeTypeOf("n")} AS nodeType, n.kind AS kind
  WITH nodeType, coalesce(kind, nodeType) AS kind, count(*) AS count
  RETURN collect({nodeType: nodeType, kind: kind, count: count}) AS groups
}
CALL () {
  ${edges}
  WITH ${nodeTypeOf("a")} AS sourceType, a.kind AS sourceKind, type(r) AS type,
       ${nodeTypeOf("b")} AS targetType, b.kind AS targetKind
  WITH sourceType, coalesce(sourceKind, sourceType) AS sourceKind, type,
       targetType, coalesce(targetKind, targetType) AS targetKind, count(*) AS count
  RETURN collect({sourceType: sourceType, sourceKind: sourceKind, type: type,
                  targetType: targetType, targetKind: targetKind, count: count}) AS links
}
RETURN groups, links`;
}

/** The summary of the whole network under the filters, as networkSize counts it. */
export const networkSummary = summary(
  `MATCH (n:Entity)
  WHERE ${holds("n")} AND ${kindIn("n")}`,
  `MATCH (a:Entity)-[r]->(b:Entity)
  WHERE ${relationshipInView("r", "a", "b")} AND ${typeIn("r")}
    AND ${holds("a")} AND ${kindIn("a")} AND ${holds("b")} AND ${kindIn("b")}`,
);

/** The summary of the nodes `$ids` (a focus's neighbourhood) and the relationships between them. */
export const networkSummaryOfIds = summary(
  `MATCH (n:Entity)
  WHERE n.id IN $ids`,
  `MATCH (a:Entity)-[r]->(b:Entity)
  WHERE a.id IN $ids AND ${relationshipInView("r", "a", "b")} AND ${typeIn("r")}
  WITH a, r, b WHERE b.id IN $ids`,
);

/** Full nodes by id, with their figures. */
export const nodesById = `
MATCH (n:Entity) WHERE n.id IN $ids
OPTIONAL MATCH (n)-[:HAS_FIGURE]->(f:Figure)
WITH n, collect(f {.*}) AS figures
RETURN n {.*} AS props, [l IN labels(n) WHERE l <> 'Entity'][0] AS nodeType, figures
ORDER BY n.id`;

/**
 * Relationships leaving the given nodes that hold, of the given types. The caller keeps those whose
 * target is in the set too: a list-membership test on both ends would cost nodes × edges.
 */
export const edgesFrom = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND ${relationshipInView("r", "a", "b")}
  AND ($types IS NULL OR type(r) IN $types)
RETURN r {.*} AS props, type(r) AS type, a.id AS source, b.id AS target
ORDER BY r.id`;

/** edgesFrom's relationships as bare [source, target] pairs (centrality), in the same order. */
export const edgePairsFrom = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND ${relationshipInView("r", "a", "b")}
  AND ($types IS NULL OR type(r) IN $types)
RETURN a.id AS source, b.id AS target
ORDER BY r.id`;

export const sourceTitles = `
MATCH (s:Source) RETURN s.id AS id, s.title AS title, s.url AS url`;

/** Shortest paths with at most N steps; Cypher cannot take the bound as a parameter. */
export const shortestPaths = [1, 2, 3, 4].map(
  (max) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..${max}]-(b))
WHERE all(r IN relationships(p) WHERE type(r) <> 'HAS_FIGURE' AND ${relationshipInView("r", "startNode(r)", "endNode(r)")})
  AND all(n IN nodes(p) WHERE n:Entity AND ${holds("n")})
RETURN [n IN nodes(p) | n.id] AS nodeIds,
       [r IN relationships(p) | r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id}] AS rels
LIMIT 25`,
);

export const sharedConnections = `
MATCH (a:Entity {id: $a})-[ra]-(x:Entity)-[rb]-(b:Entity {id: $b})
WHERE x <> a AND x <> b AND ${relationshipInView("ra", "a", "x")} AND ${relationshipInView("rb", "x", "b")} AND ${holds("x")}
RETURN x.id AS node,
       ra {.*, type: type(ra), source: startNode(ra).id, target: endNode(ra).id} AS viaA,
       rb {.*, type: type(rb), source: startNode(rb).id, target: endNode(rb).id} AS viaB
ORDER BY node`;

export const timelineRelationships = `
MATCH (n:Entity {id: $id})-[r]-(o:Entity)
RETURN r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id} AS rel, o.id AS other,
       'Event' IN labels(o) AS otherIsEvent`;

/**
 * Nodes whose start or end falls after $from and by $to (a range counts when it overlaps), and
 * whether all of it falls inside (KNOWN) or only part (UNCERTAIN). An undated start is no change.
 */
export const changedNodes = `
MATCH (n:Entity)
WHERE ${endpointIn("n", "validFrom")} OR ${endpointIn("n", "validTo")}
RETURN n.id AS id,
       ${endpointIn("n", "validFrom")} AS started, ${endpointWithin("n", "validFrom")} AS startedSurely,
       ${endpointIn("n", "validTo")} AS ended, ${endpointWithin("n", "validTo")} AS endedSurely`;

/**
 * The same for relationships, whatever their ends do that day (a succession and its predecessor). A
 * relationship from an event that has no start of its own (the succession's PREDECESSOR and
 * SUCCESSOR, the transfer's parties) begins with the event.
 */
export const changedEdges = `
MATCH (a:Entity)-[r]->(b:Entity)
WITH a, r, b,
     CASE WHEN a:Event AND r.validFrom IS NULL AND r.validFromText IS NULL THEN a ELSE r END AS began
WHERE ${endpointIn("began", "validFrom")} OR ${endpointIn("r", "validTo")}
RETURN r {.*} AS props, type(r) AS type, a.id AS source, b.id AS target,
       ${endpointIn("began", "validFrom")} AS started, ${endpointWithin("began", "validFrom")} AS startedSurely,
       ${endpointIn("r", "validTo")} AS ended, ${endpointWithin("r", "validTo")} AS endedSurely
ORDER BY r.id`;

/** Lucene query text is a parameter; the resolver escapes the user's words. */
export const searchNames = `
CALL db.index.fulltext.queryNodes('entity_names', $query, {skip: $skip, limit: $limit}) YIELD node, score
RETURN node.id AS id, score
ORDER BY score DESC, id`;

/** How many nodes the search matches in all. */
export const searchCount = `
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node
RETURN count(node) AS count`;

/** Every kind the graph holds, per node type (a node without a kind counts as its type). */
export const kindCounts = `
MATCH (n:Entity)
WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS nodeType, n.kind AS kind
RETURN coalesce(kind, nodeType) AS name, nodeType, count(*) AS count
ORDER BY count DESC, name`;

/** One node, if it exists (and holds on `$asOf`). */
export const nodeHolds = `
MATCH (n:Entity {id: $id})
WHERE ${holds("n")}
RETURN n.id AS id`;

/** The generated API's type of each id: an entity's label, or Figure, or Source. */
export const nodeTypesById = `
MATCH (n) WHERE n.id IN $ids AND (n:Entity OR n:Figure OR n:Source)
RETURN n.id AS id, CASE WHEN n:Figure THEN 'Figure' WHEN n:Source THEN 'Source'
  ELSE [l IN labels(n) WHERE l <> 'Entity'][0] END AS type`;
