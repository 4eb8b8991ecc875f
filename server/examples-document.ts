// schema/examples/*.graphql as one document of named operations, preloaded into Apollo Sandbox.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { schemaDir } from "./schema.js";

export function examplesDocument(): string {
  const dir = join(schemaDir, "examples");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((name) => readFileSync(join(dir, name), "utf8").trim())
    .join("\n\n");
}
