// Whether a seed has been loaded: the marker the write stage stores in the same transaction as the graph.
import type { Driver } from "neo4j-driver";

/** Whether a seed has been loaded: the marker written in the same transaction as the graph. */
export async function seedLoaded(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    "MATCH (m:SeedState {id: 'seed'}) RETURN count(m) > 0 AS loaded",
    {},
    { database },
  );
  return records[0]?.get("loaded") === true;
}
