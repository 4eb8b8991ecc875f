// `npm run seed [-- --dry-run] [--keep-live | --files-win] [--reset] [--data DIR] [--sources DIR] [--check]`
// Validates every seed file first, then reconciles them with the live graph: what the load would
// add, change, end and remove, and any live edit it would undo. Conflicts stop it unless it is told
// how to settle them; only a fully valid seed is written, in one transaction, as one revision.
// With a server running on the local Neo4j, the load goes into that Neo4j (no second one is started).
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../core/config.js";
import { reportFatal } from "../core/errors/report-fatal.js";
import { connectNeo4j } from "../core/neo4j/connect-neo4j.js";
import { loadSeed } from "./live/load-seed.js";
import { describeChange, describeConflict, type Settle } from "./live/reconcile.js";
import { createProgress } from "./progress.js";
import { readSeed } from "./read-seed.js";
import { defaultSeedDirs } from "./seed-dirs.js";

function say(message: string): void {
  process.stderr.write(`tht-graph seed: ${message}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      reset: { type: "boolean", default: false },
      check: { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
      "keep-live": { type: "boolean", default: false },
      "files-win": { type: "boolean", default: false },
      reason: { type: "string" },
      data: { type: "string", default: defaultSeedDirs.data },
      sources: { type: "string", default: defaultSeedDirs.sources },
    },
  });
  if (values["keep-live"] && values["files-win"])
    throw new ConfigError("--keep-live and --files-win contradict each other: choose one");
  const settle: Settle = values["keep-live"] ? "keep-live" : values["files-win"] ? "files-win" : "stop";
  const config = loadConfig();
  const graph = readSeed({ data: values.data, sources: values.sources });
  say(
    `valid: ${graph.nodes.length} records, ${graph.relationships.length} relationships, ${graph.figures.length} figures, ${graph.sources.length} sources`,
  );
  if (values.check) return;
  const connection = await connectNeo4j(config, say, { joinRunning: true });
  const progress = createProgress({ label: "loading", unit: "rows", prefix: "tht-graph seed: " });
  try {
    const result = await loadSeed(connection.driver, graph, {
      database: connection.database,
      onProgress: progress.update,
      settle,
      dryRun: values["dry-run"],
      reset: values.reset,
      ...(values.reason ? { reason: values.reason } : {}),
    });
    progress.stop();
    const count = (action: string) => result.changes.filter((c) => c.action === action).length;
    const summary = `add ${count("added")}, change ${count("updated")}, end ${count("ended")}, remove ${count("retracted") + count("removed")}`;
    if (values["dry-run"]) {
      say(`a load into ${connection.uri} would ${summary}${result.changes.length > 0 ? ":" : ""}`);
      for (const change of result.changes) process.stdout.write(`  ${describeChange(change)}\n`);
      if (result.conflicts.length > 0) {
        say(
          `and ${result.conflicts.length} record${result.conflicts.length === 1 ? "" : "s"} disagree with the live graph:`,
        );
        for (const conflict of result.conflicts) process.stdout.write(`  ${describeConflict(conflict)}\n`);
        say("a load stops on these unless told --keep-live or --files-win");
      }
      say("dry run: nothing was written");
      return;
    }
    const settled = result.conflicts.length > 0 ? ` (${result.conflicts.length} conflicts settled by --${settle})` : "";
    say(
      result.revision
        ? `${values.reset ? "replaced the graph" : "loaded"} into ${connection.uri} as ${result.revision}: ${summary}${settled}`
        : `the graph in ${connection.uri} already holds the files${settled}: nothing to change`,
    );
  } finally {
    progress.stop();
    await connection.close();
  }
}

main().catch((error: unknown) => reportFatal({ program: "seed", failed: "the seed was not loaded" }, error));
