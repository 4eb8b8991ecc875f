// `npm run seed [-- --reset] [--data DIR] [--sources DIR] [--check]`
// Validates every seed file first; only a fully valid seed is written, in one transaction.
import { parseArgs } from "node:util";
import { loadConfig } from "../core/config.js";
import { reportFatal } from "../core/errors/report-fatal.js";
import { connectNeo4j } from "../core/neo4j/connect-neo4j.js";
import { readSeed } from "./read-seed.js";
import { defaultSeedDirs } from "./seed-dirs.js";
import { writeSeed } from "./write/write-seed.js";

function say(message: string): void {
  process.stderr.write(`tht-graph seed: ${message}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      reset: { type: "boolean", default: false },
      check: { type: "boolean", default: false },
      data: { type: "string", default: defaultSeedDirs.data },
      sources: { type: "string", default: defaultSeedDirs.sources },
    },
  });
  const config = loadConfig();
  const graph = readSeed({ data: values.data, sources: values.sources });
  say(
    `valid: ${graph.nodes.length} records, ${graph.relationships.length} relationships, ${graph.figures.length} figures, ${graph.sources.length} sources`,
  );
  if (values.check) return;
  const connection = await connectNeo4j(config, () => {});
  try {
    const result = await writeSeed(connection.driver, graph, { database: connection.database, reset: values.reset });
    say(
      `${values.reset ? "replaced the graph" : "merged"} into ${connection.uri}: checksum ${result.checksum.slice(0, 12)}`,
    );
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => reportFatal({ program: "seed", failed: "the seed was not loaded" }, error));
