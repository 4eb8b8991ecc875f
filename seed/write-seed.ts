// Writes a validated seed graph in ONE transaction (all or nothing), with UNWIND batches and
// parameters only. Re-running it leaves the same nodes and relationships (MERGE on ids).
import { createHash } from "node:crypto";
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { type RelationshipType, relationshipTypes } from "./records.js";
import { type Dated, type NodeLabel, nodeLabels, type SeedGraph } from "./seed-graph.js";

/** Schema the graph relies on; each statement is idempotent. */
export const schemaStatements = [
  "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT figure_id IF NOT EXISTS FOR (n:Figure) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT seed_state_id IF NOT EXISTS FOR (n:SeedState) REQUIRE n.id IS UNIQUE",
  // @neo4j/graphql matches on the type's own label, so each label gets its own id index.
  ...nodeLabels.map((label) => `CREATE INDEX ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) ON (n.id)`),
  `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:${nodeLabels.join("|")}) ON EACH [n.name, n.searchNames]`,
  "CREATE FULLTEXT INDEX organisation_names IF NOT EXISTS FOR (n:Organisation) ON EACH [n.name, n.searchNames]",
];

/** Only tht-graph's own labels are ever removed, never the rest of a shared database. */
const deleteGraph = `
MATCH (n) WHERE n:Entity OR n:Figure OR n:Source OR n:SeedState
DETACH DELETE n`;

const writeSources = `
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s = row.props`;

/**
 * One statement per label and per relationship type, with the label or type spelled out: Neo4j
 * plans these with its indexes, where `SET n:$(row.label)` and `[r:$(row.type)]` are much slower.
 * Labels and types come from the fixed lists in seed-graph.ts and records.ts, never from input.
 * A reset load CREATEs into the emptied graph; a merge load MERGEs on ids. Relationships find
 * their ends by element id, which the node statements return: index lookups of nodes created in
 * the same (large) transaction are what made loads slow.
 */
const dateSets = (
  v: string,
) => `SET ${v}.validFrom = date(row.validFrom), ${v}.validFromLatest = date(row.validFromLatest),
    ${v}.validTo = date(row.validTo), ${v}.validToLatest = date(row.validToLatest)`;

const writeNodes = (label: NodeLabel, create: boolean) => `
UNWIND $rows AS row
${create ? `CREATE (n:Entity:${label})` : `MERGE (n:Entity {id: row.id}) SET n:${label}`}
SET n = row.props
${dateSets("n")}
RETURN row.id AS id, elementId(n) AS elementId`;

const writeRelationships = (type: RelationshipType, create: boolean) => `
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
${create ? `CREATE (a)-[r:${type}]->(b)` : `MERGE (a)-[r:${type} {id: row.id}]->(b)`}
SET r = row.props
${dateSets("r")}`;

