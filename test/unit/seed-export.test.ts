// The seed files writer (seed:export): the live graph written back to a copy of the shipped seed
// reads back as the same records, and only what changed is touched.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ErrorCode } from "../../core/errors/error-code.js";
import { writeSeedFiles } from "../../seed/export/write-seed-files.js";
import { SeedError } from "../../seed/read/seed-files.js";
import { readSeed } from "../../seed/read-seed.js";
import type { SeedGraph, SeedNode, SeedRelationship, SeedSource, Where } from "../../seed/seed-graph.js";
import { copySeed, type SeedFixture } from "../support/seed-fixture.js";

const inGraph: Where = { file: "(graph)", line: 0 };

/** Every object's keys in reverse order, as a record read from the database may have them. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  ) as T;
}

/** The seed in `seed` as the live graph gives it: no file or line, records and keys in another order. */
function liveGraph(seed: SeedFixture): SeedGraph {
  const graph = readSeed(seed);
  const live = <T extends { where: Where }>(records: T[]) =>
    records.map((r) => reverseKeys({ ...r, where: inGraph })).reverse();
  return {
    sources: live(graph.sources),
    nodes: live(graph.nodes),
    relationships: live(graph.relationships),
    figures: live(graph.figures),
  };
}

/** A graph's records without where they sit, by id: what must read back. */
function content(graph: SeedGraph) {
  const strip = <T extends { id: string; where: Where }>(records: T[]) =>
    records.map(({ where: _where, ...rest }) => rest).sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    sources: strip(graph.sources),
    nodes: strip(graph.nodes),
    relationships: strip(graph.relationships),
    figures: strip(graph.figures),
  };
}

function files(seed: SeedFixture): Map<string, string> {
  const all = new Map<string, string>();
  for (const dir of [seed.data, seed.sources])
    for (const name of readdirSync(dir)) all.set(join(dir, name), readFileSync(join(dir, name), "utf8"));
  return all;
}

