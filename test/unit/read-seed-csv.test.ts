// Spreadsheet import: every record type as a CSV table, mapped to the YAML record shape and then
// checked by the same schemas and rules, with problems named by row line and column.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ErrorCode } from "../../core/errors/error-code.js";
import { tableNames } from "../../seed/read/csv-tables.js";
import { readSeed } from "../../seed/read-seed.js";
import { seedRoot } from "../../seed/seed-dirs.js";
import { copySeed, problemsOf } from "../support/seed-fixture.js";

const template = (table: string) => readFileSync(join(seedRoot, "templates", `${table}-template.csv`), "utf8");
/** A template with its example row uncommented. */
const example = (table: string) => template(table).replace(/^# /m, "");
const content = <T extends { where: unknown; id: string }>({ where: _where, id: _id, ...rest }: T) => rest;

const header = "id,name,kind,validFrom,validFromLatest,validFromText,quote,source,quote2,source2";
const row = (cells: string) => cells;

describe("the templates", () => {
  it("has one for every record type, a header and one commented example each", () => {
    for (const table of tableNames) {
      const lines = template(table).trimEnd().split("\n");
      expect(lines, table).toHaveLength(2);
      expect(lines[1], table).toMatch(/^# /);
    }
  });

  it("loads a template as it is as no records", () => {
    const seed = copySeed();
    for (const table of tableNames) seed.write(`${table}-1.csv`, template(table));
    const shipped = readSeed();
    const graph = readSeed(seed);
    expect([graph.nodes.length, graph.relationships.length, graph.figures.length]).toEqual([
      shipped.nodes.length,
      shipped.relationships.length,
      shipped.figures.length,
    ]);
  });

  it.each(tableNames)("reads the %s example as exactly the record the YAML files hold", (table) => {
    const seed = copySeed();
    // Under another id, so that it is not a duplicate of the record it copies.
    const [head, rest] = example(table).split("\n", 2) as [string, string];
    const renamed = table === "relationships" ? rest.replace(/^,/, "copy,") : rest.replace(/^([a-z-]+),/, "$1-copy,");
    seed.write(`${table}.csv`, `${head}\n${renamed}\n`);
    const shipped = readSeed();
    const graph = readSeed(seed);
    const list = table === "relationships" ? "relationships" : table === "figures" ? "figures" : "nodes";
    const copy = (graph[list] as { id: string; where: unknown }[]).find((r) => r.id.endsWith("copy"));
    expect(copy, table).toBeDefined();
    const original =
      list === "relationships"
        ? shipped.relationships.find((r) => r.type === "SUCCEEDED")
        : (shipped[list] as { id: string }[]).find((r) => `${r.id}-copy` === copy?.id);
    expect(content(copy as never)).toEqual(content(original as never));
  });
});

describe("a CSV table is checked like its YAML file, and named by column", () => {
  it("keeps an imprecise date as its range and wording, and several quotes with one source", () => {
    const seed = copySeed();
    seed.write(
      "organisations.csv",
      `${header}\n${row('csv-org,A,partnership,2013-09-01,2013-12-31,late 2013,"The Tower Hamlets GP Care Group was formed in late 2013",tht-partners,"to speak with one voice",')}\n`,
    );
    const org = readSeed(seed).nodes.find((n) => n.id === "csv-org");
    expect(org?.validFrom).toEqual({ date: "2013-09-01", latest: "2013-12-31", text: "late 2013", precision: "range" });
    expect(org?.citations).toEqual([
      { quote: "The Tower Hamlets GP Care Group was formed in late 2013", source: "tht-partners" },
      { quote: "to speak with one voice", source: "tht-partners" },
    ]);
  });

  it("names each problem by its row's line and its column, with the same codes as YAML", () => {
    const seed = copySeed();
    seed.write(
      "organisations.csv",
      [
        header,
        "# a comment line, skipped",
        'multi,"A name, with a comma",partnership,,,,"Tower Hamlets Together is made up of a number of different partners",tht-partners,,',
        'cited,Cited,partnership,,,,"Healthwatch Tower Hamlets is the local health and social care champion.",tht-partners,"a quote the source never wrote",',
        "ranged,Ranged,partnership,2013-09-01,2013-12-31,,Tower Hamlets CVS,tht-partners,,",
        "elft,Duplicate,NHS trust,,,,ELFT,tht-partners,,",
        "unsourced,Unsourced,partnership,,,,ELFT,,,",
      ].join("\n"),
    );
    expect(problemsOf(seed).map((p) => `${p.file}:${p.line} ${p.field} ${p.code}`)).toEqual([
      "organisations.csv:4 quote2 CITATION_NOT_FOUND",
      "organisations.csv:5 validFromText SCHEMA_INVALID",
      "organisations.csv:6 id DUPLICATE_ID",
      "organisations.csv:7 source SCHEMA_INVALID",
    ]);
  });

  it("gives a row's first line when a quoted cell runs over several", () => {
    const seed = copySeed();
    seed.write(
      "groups.csv",
      [
        "id,name,kind,description,quote,source",
        'g1,G1,group,"a description\nover two lines",Hackney,tht-partners',
        "g2,G2,group,,Hackneys,tht-partners",
      ].join("\n"),
    );
    expect(problemsOf(seed)).toEqual([
      expect.objectContaining({ file: "groups.csv", line: 4, field: "quote", code: ErrorCode.CitationNotFound }),
    ]);
  });

  it("refuses an unknown or missing column once, at the header, not once a row", () => {
    const seed = copySeed();
    seed.write(
      "services.csv",
      "id,name,kind,qoute,source\ns1,S1,service,Hackney,tht-partners\ns2,S2,service,Hackney,tht-partners\n",
    );
    expect(problemsOf(seed)).toEqual([
      expect.objectContaining({
        line: 1,
        field: "qoute",
        code: ErrorCode.SchemaInvalid,
        message: expect.stringMatching(/^unknown column "qoute"; did you mean "quote"\?/),
      }),
      {
        file: "services.csv",
        line: 1,
        field: "quote",
        code: ErrorCode.SchemaInvalid,
        message: 'the column "quote" is missing',
      },
    ]);
  });

  it("refuses a row with more cells than the header on its own, and checks the others", () => {
    const seed = copySeed();
    seed.write(
      "areas.csv",
      "id,name,kind,quote,source\na1,A1,place,Hackney,tht-partners,extra\na2,A2,place,Hackneys,tht-partners\n",
    );
    expect(problemsOf(seed).map((p) => `${p.line} ${p.field} ${p.code}`)).toEqual([
      "2 (csv) CSV_INVALID",
      "3 quote CITATION_NOT_FOUND",
    ]);
  });

  it("keeps a # inside a cell: only whole lines starting with # are comments", () => {
    const seed = copySeed();
    seed.write(
      "sites.csv",
      "id,name,kind,quote,source\n#s0,S0,site,Hackney,tht-partners\ns1,Site #1,site,Hackney,tht-partners\n",
    );
    const sites = readSeed(seed).nodes.filter((n) => n.id.startsWith("s") && n.label === "Site" && n.kind === "site");
    expect(sites.map((s) => s.name)).toEqual(["Site #1"]);
  });

  it("checks relationship rows with the same rules: references, lifetimes, overrides", () => {
    const seed = copySeed();
    const columns = "type,from,to,validFrom,quote,source,overrideRule,overrideReason,properties.memberCount,role";
    seed.write(
      "relationships.csv",
      [
        columns,
        "PROVIDES,gp-care-grup,health-visiting,,Hackney,tht-partners,,,,",
        "PROVIDES,gp-care-group,community-health-services,2010-01-01,Hackney,tht-partners,,,,",
        "SERVES,gp-care-group,hackney,2010-01-01,Hackney,tht-partners,dates-within-endpoints,a test of the override,,",
        "MEMBER_OF,tower-hamlets-practices,tower-hamlets-cvs,,Hackney,tht-partners,,,300,members",
      ].join("\n"),
    );
    expect(problemsOf(seed)).toEqual([
      expect.objectContaining({
        file: "relationships.csv",
        line: 2,
        field: "from",
        code: ErrorCode.UnknownReference,
        message: 'unknown id "gp-care-grup"; did you mean "gp-care-group"?',
      }),
      expect.objectContaining({ line: 3, field: "validFrom", code: ErrorCode.DateOutsideEndpoint }),
    ]);
    seed.edit("relationships.csv", (t) => t.replace(/\n.*gp-care-grup.*\n.*community-health-services.*/, ""));
    const graph = readSeed(seed);
    const served = graph.relationships.find(
      (r) => r.type === "SERVES" && r.to === "hackney" && r.from === "gp-care-group",
    );
    expect(served?.overrides).toEqual([{ rule: "dates-within-endpoints", reason: "a test of the override" }]);
    const member = graph.relationships.find(
      (r) => r.type === "MEMBER_OF" && r.to === "tower-hamlets-cvs" && r.from === "tower-hamlets-practices",
    );
    expect(member?.properties).toEqual({ memberCount: 300, role: "members" });
  });
});
