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

/**
 * Every property of everything the graph holds (nodes with their labels, relationships with their
 * type and ends), as one digest: equal digests mean an identical graph, byte for byte. History
 * (Revision, Change, GraphRevision) and the load marker are not the graph and are left out.
 */
export async function graphContent(driver: Driver, database: string): Promise<string> {
  const { records } = await driver.executeQuery(
    `MATCH (n) WHERE n:Entity OR n:Figure OR n:Source
     OPTIONAL MATCH (n)-[r]->(m)
     WITH n, r, m ORDER BY type(r), m.id, r.id
     WITH n, collect(CASE WHEN r IS NULL THEN null ELSE [type(r), m.id, properties(r)] END) AS out
     ORDER BY n.id, labels(n)[0]
     RETURN collect([apoc.coll.sort(labels(n)), properties(n), out]) AS graph`,
    {},
    { database },
  );
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === "object" && value.constructor === Object)
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
      );
    return value && typeof value === "object" ? String(value) : value;
  };
  return createHash("sha256")
    .update(JSON.stringify(canonical(records[0]?.get("graph") ?? [])))
    .digest("hex");
}
