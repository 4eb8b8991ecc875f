// The README stays true: its tables of limits, npm scripts, environment variables and error codes
// are checked against the code they describe.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configVariables } from "../../core/config.js";
import { ErrorCode } from "../../core/errors/error-code.js";
import { queryLimits } from "../../server/http/query-limits.js";

const root = join(import.meta.dirname, "..", "..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const scripts = Object.keys(
  (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: object }).scripts,
);

/** The first cells of the rows of the table under `heading`, backticks removed. */
function firstColumn(heading: string): string[] {
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start, `README has a section "${heading}"`).toBeGreaterThanOrEqual(0);
  const rows = readme.slice(start).split("\n").slice(1);
  const table = rows.slice(rows.findIndex((l) => l.startsWith("|")));
  return table
    .slice(
      0,
      table.findIndex((l) => !l.startsWith("|")),
    )
    .slice(2)
    .map((l) => (l.split("|")[1] ?? "").trim().replaceAll("`", ""));
}

function limitValue(name: string): number {
  const row = readme.split("\n").find((l) => new RegExp(`^\\| ${name}\\s+\\|`).test(l)) ?? "";
  return Number((/\| ([\d,]+)/.exec(row.slice(row.indexOf("|", 1)))?.[1] ?? "NaN").replaceAll(",", ""));
}

describe("README.md", () => {
  it("states the query limits the server enforces", () => {
    for (const [name, value] of Object.entries(queryLimits)) expect(limitValue(name), name).toBe(value);
  });

  it("lists every npm script", () => {
    const listed = firstColumn("## npm scripts").map((cell) => cell.replace(/^npm (run )?/, ""));
    expect(scripts.filter((s) => !["postinstall", "prestart"].includes(s) && !listed.includes(s))).toEqual([]);
  });

  it("lists every environment variable tht-graph reads", () => {
    const listed = firstColumn("## Environment variables");
    expect(configVariables.filter((name) => !listed.includes(name))).toEqual([]);
  });

  it("lists every error code", () => {
    const listed = firstColumn("## Errors");
    expect(Object.values(ErrorCode).filter((code) => !listed.includes(code))).toEqual([]);
  });
});
