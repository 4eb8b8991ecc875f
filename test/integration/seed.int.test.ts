// The seed in the real Neo4j: counts, idempotence, dates, citations, and that bad input or a
// failing write leaves the database exactly as it was.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tableNames } from "../../seed/read/csv-tables.js";
import { readSeed } from "../../seed/read-seed.js";
import { defaultSeedDirs } from "../../seed/seed-dirs.js";
import { writeSeed } from "../../seed/write/write-seed.js";
import { nodeInView, relationshipInView } from "../../server/cypher/time-predicates.js";
import { graphFingerprint } from "../support/graph-fingerprint.js";
import { copySeed, type SeedFixture } from "../support/seed-fixture.js";
import { testDriver, testNeo4j } from "../support/test-neo4j.js";

const neo = testNeo4j();
const database = neo.database;
const root = join(import.meta.dirname, "..", "..");

/** The time predicates' parameters for a day: what holds on it, uncertain included. */
const dayParams = (day: string) => {
  const [year, month, dayOfMonth] = day.split("-").map(Number) as [number, number, number];
  return { asOf: new neo4j.types.Date(year, month, dayOfMonth), certainOnly: false, includeFormer: false };
};

/** `npm run seed` as a user runs it, against the test run's Neo4j. */
function runSeedCli(args: string[]): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "seed/cli.ts"), ...args],
    {
      cwd: root,
      encoding: "utf8",
      env: { PATH: process.env.PATH, NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password },
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe.skipIf(!neo.ownsDatabase)("the seed graph in Neo4j", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await writeSeed(driver, readSeed(), { database, reset: true });
  });
  afterAll(async () => {
    await writeSeed(driver, readSeed(), { database, reset: true });
    await driver.close();
  });

  async function stagedCount(): Promise<number> {
    const { records } = await driver.executeQuery(
      "MATCH (n) WHERE n:Staged OR n:StagedFigure OR n:StagedSource RETURN count(n) AS n",
      {},
      { database },
    );
    return records[0]?.get("n");
  }

  it("is idempotent: seeding twice leaves identical nodes and relationships", async () => {
    const first = await graphFingerprint(driver, database);
    const result = runSeedCli([]);
    expect(result.status, result.output).toBe(0);
    expect(await graphFingerprint(driver, database)).toEqual(first);
    expect(first.nodes).toBeGreaterThan(50);
  });

  it("has the CCG and not NHS North East London on 2021-06-01, and the reverse on 2023-01-01", async () => {
    const ids2021 = await driver.executeQuery(
      `MATCH (n:Organisation) WHERE ${nodeInView("n")} RETURN collect(n.id) AS ids`,
      dayParams("2021-06-01"),
      { database },
    );
    const ids2023 = await driver.executeQuery(
      `MATCH (n:Organisation) WHERE ${nodeInView("n")} RETURN collect(n.id) AS ids`,
      dayParams("2023-01-01"),
      { database },
    );
    expect(ids2021.records[0]?.get("ids")).toContain("north-east-london-ccg");
    expect(ids2021.records[0]?.get("ids")).not.toContain("nhs-north-east-london");
    expect(ids2023.records[0]?.get("ids")).toContain("nhs-north-east-london");
    expect(ids2023.records[0]?.get("ids")).not.toContain("north-east-london-ccg");
  });

  it("has the GP Care Group providing health visiting in 2017 but not in 2015", async () => {
    const provides = async (asOf: string) => {
      const { records } = await driver.executeQuery(
        `MATCH (a:Organisation {id: 'gp-care-group'})-[r:PROVIDES]->(b:Service {id: 'health-visiting'})
         WHERE ${relationshipInView("r", "a", "b")} RETURN count(r) AS n`,
        dayParams(asOf),
        { database },
      );
      return records[0]?.get("n");
    };
    expect(await provides("2015-06-01")).toBe(0);
    expect(await provides("2017-06-01")).toBe(1);
  });

  it("cites every sentence of the source document from some node or relationship", async () => {
    const text = readFileSync(join(defaultSeedDirs.sources, "tower-hamlets-together-partners.txt"), "utf8");
    const sentences = text
      .split(/\n+/)
      .flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+(?=[A-Z])/))
      .map((s) => s.trim())
      .filter(Boolean);
    expect(sentences.length).toBe(23);
    const { records } = await driver.executeQuery(
      `CALL () { MATCH (n) WHERE n:Entity OR n:Figure RETURN n.citationQuotes AS quotes
                 UNION ALL MATCH ()-[r]->() WHERE r.citationQuotes IS NOT NULL RETURN r.citationQuotes AS quotes }
       UNWIND quotes AS quote RETURN collect(DISTINCT quote) AS quotes`,
      {},
      { database },
    );
    const quotes: string[] = records[0]?.get("quotes");
    const uncited = sentences.filter((sentence) => !quotes.some((q) => sentence.includes(q) || q.includes(sentence)));
    expect(uncited).toEqual([]);
  });

  it("cites a verbatim quote on every relationship it loaded", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (a)-[r]->(b) WHERE a:Entity OR a:Figure
       RETURN count(r) AS all, count(CASE WHEN size(r.citationQuotes) > 0 THEN 1 END) AS cited`,
      {},
      { database },
    );
    expect(records[0]?.get("all")).toBeGreaterThan(50);
    expect(records[0]?.get("cited")).toBe(records[0]?.get("all"));
  });

  const badSeeds: [string, (seed: SeedFixture) => void, RegExp][] = [
    [
      "an unknown reference",
      (s) => s.edit("relationships.yaml", (t) => t.replace("to: tht\n", "to: tht-typo\n")),
      /relationships.yaml:11 to: \[UNKNOWN_REFERENCE\] unknown id "tht-typo"/,
    ],
    [
      "a duplicate id",
      (s) => s.edit("services.yaml", (t) => t.replace("- id: cvs-advocacy", "- id: health-advocacy")),
      /services.yaml:\d+ id: \[DUPLICATE_ID\] duplicate record id/,
    ],
    [
      "a bad date",
      (s) => s.edit("events.yaml", (t) => t.replace("validFrom: 2016-04-01", "validFrom: 2016-13-01")),
      /events.yaml:23 validFrom: \[SCHEMA_INVALID\] is not a real calendar date/,
    ],
    [
      "reversed dates",
      (s) =>
        s.edit("organisations.yaml", (t) =>
          t.replace("    validTo: 2022-07-01\n", "    validFrom: 2023-01-01\n    validTo: 2022-07-01\n"),
        ),
      /organisations.yaml:\d+ validTo: \[DATES_REVERSED\] 2022-07-01 is not after validFrom 2023-01-01/,
    ],
    [
      "a quote not in the document",
      (s) => s.edit("services.yaml", (t) => t.replace('["Occupational Therapy"]', '["Occupational Therapists"]')),
      /services.yaml:\d+ cite\[0\]: \[CITATION_NOT_FOUND\] quote is not in .*; the closest sentence of the source is "The Trust recently acquired/,
    ],
    [
      "malformed YAML",
      (s) => s.edit("services.yaml", (t) => t.replace("    name: Free advice", "    name: [Free advice")),
      /services.yaml:\d+ \(yaml\): \[YAML_INVALID\] a list opened with \[ is not closed with \].*\n.*\n +> \d+ \| {5}name: \[Free advice\n/,
    ],
    [
      "malformed CSV",
      (s) => s.edit("figures.csv", (t) => t.replace('"a workforce of around 16,000"', '"a workforce of around 16,000')),
      /figures.csv:6 \(csv\): \[CSV_INVALID\] a quoted cell opened here is never closed/,
    ],
    [
      "non-UTF-8 bytes",
      (s) => s.write("groups.yaml", Buffer.from([0x72, 0x65, 0x63, 0x6f, 0x72, 0x64, 0x73, 0x3a, 0x20, 0xff, 0x0a])),
      /groups.yaml:1 \(encoding\): \[ENCODING_INVALID\] is not valid UTF-8/,
    ],
    [
      "a relationship starting before its end exists",
      (s) =>
        s.edit("relationships.yaml", (t) =>
          t.replace("to: health-visiting\n    validFrom: 2016-04-01", "to: health-visiting\n    validFrom: 2010-01-01"),
        ),
      /relationships.yaml:153 validFrom: \[DATE_OUTSIDE_ENDPOINT\] starts 2010-01-01, before "gp-care-group" exists/,
    ],
    [
      "a bad CSV row among good ones",
      (s) =>
        s.write(
          "services.csv",
          "id,name,kind,quote,source\nhackney-service,Hackney service,service,Hackney,tht-partners\nbad-service,Bad,service,Hackneys,tht-partners\n",
        ),
      /services.csv:3 quote: \[CITATION_NOT_FOUND\] quote is not in/,
    ],
  ];

  it.each(badSeeds)("refuses %s with file, line and field, and writes nothing", async (_name, breakSeed, message) => {
    const before = await graphFingerprint(driver, database);
    const seed = copySeed();
    breakSeed(seed);
    const result = runSeedCli(["--reset", "--data", seed.data, "--sources", seed.sources]);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(message);
    expect(result.output).toContain("nothing was written");
    expect(await graphFingerprint(driver, database)).toEqual(before);
  });

  it("stores a relationship's override on it, visible beside its citations", async () => {
    // The shipped seed needs none (a succession may begin on its predecessor's last day), so a copy
    // records one: the CCG still party to the partnership on the day it ceased.
    const seed = copySeed();
    seed.edit("relationships.yaml", (t) =>
      t.replace(
        "records:\n",
        `records:
  - type: PARTNER_IN
    from: north-east-london-ccg
    to: tht
    validFrom: 2022-07-01
    cite: ["replaced North East London Clinical Commissioning Group."]
    overrides:
      - rule: dates-within-endpoints
        reason: A test of the override's storage.
`,
      ),
    );
    const result = runSeedCli(["--reset", "--data", seed.data, "--sources", seed.sources]);
    expect(result.status, result.output).toBe(0);
    const { records } = await driver.executeQuery(
      `MATCH ()-[r]->() WHERE r.overrideRules IS NOT NULL
       RETURN type(r) AS type, r.id AS id, r.overrideRules AS rules, r.overrideReasons AS reasons`,
      {},
      { database },
    );
    expect(records.map((r) => [r.get("type"), r.get("id"), r.get("rules"), r.get("reasons")])).toEqual([
      [
        "PARTNER_IN",
        "PARTNER_IN:north-east-london-ccg->tht",
        ["dates-within-endpoints"],
        ["A test of the override's storage."],
      ],
    ]);
    await writeSeed(driver, readSeed(), { database, reset: true });
  });

  it("loads every record type from a spreadsheet table as from its YAML file", async () => {
    const seed = copySeed();
    const templates = join(root, "seed", "templates");
    const copies: string[] = [];
    for (const table of tableNames) {
      const [head, example] = readFileSync(join(templates, `${table}-template.csv`), "utf8")
        .replace(/^# /m, "")
        .split("\n");
      // Under other ids, so that each row is a new record beside the one it copies.
      const row =
        table === "relationships"
          ? (example ?? "").replace(/^,SUCCEEDED,nhs-north-east-london,/, "copy,SUCCEEDED,tht,")
          : (example ?? "").replace(/^([a-z-]+),/, "$1-copy,");
      if (table !== "relationships" && table !== "figures") copies.push(/^([a-z-]+-copy),/.exec(row)?.[1] ?? "");
      seed.write(`${table}.csv`, `${head}\n${row}\n`);
    }
    const result = runSeedCli(["--reset", "--files-win", "--data", seed.data, "--sources", seed.sources]);
    expect(result.status, result.output).toBe(0);
    // knownFrom is left out: it also follows from a record's relationships, which the copies lack.
    const { records } = await driver.executeQuery(
      `UNWIND $ids AS id
       MATCH (copy:Entity {id: id}), (original:Entity {id: substring(id, 0, size(id) - 5)})
       RETURN id, labels(copy) = labels(original) AS sameLabels,
              [k IN keys(original) + keys(copy) WHERE NOT k IN ['id', 'knownFrom'] AND (original[k] <> copy[k] OR original[k] IS NULL OR copy[k] IS NULL)] AS differences`,
      { ids: copies },
      { database },
    );
    expect(records.map((r) => [r.get("id"), r.get("sameLabels"), r.get("differences")])).toEqual(
      copies.map((id) => [id, true, []]),
    );
    const { records: rels } = await driver.executeQuery(
      "MATCH (:Organisation {id: 'tht'})-[r:SUCCEEDED]->(:Organisation {id: 'north-east-london-ccg'}) RETURN r.overrideRules AS rules, r.validFrom AS validFrom",
      {},
      { database },
    );
    expect(rels.map((r) => [r.get("rules"), String(r.get("validFrom"))])).toEqual([[null, "2022-07-01"]]);
    await writeSeed(driver, readSeed(), { database, reset: true });
  });

  it("rolls back the whole load when a write fails part-way", async () => {
    const before = await graphFingerprint(driver, database);
    const graph = readSeed();
    // Bypasses validation to make Neo4j itself refuse the last relationship, after every node is written.
    const last = graph.relationships.at(-1);
    if (!last) throw new Error("no relationships");
    (last.properties as Record<string, unknown>).nested = { not: "allowed" };
    await expect(writeSeed(driver, graph, { database, reset: true })).rejects.toThrow(
      /Property values can only be of primitive types|cannot be stored/,
    );
    expect(await graphFingerprint(driver, database)).toEqual(before);
    expect(await stagedCount()).toBe(0);
  });

  it("removes what an interrupted replacement left staged before loading again", async () => {
    await driver.executeQuery(
      "CREATE (:Staged {id: 'left-over', stagedLabel: 'Organisation'})-[:PARTNER_IN]->(:Staged {id: 'tht', stagedLabel: 'Organisation'})",
      {},
      { database },
    );
    await writeSeed(driver, readSeed(), { database, reset: true });
    expect(await stagedCount()).toBe(0);
    const { records } = await driver.executeQuery(
      "MATCH (n:Entity {id: 'tht'}) RETURN count(n) AS n",
      {},
      { database },
    );
    expect(records[0]?.get("n")).toBe(1);
  });

  it("stores names full of Cypher and HTML verbatim and harms nothing", async () => {
    const hostile = [
      "'}) DETACH DELETE n //",
      "<img src=x onerror=alert(1)>",
      'Robert"); MATCH (n) DETACH DELETE n; //',
    ];
    const seed = copySeed();
    seed.edit("sources.yaml", (t) => `${t}\n- id: hostile\n  title: Hostile names\n  file: hostile.txt\n`);
    const { writeFileSync } = await import("node:fs");
    writeFileSync(join(seed.sources, "hostile.txt"), hostile.join("\n"));
    seed.edit(
      "groups.yaml",
      (t) =>
        `${t}\n${hostile.map((name, i) => `  - id: hostile-${i}\n    name: ${JSON.stringify(name)}\n    kind: test\n    cite: [{ source: hostile, quote: ${JSON.stringify(name)} }]\n`).join("")}`,
    );
    const result = runSeedCli(["--reset", "--data", seed.data, "--sources", seed.sources]);
    expect(result.status, result.output).toBe(0);
    const { records } = await driver.executeQuery(
      "MATCH (g:Group) WHERE g.id STARTS WITH 'hostile-' RETURN g.name AS name ORDER BY g.id",
      {},
      { database },
    );
    expect(records.map((r) => r.get("name"))).toEqual(hostile);
    const shipped = readSeed();
    const { records: counts } = await driver.executeQuery("MATCH (n:Entity) RETURN count(n) AS n", {}, { database });
    expect(counts[0]?.get("n")).toBe(shipped.nodes.length + hostile.length);
  });
});
