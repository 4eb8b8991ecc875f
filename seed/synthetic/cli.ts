// `npm run seed:synthetic -- --orgs N [--seed S] [--out DIR] [--check]`
// Generates a national-size seed and loads it through the same validated loader as seed/data,
// replacing tht-graph's graph in the configured Neo4j. Point NEO4J_LOCAL_DATA (or NEO4J_URI) at a
// database you can spare.
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../../core/config.js";
import { reportFatal } from "../../core/errors/report-fatal.js";
import { connectNeo4j } from "../../core/neo4j/connect-neo4j.js";
import { recordRevision } from "../change/apply-changes.js";
import { conflictError, liveEdits } from "../live/load-seed.js";
import { createProgress } from "../progress.js";
import { readSeed } from "../read-seed.js";
import { bulkBatchSize, writeSeed } from "../write/write-seed.js";
import { writeSyntheticSeed } from "./write-synthetic-seed.js";

function say(message: string): void {
  process.stderr.write(`tht-graph synthetic: ${message}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      orgs: { type: "string", default: "1000" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
      check: { type: "boolean", default: false },
      "files-win": { type: "boolean", default: false },
    },
  });

  const orgs = Number(values.orgs);
  const seed = Number(values.seed);
  if (!Number.isInteger(orgs) || orgs < 10)
    throw new ConfigError(`--orgs must be a whole number of at least 10; got ${values.orgs}`);
  const config = loadConfig();
  const dir = resolve(values.out ?? join(".data", "synthetic", `orgs-${orgs}-seed-${seed}`));
  let started = Date.now();
  const { dirs, counts } = writeSyntheticSeed(dir, orgs, seed);
  say(
    `generated ${counts.nodes} nodes (${counts.organisations} organisations) and ${counts.relationships} relationships in ${dir} (${Date.now() - started} ms)`,
  );
  started = Date.now();
  const graph = readSeed(dirs);
  say(`validated in ${Date.now() - started} ms`);
  if (values.check) return;
  const connection = await connectNeo4j(config, say, { joinRunning: true });
  const progress = createProgress({ label: "loading", unit: "rows", prefix: "tht-graph synthetic: " });
  started = Date.now();
  try {
    // Replacing the graph would wipe live edits: only when told so.
    const edits = await liveEdits(connection.driver, connection.database);
    if (edits.length > 0 && !values["files-win"])
      throw conflictError(edits.map((edit) => ({ kind: "edited-live", element: edit.kind, id: edit.id, edit })));
    const result = await writeSeed(connection.driver, graph, {
      database: connection.database,
      reset: true,
      inTransaction: async (tx) => {
        await recordRevision(tx, [], {
          author: "seed",
          reason: `npm run seed:synthetic (${graph.nodes.length} nodes; replaced the graph)`,
          origin: "seed",
          replaced: true,
        });
      },
      batchSize: bulkBatchSize,
      onProgress: progress.update,
    });
    progress.stop();
    const seconds = (Date.now() - started) / 1000;
    say(
      `loaded ${result.nodes} nodes and ${result.relationships} relationships in ${seconds.toFixed(1)} s (${Math.round(result.relationships / seconds)} relationships/s; writing ${result.timings.write} ms, swap ${result.timings.swap} ms)`,
    );
  } finally {
    progress.stop();
    await connection.close();
  }
}

main().catch((error: unknown) =>
  reportFatal({ program: "synthetic", failed: "the synthetic graph was not loaded" }, error),
);