const writeFigures = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MERGE (f:Figure {id: row.id})
SET f = row.props, f.asOf = date(row.asOf)
MERGE (s)-[h:HAS_FIGURE]->(f)
SET h.citationQuotes = row.props.citationQuotes, h.citationSources = row.props.citationSources`;

const writeSeedState = `
MERGE (m:SeedState {id: 'seed'})
SET m.loadedAt = datetime(), m.checksum = $checksum, m.nodes = $nodes, m.relationships = $relationships`;

export interface WriteOptions {
  database: string;
  /** Replace the whole tht-graph graph instead of merging into it. */
  reset: boolean;
  /** Rows per UNWIND statement. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Transaction timeout; the default suits a 100,000-organisation load on a small machine. */
  timeoutMs?: number;
}

export interface WriteResult {
  checksum: string;
  nodes: number;
  relationships: number;
  figures: number;
}

function dateColumns(prefix: "validFrom" | "validTo", d: Dated | null) {
  return {
    [prefix]: d?.date ?? null,
    [`${prefix}Latest`]: d?.latest ?? null,
    text: { [`${prefix}Text`]: d?.text ?? null, [`${prefix}Precision`]: d?.precision ?? "unknown" },
  };
}

function provenance(item: {
  citations: { quote: string; source: string }[];
  derived: { fact: string; rule: string }[];
}) {
  return {
    citationQuotes: item.citations.map((c) => c.quote),
    citationSources: item.citations.map((c) => c.source),
    derived: item.derived.length > 0,
    derivedFacts: item.derived.map((d) => d.fact),
    derivedRules: item.derived.map((d) => d.rule),
  };
}

/** A stable fingerprint of the seed's content (not of where records sit in files). */
export function seedChecksum(graph: SeedGraph): string {
  const strip = <T extends { where: unknown }>({ where: _where, ...rest }: T) => rest;
  const content = {
    sources: graph.sources.map(({ text: _text, ...s }) => strip(s)),
    nodes: graph.nodes.map(strip),
    relationships: graph.relationships.map(strip),
    figures: graph.figures.map(strip),
  };
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

export function seedRows(graph: SeedGraph) {
  const nodes = graph.nodes.map((n) => {
    const from = dateColumns("validFrom", n.validFrom);
    const to = dateColumns("validTo", n.validTo);
    return {
      id: n.id,
      label: n.label,
      validFrom: from.validFrom,
      validFromLatest: from.validFromLatest,
      validTo: to.validTo,
      validToLatest: to.validToLatest,
      props: {
        id: n.id,
        name: n.name,
        kind: n.kind,
        shortNames: n.shortNames,
        aliases: n.aliases,
        searchNames: [n.name, ...n.shortNames, ...n.aliases].join(" | "),
        description: n.description,
        ...from.text,
        ...to.text,
        ...provenance(n),
        ...n.extra,
      },
    };
  });
  const relationships = graph.relationships.map((r) => {
    const from = dateColumns("validFrom", r.validFrom);
    const to = dateColumns("validTo", r.validTo);
    return {
      id: r.id,
      type: r.type,
      from: r.from,
      to: r.to,
      validFrom: from.validFrom,
      validFromLatest: from.validFromLatest,
      validTo: to.validTo,
      validToLatest: to.validToLatest,
      props: { ...r.properties, id: r.id, ...from.text, ...to.text, ...provenance(r) },
    };
  });
  const sourcesById = new Map(graph.sources.map((s) => [s.id, s]));
  const figures = graph.figures.map((f) => {
    // An undated figure refers to its source's date: say so rather than leave it blank.
    const source = sourcesById.get(f.citation.source);
    const undated = f.asOf === null && f.asOfText === null;
    return {
      id: f.id,
      subject: f.subject,
      asOf: f.asOf ?? source?.datedFrom ?? null,
      props: {
        id: f.id,
        measure: f.measure,
        value: f.value,
        unit: f.unit,
        qualifier: f.qualifier,
        display: f.display,
        asOfText: f.asOfText ?? (undated ? (source?.datedText ?? null) : null),
        asOfPrecision: f.asOf !== null ? "day" : "source date",
        citationQuotes: [f.citation.quote],
        citationSources: [f.citation.source],
      },
    };
  });
  const sources = graph.sources.map((s) => ({
    id: s.id,
    props: {
      id: s.id,
      title: s.title,
      file: s.file,
      url: s.url,
      publisher: s.publisher,
      datedText: s.datedText,
      text: s.text,
    },
  }));
  return { nodes, relationships, figures, sources };
}

async function inBatches(
  tx: ManagedTransaction,
  query: string,
  rows: unknown[],
  size: number,
  step: (n: number) => void,
  onRecord?: (record: { get(key: string): unknown }) => void,
) {
  for (let i = 0; i < rows.length; i += size) {
    const batch = rows.slice(i, i + size);
    const result = await tx.run(query, { rows: batch });
    if (onRecord) for (const record of result.records) onRecord(record);
    step(batch.length);
  }
}

export async function ensureSchema(driver: Driver, database: string): Promise<void> {
  for (const statement of schemaStatements) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery("CALL db.awaitIndexes(60)", {}, { database });
}

export async function writeSeed(driver: Driver, graph: SeedGraph, options: WriteOptions): Promise<WriteResult> {
  const rows = seedRows(graph);
  const checksum = seedChecksum(graph);
  const size = options.batchSize ?? 1000;
  const total = rows.sources.length + rows.nodes.length + rows.relationships.length + rows.figures.length;
  await ensureSchema(driver, options.database);
  const session = driver.session({ database: options.database });
  try {
    // A national load is one long transaction; it gets its own timeout rather than the server's default.
    await session.executeWrite(
      async (tx) => {
        let done = 0;
        const step = (n: number) => {
          done += n;
          options.onProgress?.(done, total);
        };
        if (options.reset) await tx.run(deleteGraph);
        await inBatches(tx, writeSources, rows.sources, size, step);
        const create = options.reset;
        const elementIds = new Map<string, unknown>();
        for (const label of nodeLabels) {
          await inBatches(
            tx,
            writeNodes(label, create),
            rows.nodes.filter((r) => r.label === label),
            size,
            step,
            (record) => {
              elementIds.set(record.get("id") as string, record.get("elementId"));
            },
          );
        }
        for (const type of relationshipTypes) {
          const typed = rows.relationships
            .filter((r) => r.type === type)
            .map((r) => ({ ...r, a: elementIds.get(r.from), b: elementIds.get(r.to) }));
          await inBatches(tx, writeRelationships(type, create), typed, size, step);
        }
        await inBatches(tx, writeFigures, rows.figures, size, step);
        await tx.run(writeSeedState, { checksum, nodes: rows.nodes.length, relationships: rows.relationships.length });
      },
      { timeout: options.timeoutMs ?? 15 * 60_000 },
    );
  } finally {
    await session.close();
  }
  return { checksum, nodes: rows.nodes.length, relationships: rows.relationships.length, figures: rows.figures.length };
}

/** Whether a seed has been loaded: the marker written in the same transaction as the graph. */
export async function seedLoaded(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    "MATCH (m:SeedState {id: 'seed'}) RETURN count(m) > 0 AS loaded",
    {},
    { database },
  );
  return records[0]?.get("loaded") === true;
}
