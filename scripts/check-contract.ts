// `npm run contract:check` (CI runs it): the API's schema against the last released one
// (schema/released/<version>.graphql), with GraphQL Inspector. Every breaking change must be
// recorded in CHANGELOG.md under the version package.json names, by its path (`NetworkNode.id`) or
// a pattern with `*` that covers it (`*.validFromPrecision`); otherwise the check fails and lists it.
// Removing a field that was deprecated is not breaking (README, "Deprecation policy").
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Change, CriticalityLevel, DiffRule, diff } from "@graphql-inspector/core";
import { buildSchema } from "graphql";

const root = join(import.meta.dirname, "..");
const read = (...path: string[]) => readFileSync(join(root, ...path), "utf8");

const byVersion = (a: string, b: string) => {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number));
  for (let i = 0; i < 3; i++) if ((x?.[i] ?? 0) !== (y?.[i] ?? 0)) return (x?.[i] ?? 0) - (y?.[i] ?? 0);
  return 0;
};

/** The lines of CHANGELOG.md under `## <version>`, up to the next `## `. */
export function changelogSection(changelog: string, version: string): string {
  const lines = changelog.split("\n");
  const start = lines.findIndex((l) => new RegExp(`^## \\[?${version.replaceAll(".", "\\.")}\\]?\\b`).test(l));
  if (start < 0) return "";
  const end = lines.findIndex((l, i) => i > start && l.startsWith("## "));
  return lines.slice(start, end < 0 ? undefined : end).join("\n");
}

/** Backticked paths and patterns in a changelog section. */
export function recordedPatterns(section: string): RegExp[] {
  return [...section.matchAll(/`([A-Za-z_*][A-Za-z0-9_.*]*)`/g)].map(
    ([, p]) => new RegExp(`^${(p as string).replaceAll(".", "\\.").replaceAll("*", "[A-Za-z0-9_]*")}$`),
  );
}

export interface ContractReport {
  released: string;
  version: string;
  changes: Change[];
  breaking: Change[];
  unrecorded: Change[];
  problems: string[];
}

/** `changelog` stands in for CHANGELOG.md (tests). */
export async function checkContract(changelog = read("CHANGELOG.md")): Promise<ContractReport> {
  const releasedFiles = readdirSync(join(root, "schema", "released")).filter((f) => f.endsWith(".graphql"));
  const released =
    releasedFiles
      .map((f) => f.replace(/\.graphql$/, ""))
      .sort(byVersion)
      .at(-1) ?? "";
  const version = (JSON.parse(read("package.json")) as { version: string }).version;
  const changes = await diff(
    buildSchema(read("schema", "released", `${released}.graphql`)),
    buildSchema(read("schema", "generated", "schema.graphql")),
    [DiffRule.suppressRemovalOfDeprecatedField],
  );
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const patterns = recordedPatterns(changelogSection(changelog, version));
  const unrecorded = breaking.filter((c) => !patterns.some((p) => p.test(c.path ?? "")));
  const problems: string[] = [];
  if (breaking.length > 0 && byVersion(version, released) <= 0)
    problems.push(`${breaking.length} breaking changes since ${released}, but package.json's version is ${version}`);
  for (const c of unrecorded) problems.push(`not in CHANGELOG.md under ${version}: \`${c.path}\`: ${c.message}`);
  return { released, version, changes, breaking, unrecorded, problems };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) {
  const report = await checkContract();
  const summary = `${report.changes.length} changes since ${report.released}, ${report.breaking.length} breaking`;
  if (report.problems.length > 0) {
    process.stderr.write(`tht-graph contract: ${summary}\n${report.problems.map((p) => `  ${p}`).join("\n")}\n`);
    process.exit(1);
  }
  process.stderr.write(`tht-graph contract: ${summary}, every one recorded in CHANGELOG.md under ${report.version}\n`);
}
