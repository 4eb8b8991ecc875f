// Hand-written Cypher for the who-works-with-whom queries, one constant per query, so each can
// be profiled and compared (bench/). Parameters only; `validOn` takes variable names, not values.
import { validOn } from "./valid-on.js";

/** `$asOf` is a date or null; null means "ever valid". */
const holds = (element: string) => `($asOf IS NULL OR ${validOn(element, "$asOf")})`;

/** Nodes of the network: all entities passing the filters. */
export const networkNodeIds = `
MATCH (n:Entity)
WHERE ${holds("n")}
  AND ($kinds IS NULL OR n.kind IN $kinds OR any(l IN labels(n) WHERE l IN $kinds))
RETURN n.id AS id`;

/** One breadth-first step: the neighbours of `$frontier` over relationships that hold. */
export const neighbourIds = `
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id IN $frontier AND ${holds("r")} AND ${holds("b")}
  AND ($types IS NULL OR type(r) IN $types)
  AND ($kinds IS NULL OR b.kind IN $kinds OR any(l IN labels(b) WHERE l IN $kinds))
RETURN DISTINCT b.id AS id`;

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
WHERE a.id IN $ids AND ${holds("r")}
  AND ($types IS NULL OR type(r) IN $types)
RETURN r {.*} AS props, type(r) AS type, a.id AS source, b.id AS target
ORDER BY r.id`;

export const sourceTitles = `
MATCH (s:Source) RETURN s.id AS id, s.title AS title, s.url AS url`;

/** Shortest paths with at most N steps; Cypher cannot take the bound as a parameter. */
export const shortestPaths = [1, 2, 3, 4].map(
  (max) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..${max}]-(b))
WHERE all(r IN relationships(p) WHERE type(r) <> 'HAS_FIGURE' AND ${holds("r")})
  AND all(n IN nodes(p) WHERE n:Entity AND ${holds("n")})
RETURN [n IN nodes(p) | n.id] AS nodeIds,
       [r IN relationships(p) | r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id}] AS rels
LIMIT 25`,
);

export const sharedConnections = `
MATCH (a:Entity {id: $a})-[ra]-(x:Entity)-[rb]-(b:Entity {id: $b})
WHERE x <> a AND x <> b AND ${holds("ra")} AND ${holds("rb")} AND ${holds("x")}
RETURN x.id AS node,
       ra {.*, type: type(ra), source: startNode(ra).id, target: endNode(ra).id} AS viaA,
       rb {.*, type: type(rb), source: startNode(rb).id, target: endNode(rb).id} AS viaB
ORDER BY node`;

export const timelineRelationships = `
MATCH (n:Entity {id: $id})-[r]-(o:Entity)
RETURN r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id} AS rel, o.id AS other,
       'Event' IN labels(o) AS otherIsEvent`;

/** Nodes and relationships valid on one date but not the other. */
export const changedNodes = `
MATCH (n:Entity)
WITH n, ${validOn("n", "$from")} AS before, ${validOn("n", "$to")} AS after
WHERE before <> after
RETURN n.id AS id, after AS started`;

export const changedEdges = `
MATCH (a:Entity)-[r]->(b:Entity)
WITH a, r, b, ${validOn("r", "$from")} AND ${validOn("a", "$from")} AND ${validOn("b", "$from")} AS before,
     ${validOn("r", "$to")} AND ${validOn("a", "$to")} AND ${validOn("b", "$to")} AS after
WHERE before <> after
RETURN r {.*} AS props, type(r) AS type, a.id AS source, b.id AS target, after AS started
ORDER BY r.id`;

/** Lucene query text is a parameter; the resolver escapes the user's words. */
export const searchNames = `
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, score
ORDER BY score DESC, id`;

/** One node, if it exists (and holds on `$asOf`). */
export const nodeHolds = `
MATCH (n:Entity {id: $id})
WHERE ${holds("n")}
RETURN n.id AS id`;
