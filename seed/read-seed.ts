// A seed directory read and checked: the first two stages of the pipeline
// (read/ → check/ → plan/ → write/). Either every file is valid and the graph is returned, or a
// SeedError (SEED_INVALID) lists every problem; nothing is ever half-read.
import { checkSeed } from "./check/check-seed.js";
import { readSeedFiles } from "./read/read-seed-files.js";
import { SeedError } from "./read/seed-files.js";
import { defaultSeedDirs, type SeedDirs } from "./seed-dirs.js";
import type { SeedGraph } from "./seed-graph.js";

export function readSeed(dirs: SeedDirs = defaultSeedDirs): SeedGraph {
  const { graph, problems } = readSeedFiles(dirs);
  // Cross-record checks only make sense once every file has parsed.
  if (problems.length === 0) problems.push(...checkSeed(graph));
  if (problems.length > 0) throw new SeedError(problems);
  return graph;
}