/** Lines removed plus lines added between two texts (a longest common subsequence of lines). */
function changedLines(before: string, after: string): number {
  const a = before.split("\n");
  const b = after.split("\n");
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      (lcs[i] as number[])[j] =
        a[i] === b[j]
          ? ((lcs[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((lcs[i + 1] as number[])[j] as number, (lcs[i] as number[])[j + 1] as number);
  return a.length + b.length - 2 * ((lcs[0] as number[])[0] as number);
}

const comments = (text: string) => text.split("\n").filter((line) => line.trim().startsWith("#"));
const read = (seed: SeedFixture, file: string) => readFileSync(join(seed.data, file), "utf8");
const node = (graph: SeedGraph, id: string) => graph.nodes.find((n) => n.id === id) as SeedNode;
const relationship = (graph: SeedGraph, id: string) => graph.relationships.find((r) => r.id === id) as SeedRelationship;

const newSource: SeedSource = {
  id: "example-annual-report",
  title: "Example Trust: annual report",
  file: "example-annual-report.txt",
  url: null,
  publisher: "Example Trust",
  datedFrom: "2024-04-01",
  datedText: "2024",
  text: "The Example Trust works with Tower Hamlets CVS.\n",
  where: inGraph,
};
const newOrganisation: SeedNode = {
  label: "Organisation",
  id: "example-trust",
  name: "Example Trust",
  kind: "charity",
  shortNames: [],
  aliases: [],
  description: null,
  validFrom: null,
  validTo: null,
  citations: [{ quote: "The Example Trust works with Tower Hamlets CVS.", source: "example-annual-report" }],
  derived: [],
  extra: { charityNumber: "1234567" },
  where: inGraph,
};
const newRelationship: SeedRelationship = {
  id: "WORKS_WITH:elft->tower-hamlets-cvs",
  type: "WORKS_WITH",
  from: "elft",
  to: "tower-hamlets-cvs",
  validFrom: null,
  validTo: null,
  properties: {},
  citations: [{ quote: "EAST LONDON NHS FOUNDATION TRUST", source: "ods-rwk" }],
  derived: [],
  overrides: [],
  where: inGraph,
};

describe("writeSeedFiles", () => {
  it("writes nothing when the graph says what the files say, whatever its order and key order", () => {
    const seed = copySeed();
    const before = files(seed);
    const result = writeSeedFiles(liveGraph(seed), seed);
    expect(result).toMatchObject({ written: [], added: 0, changed: 0, removed: 0 });
    expect(result.unchanged).toHaveLength(readdirSync(seed.data).length);
    expect(files(seed)).toEqual(before);
  });

  it("writes changed, added, removed and ended records so that they read back as the graph, in small diffs", () => {
    const seed = copySeed();
    const before = files(seed);
    const graph = liveGraph(seed);
    const cvs = node(graph, "tower-hamlets-cvs");
    cvs.name = "Tower Hamlets Council for Voluntary Service";
    cvs.shortNames = [...cvs.shortNames, "THCVS"];
    graph.nodes.push(newOrganisation);
    graph.sources.push(newSource);
    graph.relationships = graph.relationships.filter((r) => r.id !== "SERVES:healthwatch-tower-hamlets->isle-of-dogs");
    graph.relationships.push(newRelationship);
    relationship(graph, "PARTNER_IN:healthwatch-tower-hamlets->tht").validTo = {
      date: "2024-01-01",
      latest: "2024-12-31",
      text: "during 2024",
      precision: "range",
    };
    const workforce = graph.figures.find((f) => f.id === "barts-workforce");
    if (workforce) workforce.value = 16500;

    const result = writeSeedFiles(graph, seed);

    expect(content(readSeed(seed))).toEqual(content(graph));
    expect(result).toMatchObject({ added: 3, changed: 3, removed: 1 });
    const written = ["organisations.yaml", "relationships.yaml", "figures.csv", "sources.yaml"];
    expect(result.written.sort()).toEqual(
      [...written.map((f) => join(seed.data, f)), join(seed.sources, "example-annual-report.txt")].sort(),
    );
    expect(readFileSync(join(seed.sources, "example-annual-report.txt"), "utf8")).toBe(newSource.text);
    const after = files(seed);
    for (const [path, text] of before) if (!result.written.includes(path)) expect(after.get(path), path).toBe(text);
    const changes = (file: string) => changedLines(before.get(join(seed.data, file)) ?? "", read(seed, file));
    // The name and shortNames lines; a blank line and the new record (6 lines).
    expect(changes("organisations.yaml")).toBe(2 * 2 + 7);
    // validTo (1), the removed relationship (4), the new one (5).
    expect(changes("relationships.yaml")).toBe(1 + 4 + 5);
    expect(changes("figures.csv")).toBe(2);
    expect(changes("sources.yaml")).toBe(1 + 5);
    for (const file of written)
      expect(comments(read(seed, file))).toEqual(comments(before.get(join(seed.data, file)) ?? ""));
    expect(read(seed, "organisations.yaml")).toContain(
      "    name: Tower Hamlets Council for Voluntary Service\n    kind: council for voluntary service\n    shortNames: [CVS, THCVS]\n",
    );
    expect(read(seed, "relationships.yaml")).toContain(
      "    to: tht\n    validTo: { from: 2024-01-01, to: 2024-12-31, text: during 2024 }\n    cite:\n",
    );
    expect(
      read(seed, "relationships.yaml").endsWith(
        '  - type: WORKS_WITH\n    from: elft\n    to: tower-hamlets-cvs\n    cite:\n      - { source: ods-rwk, quote: "EAST LONDON NHS FOUNDATION TRUST" }\n',
      ),
    ).toBe(true);
    expect(read(seed, "sources.yaml")).toContain(
      '\n\n- id: example-annual-report\n  title: "Example Trust: annual report"\n  file: example-annual-report.txt\n  publisher: Example Trust\n  dated: { from: 2024-04-01, text: "2024" }\n',
    );
    // Exported again, the graph is what the files say.
    expect(writeSeedFiles(graph, seed).written).toEqual([]);
  });

  it("edits a flow-map record in its own style, field by field", () => {
    const seed = copySeed();
    const graph = liveGraph(seed);
    const training = relationship(graph, "PROVIDES:tower-hamlets-cvs->cvs-training-courses");
    training.properties = { recipients: ["members", "the public"] };
    const partners = relationship(graph, "WORKS_WITH:nhs-north-east-london->nel-health-partners");
    partners.validTo = { date: "2025-03-31", latest: null, text: null, precision: "day" };
    const before = read(seed, "relationships.yaml");
    writeSeedFiles(graph, seed);
    expect(content(readSeed(seed))).toEqual(content(graph));
    const after = read(seed, "relationships.yaml");
    expect(after).toContain(
      "  - { type: PROVIDES, from: tower-hamlets-cvs, to: cvs-training-courses, properties: { recipients: [members, the public] }, cite:",
    );
    expect(after).toContain("      validFrom: 2022-07-01,\n      validTo: 2025-03-31,\n      cite:\n        [\n");
    expect(changedLines(before, after)).toBe(2 + 1);
  });

  it("rewrites a changed description in the style it had", () => {
    const seed = copySeed();
    const graph = liveGraph(seed);
    const tht = node(graph, "tht");
    tht.description = `${tht.description} It was formed by its partners to work as one.`;
    const before = read(seed, "organisations.yaml");
    writeSeedFiles(graph, seed);
    expect(content(readSeed(seed))).toEqual(content(graph));
    const after = read(seed, "organisations.yaml");
    expect(after).toContain("    description: >-\n      Health and care partnership");
    const folded = after.slice(after.indexOf("Health and care partnership"), after.indexOf("    cite:"));
    expect(folded.split("\n").every((line) => line.length <= 103)).toBe(true);
    expect(changedLines(before, after)).toBeLessThanOrEqual(2 + 3);
  });

  it("takes a removed group's own comment with it, and keeps a comment its group still needs", () => {
    const seed = copySeed();
    const graph = liveGraph(seed);
    const heading = "  # What Tower Hamlets CVS offers its members.";
    const offers = (r: SeedRelationship) => r.from === "tower-hamlets-cvs" && r.type === "PROVIDES";
    graph.relationships = graph.relationships.filter((r) => !offers(r));
    graph.nodes = graph.nodes.filter((n) => !n.id.startsWith("cvs-") || n.id === "cvs-members");
    // One of the Healthwatch group: its heading stays.
    graph.relationships = graph.relationships.filter((r) => r.id !== "SERVES:healthwatch-tower-hamlets->tower-hamlets");
    const before = read(seed, "relationships.yaml");
    expect(before).toContain(heading);
    writeSeedFiles(graph, seed);
    expect(content(readSeed(seed))).toEqual(content(graph));
    const after = read(seed, "relationships.yaml");
    expect(after).not.toContain(heading);
    expect(after).toContain(
      "\n\n  # Healthwatch.\n  - type: SERVES\n    from: healthwatch-tower-hamlets\n    to: bethnal-green\n",
    );
    expect(after).not.toMatch(/\n\n\n/);
    // The heading, five records of one line, one blank line; the Healthwatch record's four lines.
    expect(changedLines(before, after)).toBe(1 + 5 + 1 + 4);
  });

  it("adds a site to its list, and writes an emptied list as []", () => {
    const seed = copySeed();
    const graph = liveGraph(seed);
    const sites = graph.nodes.filter((n) => n.label === "Site");
    graph.nodes = graph.nodes.filter((n) => n.label !== "Site");
    graph.relationships = graph.relationships.filter((r) => !sites.some((s) => s.id === r.from || s.id === r.to));
    writeSeedFiles(graph, seed);
    expect(content(readSeed(seed))).toEqual(content(graph));
    expect(read(seed, "places.yaml")).toMatch(/\nsites: \[\]\n$/);

    const site = { ...(sites.find((s) => s.id === "royal-london") as SeedNode), id: "royal-london-2" };
    graph.nodes.push(site);
    writeSeedFiles(graph, seed);
    expect(content(readSeed(seed))).toEqual(content(graph));
    expect(read(seed, "places.yaml")).toMatch(/\nsites:\n {2}- id: royal-london-2\n {4}name: The Royal London\n/);
  });

  it("moves a record whose label changed to its new label's file", () => {
    const seed = copySeed();
    const graph = liveGraph(seed);
    const members = node(graph, "cvs-members");
    graph.nodes = graph.nodes.map((n) => (n.id === "cvs-members" ? { ...members, label: "Organisation" } : n));
    graph.relationships = graph.relationships.filter((r) => r.from !== "cvs-members" && r.to !== "cvs-members");
    const result = writeSeedFiles(graph, seed);
    expect(content(readSeed(seed))).toEqual(content(graph));
    expect(result).toMatchObject({ added: 1, removed: 1 + 1 });
    expect(read(seed, "organisations.yaml")).toContain("  - id: cvs-members\n");
    expect(read(seed, "groups.yaml")).not.toContain("cvs-members");
  });

  it("keeps the comment inside a changed record, and a given relationship id", () => {
    const seed = copySeed();
    const graph = liveGraph(seed);
    const partners = graph.sources.find((s) => s.id === "tht-partners") as SeedSource;
    partners.publisher = "Tower Hamlets Together partnership";
    const given = { ...relationship(graph, "SERVES:gp-care-group->tower-hamlets"), id: "gp-care-group-serves-borough" };
    graph.relationships.push({ ...given, type: "WORKS_WITH", to: "tower-hamlets-cvs" });
    writeSeedFiles(graph, seed);
    expect(content(readSeed(seed))).toEqual(content(graph));
    expect(read(seed, "sources.yaml")).toContain(
      "  publisher: Tower Hamlets Together partnership\n  # Undated; it reports NHS North East London's formation on 1 July 2022, so it is not older.\n  dated:",
    );
    expect(read(seed, "relationships.yaml")).toContain(
      "  - id: gp-care-group-serves-borough\n    type: WORKS_WITH\n    from: gp-care-group\n    to: tower-hamlets-cvs\n",
    );
  });

  it("keeps a file's byte order mark and CRLF line breaks", () => {
    const seed = copySeed();
    seed.edit("organisations.yaml", (t) => `\uFEFF${t.replace(/\n/g, "\r\n")}`);
    const graph = liveGraph(seed);
    expect(writeSeedFiles(graph, seed).written).toEqual([]);
    node(graph, "tht").shortNames = ["THT", "Together"];
    graph.nodes.push(newOrganisation);
    graph.sources.push(newSource);
    writeSeedFiles(graph, seed);
    expect(content(readSeed(seed))).toEqual(content(graph));
    const text = readFileSync(join(seed.data, "organisations.yaml"), "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text.match(/\n/g)?.length).toBe(text.match(/\r\n/g)?.length);
    expect(text).toContain("    shortNames: [THT, Together]\r\n");
  });

  it("refuses files that cannot be read, and writes nothing", () => {
    const seed = copySeed();
    const graph = liveGraph(seed);
    seed.edit("groups.yaml", (t) => t.replace("kind: membership", "kind: [membership"));
    const before = files(seed);
    expect(() => writeSeedFiles(graph, seed)).toThrowError(SeedError);
    try {
      writeSeedFiles(graph, seed);
    } catch (error) {
      expect((error as SeedError).problems.map((p) => p.code)).toEqual([ErrorCode.YamlInvalid]);
    }
    expect(files(seed)).toEqual(before);
  });
});

describe("writeSeedFiles on records held in CSV tables", () => {
  const header = "id,name,kind,shortNames,description,quote,source,quote2,source2";
  const rows = [
    'csv-trust,CSV Trust,NHS trust,,"A trust, kept in a table.",Barts Health is the largest NHS Trust in the country,tht-partners,,',
    "csv-charity,CSV Charity,charity,CC,,Healthwatch Tower Hamlets is the local health and social care champion.,tht-partners,,",
    "csv-partner,CSV Partner,charity,,,Tower Hamlets Together is made up of a number of different partners,tht-partners,,",
  ];
  const table = `${header}\n# an example row, kept as it is\n${rows.join("\n")}\n`;
  const relationships = `type,from,to,role,quote,source\nWORKS_WITH,csv-trust,csv-charity,partner,Tower Hamlets Together is made up of a number of different partners,tht-partners\n`;

  it("keeps changes to them in their table, row by row", () => {
    const seed = copySeed();
    seed.write("organisations.csv", table);
    seed.write("relationships.csv", relationships);
    const yaml = read(seed, "organisations.yaml");
    expect(writeSeedFiles(liveGraph(seed), seed).written).toEqual([]);

    const graph = liveGraph(seed);
    node(graph, "csv-trust").name = "CSV Health Trust";
    node(graph, "csv-charity").aliases = ["The CSV Charity"];
    graph.nodes = graph.nodes.filter((n) => n.id !== "csv-partner");
    relationship(graph, "WORKS_WITH:csv-trust->csv-charity").properties = { role: "partner", since: 2020 };
    const result = writeSeedFiles(graph, seed);

    expect(content(readSeed(seed))).toEqual(content(graph));
    expect(result.written.sort()).toEqual([join(seed.data, "organisations.csv"), join(seed.data, "relationships.csv")]);
    expect(read(seed, "organisations.yaml")).toBe(yaml);
    expect(read(seed, "organisations.csv")).toBe(
      [
        `${header},aliases`,
        "# an example row, kept as it is",
        'csv-trust,CSV Health Trust,NHS trust,,"A trust, kept in a table.",Barts Health is the largest NHS Trust in the country,tht-partners,,,',
        "csv-charity,CSV Charity,charity,CC,,Healthwatch Tower Hamlets is the local health and social care champion.,tht-partners,,,The CSV Charity",
        "",
      ].join("\n"),
    );
    expect(read(seed, "relationships.csv")).toBe(
      "type,from,to,role,quote,source,properties.since\nWORKS_WITH,csv-trust,csv-charity,partner,Tower Hamlets Together is made up of a number of different partners,tht-partners,2020\n",
    );
  });

  it("moves a record its table cannot write to its YAML file", () => {
    const seed = copySeed();
    seed.write("organisations.csv", table);
    const graph = liveGraph(seed);
    // A name holding | would read back from a cell as two names.
    node(graph, "csv-charity").shortNames = ["C|C"];
    writeSeedFiles(graph, seed);
    expect(content(readSeed(seed))).toEqual(content(graph));
    expect(read(seed, "organisations.csv")).not.toContain("csv-charity");
    expect(read(seed, "organisations.yaml")).toContain(
      "  - id: csv-charity\n    name: CSV Charity\n    kind: charity\n    shortNames: [C|C]\n",
    );
  });
});
