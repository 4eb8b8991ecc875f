// Everything tht-graph owns in the database, reduced to counts and a checksum of ids, so a test
// can prove that a failed load wrote nothing.
import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";

export interface Fingerprint {
  nodes: number;
  relationships: number;
  ids: string;
}

export async function graphFingerprint(driver: Driver, database: string): Promise<Fingerprint> {
  const { records } = await driver.executeQuery(
    `MATCH (n) WHERE n:Entity OR n:Figure OR n:Source OR n:SeedState
     OPTIONAL MATCH (n)-[r]->(m)
     WITH n, collect(coalesce(r.id, type(r) + '>' + m.id)) AS rels
     ORDER BY n.id
     RETURN count(n) AS nodes, sum(size(rels)) AS relationships, collect(n.id + ':' + apoc.text.join(apoc.coll.sort(rels), ',')) AS ids`,
    {},
    { database },
  );
  const row = records[0];
  return {
    nodes: row?.get("nodes") ?? 0,
    relationships: row?.get("relationships") ?? 0,
    ids: createHash("sha256")
      .update(JSON.stringify(row?.get("ids") ?? []))
      .digest("hex"),
  };
}
