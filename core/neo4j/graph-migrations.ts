// Changes to how the graph is stored, applied to a database loaded before them, on every start and
// every load. A migration is either idempotent (cheap on an up-to-date graph: it matches nothing) or
// `once`: then it runs only where the graph's SeedState does not list its id, and adds it; the loader
// lists every id, as what it writes needs none of them.
import type { Driver } from "neo4j-driver";
import { externalIdFields } from "../records.js";

export interface GraphMigration {
  id: string;
  why: string;
  cypher: string;
  once?: boolean;
}

/**
 * `knownFrom` of element `e` by the rule of core/time/holds-on.ts (knownFrom) and the inferences of
 * seed/plan/known-from.ts, given `statedOn`:
 * its start when a day, the end of its range when a range; with neither start nor end, the date its
 * source reports as of; with only an end on a known day, the day before; otherwise never sure.
 */
function knownFromOf(e: string): string {
  const precision = (end: string) =>
    `coalesce(${e}.${end}Precision, CASE WHEN ${e}.${end} IS NULL THEN 'UNKNOWN' ELSE 'DAY' END)`;
  const hasEnd = `(${e}.validTo IS NOT NULL OR ${e}.validToText IS NOT NULL)`;
  const hasStart = `(${e}.validFrom IS NOT NULL OR ${e}.validFromText IS NOT NULL)`;
  const from = `CASE
      WHEN ${hasStart} AND ${precision("validFrom")} = 'DAY' THEN ${e}.validFrom
      WHEN ${hasStart} AND ${precision("validFrom")} = 'RANGE' THEN coalesce(${e}.validFromLatest, ${e}.validFrom)
      WHEN NOT ${hasEnd} THEN statedOn
    END`;
  return `CASE
    WHEN ${hasEnd} AND NOT (${hasStart} AND ${precision("validFrom")} IN ['DAY', 'RANGE'])
      THEN CASE WHEN ${precision("validTo")} = 'DAY' AND ${e}.validTo IS NOT NULL THEN ${e}.validTo - duration('P1D') END
    ELSE CASE WHEN ${e}.validTo IS NOT NULL AND ${from} >= ${e}.validTo THEN null ELSE ${from} END
  END`;
}

/** The earliest date of the dated sources `e` cites, as `statedOn`. */
const statedOnOf = (e: string) => `
    OPTIONAL MATCH (s:Source) WHERE s.id IN coalesce(${e}.citationSources, []) AND s.datedFrom IS NOT NULL
    WITH ${e}, min(s.datedFrom) AS statedOn`;

export const graphMigrations: readonly GraphMigration[] = [
  {
    id: "enum-values",
    why: "closed lists are stored as the API's enum values (day → DAY, at least → AT_LEAST)",
    cypher: `
CALL () {
  MATCH (n) WHERE n.validFromPrecision =~ '.*[a-z ].*' OR n.validToPrecision =~ '.*[a-z ].*'
  SET n.validFromPrecision = replace(toUpper(n.validFromPrecision), ' ', '_'),
      n.validToPrecision = replace(toUpper(n.validToPrecision), ' ', '_')
}
CALL () {
  MATCH ()-[r]->() WHERE r.validFromPrecision =~ '.*[a-z ].*' OR r.validToPrecision =~ '.*[a-z ].*'
     OR r.role =~ '.*[a-z ].*'
  SET r.validFromPrecision = replace(toUpper(r.validFromPrecision), ' ', '_'),
      r.validToPrecision = replace(toUpper(r.validToPrecision), ' ', '_'),
      r.role = replace(toUpper(r.role), ' ', '_')
}
CALL () {
  MATCH (f:Figure) WHERE f.qualifier =~ '.*[a-z ].*'
  SET f.qualifier = replace(toUpper(f.qualifier), ' ', '_')
}`,
  },
  {
    id: "known-from",
    why: "the three-valued time rule reads knownFrom, the first day a fact surely holds",
    once: true,
    cypher: `
CALL () {
  MATCH (e:Entity) WHERE e.knownFrom IS NULL${statedOnOf("e")}
  SET e.knownFrom = ${knownFromOf("e")}
}
CALL () {
  MATCH (:Entity)-[e]->(:Entity) WHERE e.knownFrom IS NULL${statedOnOf("e")}
  SET e.knownFrom = ${knownFromOf("e")}
}
CALL () {
  MATCH (event:Event)-[r]->(:Entity)
  WHERE r.validFrom IS NULL AND event.knownFrom IS NOT NULL AND (r.validTo IS NULL OR event.knownFrom < r.validTo)
    AND (r.knownFrom IS NULL OR event.knownFrom < r.knownFrom)
  SET r.knownFrom = event.knownFrom
}
CALL () {
  MATCH (n:Entity)-[r]-(:Entity)
  WHERE r.knownFrom IS NOT NULL AND (n.validFrom IS NULL OR r.knownFrom >= n.validFrom)
    AND (n.validTo IS NULL OR r.knownFrom < n.validTo)
  WITH n, min(r.knownFrom) AS day
  WHERE n.knownFrom IS NULL OR day < n.knownFrom
  SET n.knownFrom = day
}`,
  },
  {
    id: "search-external-ids",
    why: "search finds an organisation by its ODS code or charity number, which join its searchNames (seed/plan/seed-rows.ts)",
    once: true,
    cypher: `
CALL () {
  MATCH (n:Entity) WHERE ${externalIdFields.map((field) => `n.${field} IS NOT NULL`).join(" OR ")}
  SET n.searchNames = reduce(names = n.name,
    name IN coalesce(n.shortNames, []) + coalesce(n.aliases, [])
      + [id IN [${externalIdFields.map((field) => `n.${field}`).join(", ")}] WHERE id IS NOT NULL AND id <> ''] | names + ' | ' + name)
}`,
  },
];

/** Every migration's id: what a graph the loader has just written is up to date with. */
export const migrationIds = graphMigrations.map((m) => m.id);

export async function migrateGraph(driver: Driver, database: string): Promise<void> {
  // One cheap read first: a once-only migration already run is not even sent (planning the
  // known-from Cypher alone costs a cold Neo4j about a second at every start).
  const { records } = await driver.executeQuery(
    "MATCH (state:SeedState {id: 'seed'}) RETURN coalesce(state.migrations, []) AS done",
    {},
    { database },
  );
  const done: string[] | null = records[0]?.get("done") ?? null;
  for (const migration of graphMigrations) {
    if (!migration.once) {
      await driver.executeQuery(migration.cypher, {}, { database });
      continue;
    }
    // Without a SeedState the graph is empty or not the loader's: nothing to migrate.
    if (done === null || done.includes(migration.id)) continue;
    await driver.executeQuery(
      `MATCH (state:SeedState {id: 'seed'}) WHERE NOT $id IN coalesce(state.migrations, [])
CALL () {${migration.cypher}
}
SET state.migrations = coalesce(state.migrations, []) + $id`,
      { id: migration.id },
      { database },
    );
  }
}
