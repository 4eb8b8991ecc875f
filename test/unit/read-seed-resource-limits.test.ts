// Seed files built to exhaust the loader rather than to describe the graph: each is refused as a
// located SEED_INVALID problem, quickly, instead of a crash or a hang. (Malformed YAML and CSV,
// non-UTF-8, 50 MB, cycles, and Cypher or HTML in strings are in read-seed.test.ts and
// seed.int.test.ts.)
import { describe, expect, it } from "vitest";
import { ErrorCode } from "../../core/errors/error-code.js";
import { copySeed, problemsOf } from "../support/seed-fixture.js";

describe("readSeed refuses files built to exhaust it", () => {
  it("refuses a YAML alias bomb (billion laughs) at the line of its first alias", () => {
    const seed = copySeed();
    const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (let i = 1; i < 9; i++) {
      const [name, previous] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)];
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    }
    seed.write("groups.yaml", `${levels.join("\n")}\nrecords: []\n`);
    const started = Date.now();
    const problems = problemsOf(seed);
    const ms = Date.now() - started;
    console.log(`seed: a 9^9-element alias bomb was refused in ${ms} ms`);
    expect(problems).toEqual([
      {
        file: "groups.yaml",
        line: 2,
        field: "(yaml)",
        code: ErrorCode.YamlInvalid,
        message: expect.stringMatching(/alias/i),
        frame: expect.stringContaining("> 2 | b: &b [*a"),
      },
    ]);
  });

  it("refuses 100,000 levels of nesting without overflowing the stack", () => {
    const seed = copySeed();
    seed.write("groups.yaml", `records: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`);
    expect(problemsOf(seed)).toEqual([
      {
        file: "groups.yaml",
        line: 1,
        field: "(yaml)",
        code: ErrorCode.YamlInvalid,
        message: "lists or mappings are nested too deeply to read",
        frame: expect.any(String),
      },
    ]);
  });

  it("refuses an empty file and a file of only a byte-order mark, naming the file", () => {
    for (const content of ["", "\uFEFF"]) {
      const seed = copySeed();
      seed.write("groups.yaml", content);
      expect(problemsOf(seed)).toEqual([
        { file: "groups.yaml", line: 1, field: "(file)", code: ErrorCode.SchemaInvalid, message: "is empty" },
      ]);
    }
  });

  it("keeps YAML tags inert: !!js/function is neither run nor accepted", () => {
    const seed = copySeed();
    seed.write(
      "groups.yaml",
      "defaultSource: tht-partners\nrecords: !!js/function 'function () { process.exit(9) }'\n",
    );
    expect(problemsOf(seed)).toEqual([
      expect.objectContaining({ file: "groups.yaml", field: "records", code: ErrorCode.SchemaInvalid }),
    ]);
  });
});
