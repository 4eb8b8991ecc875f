// Changes to how the graph is stored, applied to a database loaded before them. Each statement is
// idempotent and runs on every start and every load (cheap on an up-to-date graph: it matches nothing).
import type { Driver } from "neo4j-driver";

export const graphMigrations: readonly { why: string; cypher: string }[] = [
  {
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
];

export async function migrateGraph(driver: Driver, database: string): Promise<void> {
  for (const migration of graphMigrations) await driver.executeQuery(migration.cypher, {}, { database });
}
