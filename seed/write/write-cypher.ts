// The loader's Cypher, one template per statement: UNWIND batches of rows, parameters only.
import type { NodeLabel, RelationshipType } from "../../core/vocabulary.js";

/*
 * One statement per label and relationship type, spelled out: Neo4j plans these with its
 * indexes, where `SET n:$(row.label)` is much slower. Labels and types come from the fixed lists in
 * core/vocabulary.ts, never from input. Relationships find their ends by element id,
 * returned by the node statements: no index lookups of nodes written in the same load.
 */
export const mergeNodes = (label: NodeLabel) => `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id}) SET n:${label}
SET n = row.props
RETURN row.id AS id, elementId(n) AS elementId`;

export const stageNodes = (label: NodeLabel) => `
UNWIND $rows AS row
CREATE (n:Staged)
SET n = row.props, n.stagedLabel = '${label}'
RETURN row.id AS id, elementId(n) AS elementId`;

export const writeRelationships = (type: RelationshipType, create: boolean) => `
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
${create ? `CREATE (a)-[r:${type}]->(b)` : `MERGE (a)-[r:${type} {id: row.props.id}]->(b)`}
SET r = row.props`;

export const writeSources = (label: "Source" | "StagedSource") => `
UNWIND $rows AS row
MERGE (s:${label} {id: row.id})
SET s = row.props`;

export const writeFigures = (label: "Figure" | "StagedFigure") => `
UNWIND $rows AS row
MATCH (s) WHERE elementId(s) = row.s
MERGE (f:${label} {id: row.props.id})
SET f = row.props
MERGE (s)-[h:HAS_FIGURE]->(f)
SET h.citationQuotes = row.props.citationQuotes, h.citationSources = row.props.citationSources`;

export const writeSeedState = `
MERGE (m:SeedState {id: 'seed'})
SET m.loadedAt = datetime(), m.checksum = $checksum, m.nodes = $nodes, m.relationships = $relationships,
    m.migrations = $migrations`;

/** Only tht-graph's own labels are ever removed, never the rest of a shared database. */
export const deleteGraph = "MATCH (n) WHERE n:Entity OR n:Figure OR n:Source OR n:SeedState DETACH DELETE n";
export const deleteLeftovers =
  "MATCH (n) WHERE n:Staged OR n:StagedFigure OR n:StagedSource CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS";
export const promoteNodes = (label: NodeLabel) =>
  `MATCH (n:Staged) WHERE n.stagedLabel = '${label}' REMOVE n:Staged REMOVE n.stagedLabel SET n:Entity:${label}`;
export const promoteFigures = "MATCH (f:StagedFigure) REMOVE f:StagedFigure SET f:Figure";
export const promoteSources = "MATCH (s:StagedSource) REMOVE s:StagedSource SET s:Source";
