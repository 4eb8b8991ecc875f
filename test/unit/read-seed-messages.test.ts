// Messages for people: every problem in one run, each once, at its field's own line, with a code;
// YAML and CSV syntax in plain words with a code frame; quotes that nearly match say how they
// differ; files of editors and spreadsheets are left alone.
import { describe, expect, it } from "vitest";
import { ErrorCode, errorStatus } from "../../core/errors/error-code.js";
import { readSeed } from "../../seed/read-seed.js";
import { copySeed, lineOf, messageOf, problemsOf } from "../support/seed-fixture.js";

describe("the loader reports every problem in one run", () => {
  it("reports a reference typo in the same run as a format error in another file", () => {
    const seed = copySeed();
    seed.edit("services.yaml", (t) =>
      t.replace("    name: Free advice", "    name: Free advice\n    validFrom: 2016-4-1"),
    );
    seed.edit("relationships.yaml", (t) =>
      t.replace("from: gp-care-group\n    to: tht", "from: gp-care-grup\n    to: tht"),
    );
    expect(problemsOf(seed).map((p) => `${p.file} ${p.field} ${p.code}`)).toEqual([
      "relationships.yaml from UNKNOWN_REFERENCE",
      "services.yaml validFrom SCHEMA_INVALID",
    ]);
  });

  it("leaves a record that failed its schema out of the checks, without calling references to it unknown", () => {
    const seed = copySeed();
    seed.edit("services.yaml", (t) =>
      t.replace("    name: Free advice\n", "    name: Free advice\n    validTo: soon\n"),
    );
    expect(problemsOf(seed)).toEqual([
      expect.objectContaining({ file: "services.yaml", field: "validTo", code: ErrorCode.SchemaInvalid }),
    ]);
  });

  it("does not call references to the records of an unparsable file unknown", () => {
    const seed = copySeed();
    seed.edit("services.yaml", (t) => t.replace("    name: Free advice", "    name: [Free advice"));
    seed.edit("relationships.yaml", (t) => t.replace("to: cvs-networking,", "to: cvs-netwrking,"));
    // The ids of the broken file are made out from its text: a typo of one is still named.
    expect(problemsOf(seed).map((p) => `${p.file} ${p.code} ${p.message}`)).toEqual([
      'relationships.yaml UNKNOWN_REFERENCE unknown id "cvs-netwrking"; did you mean "cvs-networking"?',
      "services.yaml YAML_INVALID a list opened with [ is not closed with ]; close it on this line, or quote the value if the [ is part of it",
    ]);
  });

  it("reports a date of the wrong form once", () => {
    const seed = copySeed();
    seed.edit("events.yaml", (t) => t.replace("validFrom: 2016-04-01", "validFrom: 2016-4-1"));
    expect(problemsOf(seed)).toEqual([
      {
        file: "events.yaml",
        line: lineOf("events.yaml", "validFrom: 2016-04-01"),
        field: "validFrom",
        code: ErrorCode.SchemaInvalid,
        message: "must be a date written YYYY-MM-DD",
      },
    ]);
  });

  it("reports a misspelt field once, suggesting the field it was meant to be", () => {
    const seed = copySeed();
    seed.edit("services.yaml", (t) => t.replace("    name: Free advice", "    nmae: Free advice"));
    expect(problemsOf(seed)).toEqual([
      expect.objectContaining({
        line: lineOf("services.yaml", "name: Free advice"),
        field: "nmae",
        message: 'unknown field "nmae"; did you mean "name"?',
      }),
    ]);
  });
});

