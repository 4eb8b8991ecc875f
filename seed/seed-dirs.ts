// Where the shipped seed lives: seed/data (records), seed/sources (cited documents), seed/stories.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const seedRoot = dirname(fileURLToPath(import.meta.url));

export interface SeedDirs {
  /** The record files (YAML and CSV). */
  data: string;
  /** The shipped documents that quotes are checked against. */
  sources: string;
}

export const defaultSeedDirs: SeedDirs = { data: join(seedRoot, "data"), sources: join(seedRoot, "sources") };
export const defaultStoriesDir = join(seedRoot, "stories");
