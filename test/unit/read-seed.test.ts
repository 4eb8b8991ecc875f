// The loader's validation: every kind of bad input is named by file, line and field.
import { describe, expect, it } from "vitest";
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
  it("names an unknown reference", () => {
    const seed = copySeed();
    seed.edit("relationships.yaml", (t) =>
      t.replace("from: tower-hamlets-cvs\n    to: tht", "from: tower-hamlets-cvs\n    to: tht-typo"),
    );
    expect(problemsOf(seed)).toContainEqual({
      file: "relationships.yaml",
      line: lineOf("relationships.yaml", "- type: PARTNER_IN"),
      field: "to",
      message: 'unknown id "tht-typo"',
    });
  });

  it("names a duplicate id and where the first one is", () => {
    const seed = copySeed();
    seed.edit("services.yaml", (t) => t.replace("- id: cvs-advocacy", "- id: health-advocacy"));
    const [problem] = problemsOf(seed);
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
    expect(problemsOf(seed)).toContainEqual(
      expect.objectContaining({
        file: "events.yaml",
        field: "records[1].validFrom",
        line: lineOf("events.yaml", "validFrom: 2016-04-01"),
      }),
    );
  });

  it("names reversed dates", () => {
    const seed = copySeed();
    seed.edit("organisations.yaml", (t) =>
      t.replace("    validTo: 2022-07-01\n", "    validFrom: 2023-01-01\n    validTo: 2022-07-01\n"),
    );
    const problems = problemsOf(seed);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "organisations.yaml", field: "validTo" });
    expect(problems[0]?.message).toMatch(/2022-07-01 is not after validFrom 2023-01-01/);
    const reversedRange = copySeed();
    reversedRange.edit("organisations.yaml", (t) =>
      t.replace("{ from: 2013-09-01, to: 2013-12-31", "{ from: 2013-12-31, to: 2013-09-01"),
    );
    expect(problemsOf(reversedRange)[0]?.message).toMatch(/range is reversed/);
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
    expect(problem).toMatchObject({ file: "groups.yaml", field: "cite[0]" });
    expect(problem?.message).toMatch(
      /quote is not in tower-hamlets-together-partners.txt: "bringing together health partners, the local authorities/,
    );
  });

  it("names an unknown source", () => {
    const seed = copySeed();
    seed.edit("organisations.yaml", (t) => t.replace("source: ods-rwk", "source: ods-rwx"));
    expect(problemsOf(seed)[0]).toMatchObject({ file: "organisations.yaml", field: "cite[2].source" });
  });

  it("names malformed YAML with its line", () => {
    const seed = copySeed();
    seed.edit("services.yaml", (t) => t.replace("    name: Free advice", "    name: [Free advice"));
    const [problem] = problemsOf(seed);
    expect(problem).toMatchObject({ file: "services.yaml", field: "(yaml)" });
    expect(problem?.line).toBeGreaterThanOrEqual(lineOf("services.yaml", "name: Free advice"));
  });

  it("names a duplicate YAML key", () => {
    const seed = copySeed();
    seed.edit("services.yaml", (t) =>
      t.replace("    name: Free advice", "    name: Free advice\n    name: Free advice again"),
    );
    expect(problemsOf(seed)[0]).toMatchObject({ file: "services.yaml", field: "(yaml)" });
  });

  it("names malformed CSV and bad CSV cells with their lines", () => {
    const unclosed = copySeed();
    unclosed.edit("figures.csv", (t) => t.replace('"a workforce of around 16,000"', '"a workforce of around 16,000'));
    expect(problemsOf(unclosed)[0]).toMatchObject({ file: "figures.csv", field: "(csv)" });

    const notANumber = copySeed();
    notANumber.edit("figures.csv", (t) =>
      t.replace(
        "barts-major-sites,barts-health,major hospital sites,4,",
        "barts-major-sites,barts-health,major hospital sites,four,",
      ),
    );
    expect(problemsOf(notANumber)).toContainEqual({
      file: "figures.csv",
      line: 8,
      field: "value",
      message: "must be a number",
    });
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
    expect(problemsOf(seed)).toEqual([
      { file: "groups.yaml", line: 4, field: "(encoding)", message: "is not valid UTF-8; save the file as UTF-8" },
    ]);
  });

  it("refuses a relationship between the wrong kinds of record", () => {
    const seed = copySeed();
    seed.edit("relationships.yaml", (t) =>
      t.replace("from: barts-health\n    to: alliance", "from: royal-london\n    to: alliance"),
    );
    expect(problemsOf(seed)[0]?.message).toBe('PARTY_TO starts at Organisation, but "royal-london" is Site');
  });

  it("refuses a cycle of PART_OF", () => {
    const seed = copySeed();
    seed.edit(
      "relationships.yaml",
      (t) => `${t}\n  - { type: PART_OF, from: tower-hamlets, to: bethnal-green, cite: ["Bethnal Green"] }\n`,
    );
    expect(problemsOf(seed).map((p) => p.message)).toContainEqual(
      expect.stringMatching(/PART_OF forms a cycle: .*bethnal-green.*tower-hamlets/),
    );
  });

  it("refuses a file over the size limit without reading it", () => {
    const seed = copySeed();
    seed.write("groups.yaml", Buffer.alloc(50 * 1024 * 1024, 0x20));
    expect(problemsOf(seed)).toEqual([
      { file: "groups.yaml", line: 0, field: "(file)", message: "is 50.0 MB; seed files are limited to 20 MB" },
    ]);
  });

  it("refuses an unknown field and an unexpected file", () => {
    const seed = copySeed();
    seed.edit("services.yaml", (t) => t.replace("    name: Free advice", "    name: Free advice\n    colour: red"));
    seed.write("organisation.yaml", "records: []\n");
    const problems = problemsOf(seed);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(
      expect.arrayContaining(["organisation.yaml (file)", "services.yaml records[17]"]),
    );
  });

  it("reports every problem in one run, not only the first", () => {
    const seed = copySeed();
    seed.edit("relationships.yaml", (t) => t.replace("to: tht\n", "to: nowhere\n"));
    seed.edit("figures.csv", (t) => t.replace("cvs-membership,tower-hamlets-cvs", "cvs-membership,nobody"));
    expect(problemsOf(seed).length).toBeGreaterThanOrEqual(2);
  });
});
