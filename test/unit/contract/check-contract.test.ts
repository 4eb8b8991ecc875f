import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { changelogSection, checkContract, recordedPatterns } from "../../../scripts/check-contract.js";

const changelog = readFileSync(join(import.meta.dirname, "..", "..", "..", "CHANGELOG.md"), "utf8");

describe("the contract check (npm run contract:check)", () => {
  it("finds every breaking change since the last release recorded in CHANGELOG.md", async () => {
    const report = await checkContract();
    expect(report.breaking.length).toBeGreaterThan(0);
    expect(report.problems).toEqual([]);
  });

  it("fails on a breaking change the changelog does not record, naming its path", async () => {
    const without = changelog.replace("`Mutation.delete*`", "the delete mutations");
    const report = await checkContract(without);
    expect(report.problems).toContainEqual(expect.stringContaining("`Mutation.deleteSources`"));
    expect(report.problems.every((p) => p.includes("`Mutation.delete"))).toBe(true);
  });

  it("fails when breaking changes come without a new version", async () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "..", "package.json"), "utf8"));
    const report = await checkContract(changelog.replace(`## ${version}`, "## 0.0.9"));
    expect(report.problems.length).toBeGreaterThan(0);
  });

  it("reads backticked paths and `*` patterns of one version's section", () => {
    const section = changelogSection("## 0.3.0\n- `A.b` and `*.c`\n## 0.2.0\n- `Z.z`\n", "0.3.0");
    const patterns = recordedPatterns(section);
    expect(patterns.some((p) => p.test("A.b"))).toBe(true);
    expect(patterns.some((p) => p.test("Thing.c"))).toBe(true);
    expect(patterns.some((p) => p.test("Z.z"))).toBe(false);
  });
});
