// B6: tht-graph's validated, all-or-nothing loader against Neo4j's own bulk path for the same rows
// and properties: LOAD CSV … CALL { … } IN TRANSACTIONS (not atomic, no validation: the floor to
// beat). Each is run twice and the warm runs compared, since the first load also warms the JVM.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import neo4j, { type Driver } from "neo4j-driver";
import { seedRows } from "../seed/plan/seed-rows.js";
import { readSeed } from "../seed/read-seed.js";
import type { SeedGraph } from "../seed/seed-graph.js";
import { bulkBatchSize, type WriteResult, writeSeed } from "../seed/write/write-seed.js";
import { profileJvm } from "./profile.js";

export interface LoadResult {
  seconds: number;
  nodes: number;
  relationships: number;
  relationshipsPerSecond: number;
}

const clear =
  "MATCH (n) WHERE n:Entity OR n:Figure OR n:Source OR n:SeedState OR n:CsvFloor CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS";

/** Removes everything, in batches, outside the timed part. */
export async function clearGraph(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run(clear);
  } finally {
    await session.close();
  }
}

export async function loadWithSeedLoader(
  driver: Driver,
  dirs: { data: string; sources: string },
): Promise<LoadResult & { graph: SeedGraph; validateSeconds: number; timings: WriteResult["timings"] }> {
  const validating = Date.now();
  const graph = readSeed(dirs);
  const validateSeconds = (Date.now() - validating) / 1000;
  await clearGraph(driver);
  const started = Date.now();
  const result = await writeSeed(driver, graph, { database: "neo4j", reset: true, batchSize: bulkBatchSize });
  const seconds = (Date.now() - started) / 1000;
  return {
    graph,
    validateSeconds,
    seconds,
    nodes: result.nodes,
    relationships: result.relationships,
    relationshipsPerSecond: result.relationships / seconds,
    timings: result.timings,
  };
}

/** How a property travels through CSV: its column holds text, Cypher turns it back. */
type ColumnKind = "string" | "list" | "boolean" | "integer" | "float" | "date";
const listSeparator = "\u001f";

function kindOf(value: unknown): ColumnKind | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return "list";
  if (neo4j.isDate(value as never)) return "date";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "float";
  return "string";
}

/** Every property key the rows use, with its kind (a key's kind is the same in every row). */
function columnsOf(rows: { props: Record<string, unknown> }[]): Map<string, ColumnKind> {
  const columns = new Map<string, ColumnKind>();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row.props)) {
      if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key)) throw new Error(`property key ${key} cannot be a CSV column`);
      const kind = kindOf(value);
      if (kind && columns.get(key) !== "float") columns.set(key, kind);
      else if (!columns.has(key)) columns.set(key, "string");
    }
  }
  return columns;
}

function csvOf(rows: { props: Record<string, unknown> }[], columns: Map<string, ColumnKind>, extra: string[]) {
  return stringify(
    rows.map((row) => {
      const out: Record<string, string> = {};
      for (const key of extra) out[key] = String((row as unknown as Record<string, unknown>)[key] ?? "");
      for (const [key, kind] of columns) {
        const value = row.props[key];
        out[`p_${key}`] =
          value === null || value === undefined
            ? ""
            : kind === "list"
              ? (value as unknown[]).join(listSeparator)
              : String(value);
      }
      return out;
    }),
    { header: true },
  );
}

/** `SET` items turning each CSV column back into the property the loader stores. */
function setsOf(variable: string, columns: Map<string, ColumnKind>): string {
  return [...columns]
    .map(([key, kind]) => {
      const column = `row.p_${key}`;
      const value = {
        list: `CASE ${column} WHEN '' THEN [] ELSE split(${column}, '${listSeparator}') END`,
        boolean: `${column} = 'true'`,
        integer: `toInteger(nullIf(${column}, ''))`,
        float: `toFloat(nullIf(${column}, ''))`,
        date: `date(nullIf(${column}, ''))`,
        string: `nullIf(${column}, '')`,
      }[kind];
      return `${variable}.${key} = ${value}`;
    })
    .join(", ");
}

/**
 * The loader's own rows (seed-rows.ts: every property, dates, citation lists) through
 * LOAD CSV … CALL { } IN TRANSACTIONS, matching relationship ends on a unique id index.
 */
export async function loadWithLoadCsv(driver: Driver, graph: SeedGraph, importDir: string): Promise<LoadResult> {
  const rows = seedRows(graph);
  const nodeColumns = columnsOf(rows.nodes);
  const relationshipColumns = columnsOf(rows.relationships);
  writeFileSync(join(importDir, "nodes.csv"), csvOf(rows.nodes, nodeColumns, ["label"]));
  writeFileSync(
    join(importDir, "relationships.csv"),
    csvOf(rows.relationships, relationshipColumns, ["type", "from", "to"]),
  );
  await clearGraph(driver);
  await driver.executeQuery("CREATE CONSTRAINT csv_floor_id IF NOT EXISTS FOR (n:CsvFloor) REQUIRE n.id IS UNIQUE");
  const session = driver.session();
  const started = Date.now();
  try {
    await session.run(`LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
      CALL (row) { CREATE (n:CsvFloor) SET ${setsOf("n", nodeColumns)}, n.label = row.label }
      IN TRANSACTIONS OF 10000 ROWS`);
    await session.run(`LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
      CALL (row) {
        MATCH (a:CsvFloor {id: row.from}) MATCH (b:CsvFloor {id: row.to})
        CREATE (a)-[r:CSV_FLOOR]->(b) SET ${setsOf("r", relationshipColumns)}, r.type = row.type
      } IN TRANSACTIONS OF 10000 ROWS`);
  } finally {
    await session.close();
  }
  const seconds = (Date.now() - started) / 1000;
  await clearGraph(driver);
  return {
    seconds,
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
    relationshipsPerSecond: graph.relationships.length / seconds,
  };
}

export interface LoadBenchmark {
  /** Second runs, on a warm JVM: what is compared. */
  ours: LoadResult & { validateSeconds: number; timings: WriteResult["timings"] };
  floor: LoadResult;
  /** First runs, on a cold JVM, reported alongside. */
  coldOurs: LoadResult;
  coldFloor: LoadResult;
  /** A third load of ours under Java Flight Recorder (not timed: the recorder slows it down). */
  profile: Awaited<ReturnType<typeof profileJvm>> | null;
}

/** Floor, ours, floor, ours: the second of each is compared; then one profiled load of ours. */
export async function runLoadBenchmark(
  driver: Driver,
  dirs: { data: string; sources: string },
  importDir: string,
  neo4jPid: number,
  say: (message: string) => void,
): Promise<LoadBenchmark> {
  const graph = readSeed(dirs);
  say("B6: LOAD CSV floor, cold");
  const coldFloor = await loadWithLoadCsv(driver, graph, importDir);
  say("B6: seed loader, cold");
  const coldOurs = await loadWithSeedLoader(driver, dirs);
  say("B6: LOAD CSV floor, warm");
  const floor = await loadWithLoadCsv(driver, graph, importDir);
  say("B6: seed loader, warm");
  const ours = await loadWithSeedLoader(driver, dirs);
  let profile = null;
  try {
    say("B6: seed loader under Java Flight Recorder");
    profile = await profileJvm("Neo4j while the seed loader writes", neo4jPid, importDir, () =>
      loadWithSeedLoader(driver, dirs),
    );
  } catch (error) {
    say(`B6: no JVM profile (${error instanceof Error ? error.message.split("\n")[0] : error})`);
    await loadWithSeedLoader(driver, dirs);
  }
  return { ours, floor, coldOurs, coldFloor, profile };
}
