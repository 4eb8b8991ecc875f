// A seed directory read and checked: the first two stages of the pipeline
// (read/ → check/ → plan/ → write/). Either every file is valid and the graph is returned, or a
// SeedError (SEED_INVALID) lists every problem, each once and at its field's line; nothing is ever
// half-read. The checks across records run over every record that was read, so a reference typo
// shows in the same run as a format error elsewhere.
import { checkSeed } from "./check/check-seed.js";
import { readSeedFiles } from "./read/read-seed-files.js";
import { SeedError } from "./read/seed-files.js";
import { defaultSeedDirs, type SeedDirs } from "./seed-dirs.js";
import type { SeedGraph } from "./seed-graph.js";

export function readSeed(dirs: SeedDirs = defaultSeedDirs): SeedGraph {
  const { graph, problems, unchecked } = readSeedFiles(dirs);
  problems.push(...checkSeed(graph, unchecked));
  if (problems.length > 0) throw new SeedError(problems);
  return graph;
}
