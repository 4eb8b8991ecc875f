// The live graph as seed records: every node, relationship, figure and source tht-graph owns in
// Neo4j, read back through the plan stage's inverse (plan/from-rows.ts). The seed load compares it
// with the files, `npm run seed:export` writes it to them. Reads in one transaction, so it is one
// state of the graph.
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { isRelationshipType, type NodeLabel, nodeLabels } from "../../core/vocabulary.js";
import { figureFromProps, nodeFromProps, relationshipFromProps, sourceFromProps } from "../plan/from-rows.js";
import type { SeedGraph } from "../seed-graph.js";

const labelOf = (labels: string[]): NodeLabel | undefined => nodeLabels.find((label) => labels.includes(label));

export async function readGraphIn(tx: ManagedTransaction): Promise<SeedGraph> {
  const graph: SeedGraph = { sources: [], nodes: [], relationships: [], figures: [] };
  const sources = await tx.run("MATCH (s:Source) RETURN properties(s) AS props ORDER BY s.id");
  for (const r of sources.records) graph.sources.push(sourceFromProps(r.get("props")));
  const nodes = await tx.run("MATCH (n:Entity) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id");
  for (const r of nodes.records) {
    const label = labelOf(r.get("labels"));
    if (label) graph.nodes.push(nodeFromProps(label, r.get("props")));
  }
  const rels = await tx.run(
    `MATCH (a:Entity)-[r]->(b:Entity)
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props ORDER BY r.id`,
  );
  for (const r of rels.records) {
    const type = r.get("type") as string;
    if (isRelationshipType(type))
      graph.relationships.push(relationshipFromProps(type, r.get("from"), r.get("to"), r.get("props")));
  }
  const figures = await tx.run(
    "MATCH (s:Entity)-[:HAS_FIGURE]->(f:Figure) RETURN s.id AS subject, properties(f) AS props ORDER BY f.id",
  );
  for (const r of figures.records) graph.figures.push(figureFromProps(r.get("subject"), r.get("props")));
  return graph;
}

export async function readLiveGraph(driver: Driver, database: string): Promise<SeedGraph> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    return await session.executeRead((tx) => readGraphIn(tx));
  } finally {
    await session.close();
  }
}
