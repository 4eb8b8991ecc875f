// `npm run seed [-- --reset] [--data DIR] [--sources DIR] [--check]`
// Validates every seed file first; only a fully valid seed is written, in one transaction.
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../server/config.js";
import { ThtError } from "../server/errors.js";
import { connectNeo4j } from "../server/neo4j/connect-neo4j.js";
import { defaultSeedDirs, readSeed } from "./read-seed.js";
import { SeedError } from "./seed-files.js";
import { writeSeed } from "./write-seed.js";

const { values } = parseArgs({
  options: {
    reset: { type: "boolean", default: false },
    check: { type: "boolean", default: false },
    data: { type: "string", default: defaultSeedDirs.data },
    sources: { type: "string", default: defaultSeedDirs.sources },
  },
});

function say(message: string): void {
  process.stderr.write(`tht-graph seed: ${message}\n`);
}

async function main(): Promise<void> {
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

main().catch((error: unknown) => {
  if (error instanceof SeedError) say(error.message);
  else if (error instanceof ThtError || error instanceof ConfigError) say(`[${error.code}] ${error.message}`);
  else say(`failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
