// The Cypher the streamed exports read, one constant per query. Rows come in id order, so the same
// graph always exports to the same bytes; properties are projected after the sort, which then
// orders references, not property maps. The filters are network-queries.ts's, word for word.
import { nodeInView, relationshipInView } from "../cypher/time-predicates.js";

const kindIn = (node: string) =>
  `(($nodeTypes IS NULL AND $kinds IS NULL) OR ${node}.kind IN coalesce($kinds, []) OR any(l IN labels(${node}) WHERE l IN coalesce($nodeTypes, [])))`;
const typeIn = (rel: string) => `($types IS NULL OR type(${rel}) IN $types)`;

const nodeFields = `RETURN n {.*} AS props, [l IN labels(n) WHERE l <> 'Entity'][0] AS nodeType,
       [(n)-[:HAS_FIGURE]->(f:Figure) | f {.*}] AS figures`;

const edgeFields = "RETURN r {.*} AS props, type(r) AS type, a.id AS source, b.id AS target";

/** Every node passing the filters (networkNodeIds), with its figures. */
export const exportNodes = `
MATCH (n:Entity)
WHERE ${nodeInView("n")} AND ${kindIn("n")}
WITH n ORDER BY n.id
${nodeFields}`;

/** The nodes `$ids` (a focus's neighbourhood), with their figures. */
export const exportNodesById = `
MATCH (n:Entity) WHERE n.id IN $ids
WITH n ORDER BY n.id
${nodeFields}`;

/** Every relationship between two nodes passing the filters (as networkSize counts them). */
export const exportEdges = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE ${relationshipInView("r", "a", "b")} AND ${typeIn("r")}
  AND ${nodeInView("a")} AND ${kindIn("a")} AND ${nodeInView("b")} AND ${kindIn("b")}
WITH a, r, b ORDER BY r.id
${edgeFields}`;

/** Relationships leaving `$ids` (edgesFrom); the reader keeps those whose target is among them too. */
export const exportEdgesFromIds = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND ${relationshipInView("r", "a", "b")} AND ${typeIn("r")}
WITH a, r, b ORDER BY r.id
${edgeFields}`;
