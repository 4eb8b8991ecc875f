// The loader's validation: every kind of bad input is named by file, line, field and code.
import { describe, expect, it } from "vitest";
import { ErrorCode } from "../../core/errors/error-code.js";
import { readSeed } from "../../seed/read-seed.js";
import { copySeed, lineOf, problemsOf } from "../support/seed-fixture.js";

describe("readSeed on the shipped seed", () => {
  it("accepts it, with every kind of record", () => {
    const graph = readSeed();
    const labels = new Set(graph.nodes.map((n) => n.label));
    expect([...labels].sort()).toEqual(["Area", "Arrangement", "Event", "Group", "Organisation", "Service", "Site"]);
    expect(graph.relationships.length).toBeGreaterThan(50);
    expect(graph.figures.map((f) => f.id)).toContain("tupe-staff");
  });

  it("connects every record: no organisation, service, area or site stands alone", () => {
    const graph = readSeed();
    const touched = new Set(graph.relationships.flatMap((r) => [r.from, r.to]));
    expect(graph.nodes.filter((n) => !touched.has(n.id)).map((n) => n.id)).toEqual([]);
  });

  it("keeps imprecise wording beside its normalised range", () => {
    const gpcg = readSeed().nodes.find((n) => n.id === "gp-care-group");
    expect(gpcg?.validFrom).toEqual({
      date: "2013-09-01",
      latest: "2013-12-31",
      text: "late 2013",
      precision: "range",
    });
    const acquisition = readSeed().nodes.find((n) => n.id === "elft-community-services-acquisition");
    expect(acquisition?.validFrom).toEqual({ date: null, latest: null, text: "recently", precision: "unknown" });
  });
});

