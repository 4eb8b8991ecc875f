// Which of some node and relationship ids the graph holds, at any date: what a story's steps name
// is checked against it (server/page/story-missing.ts, for serve-page.ts). Nodes are found through
// the id uniqueness constraint, relationships through their type's id index
// (core/neo4j/graph-schema.ts): one index seek per type, never a scan of every relationship. The
// types come from the vocabulary, not from the request; the ids are parameters.
import type { Driver } from "neo4j-driver";
import type { ElementIds } from "../../core/story.js";
import { relationshipTypes } from "../../core/vocabulary.js";

const nodesById = "MATCH (n:Entity) WHERE n.id IN $ids RETURN collect(n.id) AS ids";

const relationshipsById = `CALL () {
${relationshipTypes.map((type) => `  MATCH ()-[r:${type}]->() WHERE r.id IN $ids RETURN r.id AS id`).join("\n  UNION\n")}
}
RETURN collect(id) AS ids`;

export async function presentElements(
  driver: Driver,
  database: string,
  { nodes, edges }: ElementIds,
): Promise<{ nodes: Set<string>; edges: Set<string> }> {
  const found = async (query: string, ids: string[]) => {
    if (ids.length === 0) return new Set<string>();
    const { records } = await driver.executeQuery(query, { ids }, { database, routing: "READ" });
    return new Set((records[0]?.get("ids") as string[] | undefined) ?? []);
  };
  const [presentNodes, presentEdges] = await Promise.all([found(nodesById, nodes), found(relationshipsById, edges)]);
  return { nodes: presentNodes, edges: presentEdges };
}
