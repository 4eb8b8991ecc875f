// The ids of a file that could not be parsed at all, made out from its text (`id: …` lines, or a
// CSV row's first cell), so a syntax error does not make every reference to its records unknown.
import { existsSync, readFileSync, statSync } from "node:fs";
import { maxSeedFileBytes } from "./seed-files.js";

/** Adds the ids found to `into`; false when none can be made out (or the file is too large to look). */
export function harvestIds(path: string, into: Set<string>): boolean {
  if (!existsSync(path) || statSync(path).size > maxSeedFileBytes) return false;
  const text = new TextDecoder("utf-8").decode(readFileSync(path));
  const pattern = path.endsWith(".csv")
    ? /^"?([a-z0-9][a-z0-9-]*)"?,/gm
    : /^[\s-]*\{?\s*id:\s*["']?([a-z0-9][a-z0-9-]*)/gm;
  const before = into.size;
  for (const m of text.matchAll(pattern)) if (m[1]) into.add(m[1]);
  return into.size > before;
}
