// Fault: Neo4j is killed (SIGKILL) in the middle of a national-size seed load with reset. Such a
// load stages the new graph in batched transactions and swaps it in with one transaction
// (seed/write-seed.ts). After the restart (and Neo4j's crash recovery) the live graph must be
// exactly a committed one (the old graph, or the new one if the swap had committed), what was
// staged must be whole batches only, and running the loader again must complete the load and
// remove the leftovers, giving the same graph as a clean load.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../core/config.js";
import { createDriver } from "../../core/neo4j/connect-neo4j.js";
import { readSeed } from "../../seed/read-seed.js";
import type { SeedGraph } from "../../seed/seed-graph.js";
import { writeSyntheticSeed } from "../../seed/synthetic/write-synthetic-seed.js";
import { writeSeed } from "../../seed/write/write-seed.js";
import { type Fingerprint, graphFingerprint } from "../support/graph-fingerprint.js";
import { type OwnNeo4j, startOwnNeo4j } from "../support/own-neo4j.js";

const orgs = 5_000;
const database = "neo4j";
const batchSize = 1_000;

/** Staged (not yet swapped-in) nodes per label and relationships per type. */
async function staged(driver: Driver): Promise<Map<string, number>> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n:Staged) RETURN n.stagedLabel AS key, count(*) AS n
               UNION ALL MATCH (:Staged)-[r]->() RETURN type(r) AS key, count(*) AS n
               UNION ALL MATCH (n) WHERE n:StagedFigure OR n:StagedSource RETURN labels(n)[0] AS key, count(*) AS n }
     RETURN key, sum(n) AS n`,
    {},
    { database },
  );
  return new Map(records.map((r) => [r.get("key") as string, r.get("n") as number]));
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

describe("faults: Neo4j killed in the middle of a seed load", () => {
  let db: OwnNeo4j;
  let driver: Driver;
  let synthetic: SeedGraph;
  let dir: string;
  let clean: Fingerprint;
  let cleanMs: number;
  /** Rows of each label and type in the synthetic graph: a staged batch is `batchSize` of them, or the rest. */
  let expected: Map<string, number>;

  beforeAll(async () => {
    db = await startOwnNeo4j("faults-seed", { heap: "1g", pageCache: "256m" });
    // The driver `npm run seed` and the server use, with their retry budget.
    driver = createDriver(db.uri, loadConfig({}).neo4j);
    dir = await mkdtemp(join(tmpdir(), "tht-graph-faults-synthetic-"));
    synthetic = readSeed(writeSyntheticSeed(dir, orgs, 7).dirs);
    expected = new Map([
      ...countBy(synthetic.nodes, (n) => n.label),
      ...countBy(synthetic.relationships, (r) => r.type),
      ["StagedSource", synthetic.sources.length],
    ]);
    // A clean load into the empty database: the graph a completed load must give.
    const started = Date.now();
    await writeSeed(driver, synthetic, { database, reset: true, batchSize });
    cleanMs = Date.now() - started;
    clean = await graphFingerprint(driver, database);
    expect(clean.nodes).toBeGreaterThan(orgs);
  });
  afterAll(async () => {
    await driver?.close();
    await db?.remove();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Loads the synthetic graph over the shipped seed; kills Neo4j `delayMs` after `killAt` of the rows are staged. */
  async function killedLoad(killAt: number, delayMs = 0) {
    await writeSeed(driver, readSeed(), { database, reset: true });
    const committed = await graphFingerprint(driver, database);
    let killed: Promise<void> | undefined;
    let killedAfter = { rows: 0, total: 0, ms: 0 };
    const started = Date.now();
    const failure = await writeSeed(driver, synthetic, {
      database,
      reset: true,
      batchSize,
      onProgress: (done, total) => {
        if (killed || done < total * killAt) return;
        killed = new Promise((resolve) => setTimeout(resolve, delayMs)).then(() => {
          killedAfter = { rows: done, total, ms: Date.now() - started };
          return db.kill();
        });
      },
    }).then(
      () => undefined,
      (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
    );
    await killed;
    expect(killed, "the load finished before it could be killed").toBeDefined();
    const restartMs = await db.start();
    const recovered = await graphFingerprint(driver, database);
    const leftovers = await staged(driver);
    const rerunStarted = Date.now();
    await writeSeed(driver, synthetic, { database, reset: true, batchSize });
    const rerunMs = Date.now() - rerunStarted;
    const completed = await graphFingerprint(driver, database);
    const leftAfterRerun = await staged(driver);
    const stagedTotal = [...leftovers.values()].reduce((a, b) => a + b, 0);
    const outcome =
      recovered.ids === committed.ids ? "the old graph" : recovered.ids === clean.ids ? "the new graph" : "NEITHER";
    console.log(
      `faults (Neo4j killed mid-load, ${orgs} organisations, batches of ${batchSize}): a clean load took ${cleanMs} ms; ` +
        `killed ${delayMs} ms after ${killedAfter.rows} of ${killedAfter.total} rows were staged (${killedAfter.ms} ms in); the loader failed with ` +
        `${failure ? `${failure.name}: ${failure.message.slice(0, 60)}…` : "nothing (it had finished)"}; Neo4j restarted ` +
        `(with recovery) in ${restartMs} ms; live graph after it: ${outcome} (${recovered.nodes} nodes, ` +
        `${recovered.relationships} relationships); staged leftovers ${stagedTotal} (${JSON.stringify(Object.fromEntries(leftovers))}); ` +
        `the second run took ${rerunMs} ms, ${completed.ids === clean.ids ? "equals" : "DIFFERS from"} the clean load, ` +
        `staged leftovers after it ${leftAfterRerun.size}.`,
    );
    return { committed, recovered, leftovers, completed, leftAfterRerun, failure };
  }

  it("killed while staging: the live graph is the old one, staged batches are whole, a re-run completes", async () => {
    const { committed, recovered, leftovers, completed, leftAfterRerun, failure } = await killedLoad(0.5);
    expect(failure).toBeInstanceOf(Error);
    expect(recovered).toEqual(committed);
    // No partial batch: every staged label or type holds whole batches. Two batches are in flight at
    // once, so the committed ones need not be the first: a type's short last batch may be among them.
    for (const [key, count] of leftovers) {
      const all = expected.get(key) ?? 0;
      const wholeBatches = count % batchSize === 0 || count % batchSize === all % batchSize;
      expect(count <= all && wholeBatches, `${key}: ${count} staged of ${all}`).toBe(true);
    }
    expect(completed).toEqual(clean);
    expect(leftAfterRerun.size).toBe(0);
  }, 300_000);

  it("killed as the swap begins: the live graph is the old one or the new one, never a mix", async () => {
    const { committed, recovered, completed, leftAfterRerun } = await killedLoad(1, 300);
    expect([committed.ids, clean.ids]).toContain(recovered.ids);
    expect([committed, clean]).toContainEqual(recovered);
    expect(completed).toEqual(clean);
    expect(leftAfterRerun.size).toBe(0);
  }, 300_000);
});
