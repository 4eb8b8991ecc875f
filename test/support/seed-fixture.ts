// A throwaway copy of the shipped seed, for tests that break or extend one file.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SeedError, type SeedProblem } from "../../seed/read/seed-files.js";
import { readSeed } from "../../seed/read-seed.js";
import { defaultSeedDirs } from "../../seed/seed-dirs.js";

export interface SeedFixture {
  data: string;
  sources: string;
  /** Rewrites one data file through `change`; the replacement must actually change it. */
  edit(file: string, change: (text: string) => string): void;
  write(file: string, content: string | Buffer): void;
  remove(file: string): void;
}

export function copySeed(): SeedFixture {
  const root = mkdtempSync(join(tmpdir(), "tht-graph-seed-"));
  const dirs = { data: join(root, "data"), sources: join(root, "sources") };
  cpSync(defaultSeedDirs.data, dirs.data, { recursive: true });
  cpSync(defaultSeedDirs.sources, dirs.sources, { recursive: true });
  return {
    ...dirs,
    edit(file, change) {
      const path = join(dirs.data, file);
      const before = readFileSync(path, "utf8");
      const after = change(before);
      if (after === before) throw new Error(`the edit of ${file} changed nothing`);
      writeFileSync(path, after);
    },
    write(file, content) {
      writeFileSync(join(dirs.data, file), content);
    },
    remove(file) {
      rmSync(join(dirs.data, file));
    },
  };
}

/** The 1-based line of the first occurrence of `text` in a shipped data file. */
export function lineOf(file: string, text: string): number {
  const lines = readFileSync(join(defaultSeedDirs.data, file), "utf8").split("\n");
  const index = lines.findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`${text} is not in ${file}`);
  return index + 1;
}

/** The SEED_INVALID message readSeed throws for `dirs`, as the CLI prints it. */
export function messageOf(dirs: { data: string; sources: string }): string {
  try {
    readSeed(dirs);
  } catch (error) {
    if (error instanceof SeedError) return error.message;
    throw error;
  }
  throw new Error("the seed was accepted");
}

/** The problems readSeed reports for `dirs`; fails the test if the seed is accepted. */
export function problemsOf(dirs: { data: string; sources: string }): SeedProblem[] {
  try {
    readSeed(dirs);
  } catch (error) {
    if (error instanceof SeedError) return error.problems;
    throw error;
  }
  throw new Error("the seed was accepted");
}