describe("each problem is at its field's own line", () => {
  it("points at the line of the field, not of the record", () => {
    const seed = copySeed();
    const record = lineOf("relationships.yaml", "from: nhs-north-east-london\n".trim());
    seed.edit("relationships.yaml", (t) =>
      t.replace(
        '      - "NHS North East London, along with their partners',
        '      - "NHS North East London, together with their partners',
      ),
    );
    const [problem] = problemsOf(seed);
    expect(problem).toMatchObject({ file: "relationships.yaml", field: "cite[1]", code: ErrorCode.CitationNotFound });
    expect(problem?.line).toBe(lineOf("relationships.yaml", '- "NHS North East London, along with their partners'));
    expect(problem?.line).toBeGreaterThan(record);
  });

  it("points at a flow mapping's line for its fields", () => {
    const seed = copySeed();
    seed.edit("relationships.yaml", (t) => t.replace("to: continence-service, cite", "to: continence-servic, cite"));
    expect(problemsOf(seed)).toEqual([
      {
        file: "relationships.yaml",
        line: lineOf("relationships.yaml", "to: continence-service, cite"),
        field: "to",
        code: ErrorCode.UnknownReference,
        message: 'unknown id "continence-servic"; did you mean "continence-service"?',
      },
    ]);
  });
});

describe("every problem carries a code of the one enum", () => {
  it("lists each problem as file:line field: [CODE] message", () => {
    const seed = copySeed();
    seed.edit("relationships.yaml", (t) =>
      t.replace("from: tower-hamlets-cvs\n    to: tht", "from: tower-hamlets-cvs\n    to: thtt"),
    );
    expect(messageOf(seed)).toBe(
      `the seed has 1 problem; nothing was written:\n  relationships.yaml:11 to: [UNKNOWN_REFERENCE] unknown id "thtt"; did you mean "tht"?`,
    );
  });

  it("gives each code of a seed problem an HTTP status of 400 (form) or 422 (content)", () => {
    const seedCodes = [
      ErrorCode.FileTooLarge,
      ErrorCode.FileMissing,
      ErrorCode.UnknownFile,
      ErrorCode.EncodingInvalid,
      ErrorCode.YamlInvalid,
      ErrorCode.CsvInvalid,
      ErrorCode.SchemaInvalid,
      ErrorCode.DuplicateId,
      ErrorCode.UnknownReference,
      ErrorCode.UnknownSource,
      ErrorCode.EndpointKind,
      ErrorCode.Cycle,
      ErrorCode.DatesReversed,
      ErrorCode.DateOutsideEndpoint,
      ErrorCode.CitationNotFound,
      ErrorCode.SourceInUse,
      ErrorCode.StoryStepInvalid,
    ];
    for (const code of seedCodes) expect([400, 422], code).toContain(errorStatus[code]);
  });

  it("names a missing source document", () => {
    const seed = copySeed();
    seed.edit("sources.yaml", (t) => t.replace("file: tower-hamlets-together-partners.txt", "file: partners.txt"));
    expect(problemsOf(seed)).toEqual([
      {
        file: "sources.yaml",
        line: lineOf("sources.yaml", "file: tower-hamlets-together-partners.txt"),
        field: "file",
        code: ErrorCode.FileMissing,
        message: "partners.txt is not in seed/sources/",
      },
    ]);
  });
});

describe("YAML syntax errors are told in plain words with a code frame", () => {
  const yamlProblem = (change: (text: string) => string) => {
    const seed = copySeed();
    seed.edit("services.yaml", change);
    const problems = problemsOf(seed);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "services.yaml", field: "(yaml)", code: ErrorCode.YamlInvalid });
    return problems[0] as Required<(typeof problems)[number]>;
  };
  const line = lineOf("services.yaml", "    name: Free advice");

  it("shows an unclosed [ where it opens, with a caret under it", () => {
    const problem = yamlProblem((t) => t.replace("    name: Free advice", "    name: [Free advice"));
    expect(problem.line).toBe(line);
    expect(problem.message).toBe(
      "a list opened with [ is not closed with ]; close it on this line, or quote the value if the [ is part of it",
    );
    expect(problem.frame).toBe(
      [`  ${line - 1} |   - id: cvs-free-advice`, `> ${line} |     name: [Free advice`, `     |           ^`].join(
        "\n",
      ),
    );
  });

  it("shows an unclosed quote where it opens", () => {
    const problem = yamlProblem((t) => t.replace('cite: ["free advice"]', 'cite: ["free advice]'));
    expect(problem.line).toBe(lineOf("services.yaml", 'cite: ["free advice"]'));
    expect(problem.message).toBe('a quoted value opened with " is never closed; add the closing "');
    expect(problem.frame).toMatch(/> \d+ \| {5}cite: \["free advice]\n {5,}\| {12}\^$/);
  });

  it("says a colon in a value needs quotes", () => {
    const problem = yamlProblem((t) => t.replace("    name: Free advice", "    name: Free advice: for members"));
    expect(problem.line).toBe(line);
    expect(problem.message).toMatch(/contains ": " \(a colon and a space\).*put the value in quotes/);
  });

  it("says tabs cannot indent", () => {
    const problem = yamlProblem((t) => t.replace("    name: Free advice", "\tname: Free advice"));
    expect(problem.message).toBe("a tab indents this line; YAML indents with spaces only");
    expect(problem.frame).toContain(`> ${line} | →name: Free advice`);
  });

  it("never passes on the yaml library's jargon", () => {
    const problem = yamlProblem((t) => t.replace("    name: Free advice", "    name: [Free advice"));
    expect(problem.message).not.toMatch(/Flow sequence|implicit key|compact mapping/i);
  });
});

