// The database schema the graph relies on: the seed loader writes it before every load, and the
// server's queries depend on it (uniqueness of ids, an id index per label for @neo4j/graphql, and
// the full-text indexes that `search` and `searchOrganisations` query). Every statement is idempotent.
import type { Driver } from "neo4j-driver";
import { nodeLabels, relationshipTypes } from "../vocabulary.js";
import { migrateGraph } from "./graph-migrations.js";

export const graphSchemaStatements: readonly string[] = [
  "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT figure_id IF NOT EXISTS FOR (n:Figure) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT seed_state_id IF NOT EXISTS FOR (n:SeedState) REQUIRE n.id IS UNIQUE",
  // @neo4j/graphql matches on the type's own label, so each label gets its own id index.
  ...nodeLabels.map((label) => `CREATE INDEX ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) ON (n.id)`),
  // Relationships are found by id (the change model's edits) through one index per type.
  ...relationshipTypes.map(
    (type) => `CREATE INDEX ${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`,
  ),
  // History (seed/change/): revisions by number, and the changes of each element by its id.
  "CREATE CONSTRAINT revision_number IF NOT EXISTS FOR (n:Revision) REQUIRE n.number IS UNIQUE",
  "CREATE INDEX change_element IF NOT EXISTS FOR (n:Change) ON (n.elementId)",
  // Staged nodes of a replacing load are relabelled by this property (seed/write/).
  "CREATE INDEX staged_label IF NOT EXISTS FOR (n:Staged) ON (n.stagedLabel)",
  `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:${nodeLabels.join("|")}) ON EACH [n.name, n.searchNames]`,
  "CREATE FULLTEXT INDEX organisation_names IF NOT EXISTS FOR (n:Organisation) ON EACH [n.name, n.searchNames]",
];

/** Writes the schema, waits until every index is online, and brings stored values up to date. */
export async function ensureGraphSchema(driver: Driver, database: string): Promise<void> {
  for (const statement of graphSchemaStatements) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery("CALL db.awaitIndexes(60)", {}, { database });
  await migrateGraph(driver, database);
}
