import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateSynthetic } from "./generate-synthetic.js";

/** Writes the generated files into `dir` (data/ and sources/), replacing what was there. */
export function writeSyntheticSeed(dir: string, orgs: number, seed: number) {
  const generated = generateSynthetic({ orgs, seed });
  const dirs = { data: join(dir, "data"), sources: join(dir, "sources") };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirs.data, { recursive: true });
  mkdirSync(dirs.sources, { recursive: true });
  for (const [name, text] of generated.data) writeFileSync(join(dirs.data, name), text);
  for (const [name, text] of generated.sources) writeFileSync(join(dirs.sources, name), text);
  return { dirs, counts: generated.counts };
}