describe("a quote not found verbatim gets a near-match hint", () => {
  const citationProblem = (file: string, change: (text: string) => string) => {
    const seed = copySeed();
    seed.edit(file, change);
    const problems = problemsOf(seed);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe(ErrorCode.CitationNotFound);
    return problems[0]?.message ?? "";
  };

  it("names a curly apostrophe typed straight, and where", () => {
    const message = citationProblem("organisations.yaml", (t) =>
      t.replace("one of Britain’s leading", "one of Britain's leading"),
    );
    expect(message).toMatch(
      /; it differs from the source only by a curly apostrophe \(’\) at "Britain’s"; the source has "/,
    );
  });

  it("names a line break of the source", () => {
    const message = citationProblem("groups.yaml", (t) =>
      t.replace(
        '"their membership, which currently consists of 300 organisations"',
        '"to their membership, which currently consists of 300 organisations. The Tower Hamlets GP Care Group"',
      ),
    );
    expect(message).toContain('only by a line break after "organisations."');
    expect(message).toContain(
      'the source has "to their membership, which currently consists of 300 organisations.\\n\\nThe Tower',
    );
  });

  it("names a difference of case and of spacing together", () => {
    const message = citationProblem("groups.yaml", (t) =>
      t.replace(
        '"They do this by bringing together health partners"',
        '"they do this by  bringing together health partners"',
      ),
    );
    expect(message).toContain('only by case at "They", and spacing after "by"');
  });

  it("otherwise names the closest sentence of the source", () => {
    const message = citationProblem("services.yaml", (t) =>
      t.replace('["Occupational Therapy"]', '["The Trust recently acquired community services in Hackney"]'),
    );
    expect(message).toContain(
      'the closest sentence of the source is "The Trust recently acquired community services in Tower Hamlets, including',
    );
  });

  it("says when nothing in the source is close", () => {
    const message = citationProblem("services.yaml", (t) => t.replace('["Occupational Therapy"]', '["zebra quantum"]'));
    expect(message).toMatch(/; no sentence of the source is close to it$/);
  });
});

describe("files the loader does not own are ignored, not refused", () => {
  it("ignores dotfiles, editor backups and swap files, and spreadsheet lock files", () => {
    const seed = copySeed();
    for (const name of [
      ".DS_Store",
      ".organisations.yaml.swp",
      "relationships.yaml~",
      "~$organisations.csv",
      ".~lock.figures.csv#",
    ])
      seed.write(name, Buffer.from([0xff, 0xfe, 0x00]));
    expect(readSeed(seed).nodes.length).toBe(readSeed().nodes.length);
  });

  it("still refuses a file it would otherwise lose, suggesting the name meant", () => {
    const seed = copySeed();
    seed.write("organisation.csv", "id\n");
    expect(problemsOf(seed)).toEqual([
      expect.objectContaining({
        file: "organisation.csv",
        code: ErrorCode.UnknownFile,
        message: expect.stringMatching(/^is not a seed file; did you mean organisations.csv\?/),
      }),
    ]);
  });
});
