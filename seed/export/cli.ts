// `npm run seed:export [-- --data DIR --sources DIR]`: writes the live graph, edits included, back to
// the seed files in their own formats and order (write-seed-files.ts). A record that says the same
// keeps its bytes, so a git-kept dataset and the live graph round-trip to an empty `git diff` when
// nothing changed. With a server running on the local Neo4j, it reads that Neo4j.
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../../core/config.js";
import { ErrorCode } from "../../core/errors/error-code.js";
import { reportFatal } from "../../core/errors/report-fatal.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { connectNeo4j } from "../../core/neo4j/connect-neo4j.js";
import { readLiveGraph } from "../live/read-live-graph.js";
import { defaultSeedDirs } from "../seed-dirs.js";
import { seedLoaded } from "../write/seed-loaded.js";
import { writeSeedFiles } from "./write-seed-files.js";

function say(message: string): void {
  process.stderr.write(`tht-graph seed:export: ${message}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: "string", default: defaultSeedDirs.data },
      sources: { type: "string", default: defaultSeedDirs.sources },
    },
  });
  const connection = await connectNeo4j(loadConfig(), say, { joinRunning: true });
  try {
    const graph = await readLiveGraph(connection.driver, connection.database);
    // An empty or foreign graph would empty the files: a wrong NEO4J_URI must not cost the dataset.
    if (graph.nodes.length === 0 || !(await seedLoaded(connection.driver, connection.database)))
      throw new ThtError(
        ErrorCode.SeedConflict,
        `the graph in ${connection.uri} holds no tht-graph seed (${graph.nodes.length} nodes): exporting it would empty the seed files, so nothing was written. Load the files first (npm run seed), or point NEO4J_URI at the graph to export`,
      );
    const result = writeSeedFiles(graph, { data: values.data, sources: values.sources });
    const files = result.written.map((f) => relative(process.cwd(), f));
    say(
      result.written.length === 0
        ? `the files in ${relative(process.cwd(), values.data) || "."} already hold the graph in ${connection.uri}: nothing written`
        : `wrote ${files.join(", ")} from ${connection.uri}: ${result.added} added, ${result.changed} changed, ${result.removed} removed`,
    );
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => reportFatal({ program: "seed:export", failed: "nothing was exported" }, error));