describe("readSeed refuses bad input", () => {
  it("names an unknown reference at its own line", () => {
    const seed = copySeed();
    seed.edit("relationships.yaml", (t) =>
      t.replace("from: tower-hamlets-cvs\n    to: tht", "from: tower-hamlets-cvs\n    to: tht-typo"),
    );
    expect(problemsOf(seed)).toContainEqual({
      file: "relationships.yaml",
      line: lineOf("relationships.yaml", "- type: PARTNER_IN") + 2,
      field: "to",
      code: ErrorCode.UnknownReference,
      message: 'unknown id "tht-typo"',
    });
  });

  it("names a duplicate id and where the first one is", () => {
    const seed = copySeed();
    seed.edit("services.yaml", (t) => t.replace("- id: cvs-advocacy", "- id: health-advocacy"));
    const problem = problemsOf(seed).find((p) => p.code === ErrorCode.DuplicateId);
    expect(problem).toMatchObject({
      file: "services.yaml",
      field: "id",
      line: lineOf("services.yaml", "- id: cvs-advocacy"),
    });
    expect(problem?.message).toMatch(/duplicate record id "health-advocacy" \(first at services.yaml:\d+\)/);
  });

  it("names a date that is not a calendar date", () => {
    const seed = copySeed();
    seed.edit("events.yaml", (t) => t.replace("validFrom: 2016-04-01", "validFrom: 2016-02-30"));
    expect(problemsOf(seed)).toEqual([
      {
        file: "events.yaml",
        field: "validFrom",
        line: lineOf("events.yaml", "validFrom: 2016-04-01"),
        code: ErrorCode.SchemaInvalid,
        message: "is not a real calendar date",
      },
    ]);
  });

  it("names reversed dates", () => {
    const seed = copySeed();
    seed.edit("organisations.yaml", (t) =>
      t.replace("    validTo: 2022-07-01\n", "    validFrom: 2023-01-01\n    validTo: 2022-07-01\n"),
    );
    const problems = problemsOf(seed);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: "organisations.yaml",
      field: "validTo",
      code: ErrorCode.DatesReversed,
      line: lineOf("organisations.yaml", "    validTo: 2022-07-01") + 1,
    });
    expect(problems[0]?.message).toMatch(/2022-07-01 is not after validFrom 2023-01-01/);
    const reversedRange = copySeed();
    reversedRange.edit("organisations.yaml", (t) =>
      t.replace("{ from: 2013-09-01, to: 2013-12-31", "{ from: 2013-12-31, to: 2013-09-01"),
    );
    expect(problemsOf(reversedRange)).toEqual([
      expect.objectContaining({ code: ErrorCode.DatesReversed, message: expect.stringMatching(/range is reversed/) }),
    ]);
  });

  it("names a quote that is not in the cited document", () => {
    const seed = copySeed();
    seed.edit("groups.yaml", (t) =>
      t.replace(
        '- "bringing together health partners, local authorities',
        '- "bringing together health partners, the local authorities',
      ),
    );
    const [problem] = problemsOf(seed);
    expect(problem).toMatchObject({ file: "groups.yaml", field: "cite[0]", code: ErrorCode.CitationNotFound });
    expect(problem?.message).toMatch(
      /quote is not in tower-hamlets-together-partners.txt: "bringing together health partners, the local authorities/,
    );
  });

  it("names an unknown source", () => {
    const seed = copySeed();
    seed.edit("organisations.yaml", (t) => t.replace("source: ods-rwk", "source: ods-rwx"));
    expect(problemsOf(seed)).toEqual([
      {
        file: "organisations.yaml",
        line: lineOf("organisations.yaml", "source: ods-rwk"),
        field: "cite[2].source",
        code: ErrorCode.UnknownSource,
        message:
          'unknown source "ods-rwx"; did you mean "ods-rwk"? (the sources are tht-partners, ods-rwk, ods-r1h, ods-qmf, ods-a3a8r)',
      },
    ]);
  });

  it("names malformed YAML with its line", () => {
    const seed = copySeed();
    seed.edit("services.yaml", (t) => t.replace("    name: Free advice", "    name: [Free advice"));
    const [problem] = problemsOf(seed);
    expect(problem).toMatchObject({
      file: "services.yaml",
      field: "(yaml)",
      code: ErrorCode.YamlInvalid,
      line: lineOf("services.yaml", "name: Free advice"),
    });
  });

  it("names a duplicate YAML key", () => {
    const seed = copySeed();
    seed.edit("services.yaml", (t) =>
      t.replace("    name: Free advice", "    name: Free advice\n    name: Free advice again"),
    );
    expect(problemsOf(seed)).toEqual([
      expect.objectContaining({
        file: "services.yaml",
        field: "(yaml)",
        code: ErrorCode.YamlInvalid,
        line: lineOf("services.yaml", "name: Free advice") + 1,
        message: 'the field "name" appears twice in this record; keep one',
      }),
    ]);
  });

  it("names malformed CSV and bad CSV cells with their lines", () => {
    const unclosed = copySeed();
    unclosed.edit("figures.csv", (t) => t.replace('"a workforce of around 16,000"', '"a workforce of around 16,000'));
    expect(problemsOf(unclosed)).toEqual([
      expect.objectContaining({
        file: "figures.csv",
        field: "(csv)",
        code: ErrorCode.CsvInvalid,
        line: lineOf("figures.csv", "a workforce of around 16,000"),
      }),
    ]);

    const notANumber = copySeed();
    notANumber.edit("figures.csv", (t) =>
      t.replace(
        "barts-major-sites,barts-health,major hospital sites,4,",
        "barts-major-sites,barts-health,major hospital sites,four,",
      ),
    );
    expect(problemsOf(notANumber)).toEqual([
      { file: "figures.csv", line: 8, field: "value", code: ErrorCode.SchemaInvalid, message: "must be a number" },
    ]);
  });

  it("names the line of bytes that are not UTF-8", () => {
    const seed = copySeed();
    const lines = ["defaultSource: tht-partners", "records:", "  - id: cvs-members", "    name: Caf\xe9"];
    seed.write(
      "groups.yaml",
      Buffer.concat([
        Buffer.from(`${lines.slice(0, 3).join("\n")}\n`),
        Buffer.from([0x20, 0x20, 0x20, 0x20, 0x6e, 0x3a, 0x20, 0xe9, 0x0a]),
      ]),
    );
    // The records this shortened file lacks are unknown to the relationships; the ids it has are not.
    const problems = problemsOf(seed);
    expect(problems).toContainEqual({
      file: "groups.yaml",
      line: 4,
      field: "(encoding)",
      code: ErrorCode.EncodingInvalid,
      message: "is not valid UTF-8; save the file as UTF-8",
    });
    expect(problems.map((p) => p.message)).not.toContainEqual(expect.stringContaining('"cvs-members"'));
  });

  it("refuses a relationship between the wrong kinds of record", () => {
    const seed = copySeed();
    seed.edit("relationships.yaml", (t) =>
      t.replace("from: barts-health\n    to: alliance", "from: royal-london\n    to: alliance"),
    );
    expect(problemsOf(seed)).toEqual([
      expect.objectContaining({
        field: "from",
        code: ErrorCode.EndpointKind,
        message: 'PARTY_TO starts at Organisation, but "royal-london" is Site',
      }),
    ]);
  });

  it("refuses a cycle of PART_OF", () => {
    const seed = copySeed();
    seed.edit(
      "relationships.yaml",
      (t) => `${t}\n  - { type: PART_OF, from: tower-hamlets, to: bethnal-green, cite: ["Bethnal Green"] }\n`,
    );
    expect(problemsOf(seed)).toEqual([
      expect.objectContaining({
        code: ErrorCode.Cycle,
        message: "PART_OF forms a cycle: tower-hamlets → bethnal-green → tower-hamlets",
      }),
    ]);
  });

  it("refuses a file over the size limit without reading it", () => {
    const seed = copySeed();
    seed.write("groups.yaml", Buffer.alloc(50 * 1024 * 1024, 0x20));
    expect(problemsOf(seed)).toEqual([
      {
        file: "groups.yaml",
        line: 0,
        field: "(file)",
        code: ErrorCode.FileTooLarge,
        message: "is 50.0 MB; seed files are limited to 20 MB (split a table into parts, such as organisations-2.csv)",
      },
    ]);
  });

  it("refuses an unknown field at its line and an unexpected file", () => {
    const seed = copySeed();
    seed.edit("services.yaml", (t) => t.replace("    name: Free advice", "    name: Free advice\n    colour: red"));
    seed.write("organisation.yaml", "records: []\n");
    expect(problemsOf(seed).map((p) => `${p.file}:${p.line} ${p.field} ${p.code}`)).toEqual([
      "organisation.yaml:0 (file) UNKNOWN_FILE",
      `services.yaml:${lineOf("services.yaml", "name: Free advice") + 1} colour SCHEMA_INVALID`,
    ]);
  });

  it("reports every problem in one run, not only the first", () => {
    const seed = copySeed();
    seed.edit("relationships.yaml", (t) => t.replace("to: tht\n", "to: nowhere\n"));
    seed.edit("figures.csv", (t) => t.replace("cvs-membership,tower-hamlets-cvs", "cvs-membership,nobody"));
    expect(problemsOf(seed).length).toBeGreaterThanOrEqual(2);
  });
});
