// The seed's rules as pure functions of a record and a lookup of existing records: the same calls
// will check a change set against the graph in Neo4j.
import { describe, expect, it } from "vitest";
import { ErrorCode } from "../../core/errors/error-code.js";
import { checkCitations } from "../../seed/check/check-citations.js";
import { checkDates } from "../../seed/check/check-dates.js";
import { checkDatesWithinEndpoints } from "../../seed/check/check-dates-within-endpoints.js";
import { checkFigure } from "../../seed/check/check-figure.js";
import { checkNode } from "../../seed/check/check-node.js";
import { checkRelationship } from "../../seed/check/check-relationship.js";
import { checkSeed } from "../../seed/check/check-seed.js";
import { checkSourceRemoval } from "../../seed/check/check-source.js";
import { SeedLookup } from "../../seed/check/graph-lookup.js";
import { relationshipRow } from "../../seed/plan/seed-rows.js";
import { readSeed } from "../../seed/read-seed.js";
import type { Dated, SeedGraph, SeedNode, SeedRelationship } from "../../seed/seed-graph.js";
import { copySeed, lineOf, problemsOf } from "../support/seed-fixture.js";

const day = (date: string): Dated => ({ date, latest: null, text: null, precision: "day" });
const lateIn = (year: number): Dated => ({
  date: `${year}-09-01`,
  latest: `${year}-12-31`,
  text: `late ${year}`,
  precision: "range",
});
const words = (text: string): Dated => ({ date: null, latest: null, text, precision: "unknown" });

const source = {
  id: "doc",
  title: "A document",
  file: "doc.txt",
  url: null,
  publisher: null,
  datedFrom: null,
  datedText: null,
  text: "The Care Group was formed in late 2013. It provides health visiting.",
  where: { file: "sources.yaml", line: 1 },
};

function node(
  id: string,
  label: SeedNode["label"],
  dates: Partial<Pick<SeedNode, "validFrom" | "validTo">> = {},
): SeedNode {
  return {
    label,
    id,
    name: id,
    kind: "test",
    shortNames: [],
    aliases: [],
    description: null,
    validFrom: null,
    validTo: null,
    ...dates,
    citations: [{ source: "doc", quote: "It provides health visiting." }],
    derived: [],
    extra: {},
    where: { file: "test.yaml", line: 1 },
  };
}

function rel(
  type: SeedRelationship["type"],
  from: string,
  to: string,
  more: Partial<SeedRelationship> = {},
): SeedRelationship {
  return {
    id: `${type}:${from}->${to}`,
    type,
    from,
    to,
    validFrom: null,
    validTo: null,
    properties: {},
    citations: [{ source: "doc", quote: "It provides health visiting." }],
    derived: [],
    overrides: [],
    where: { file: "relationships.yaml", line: 1 },
    ...more,
  };
}

const gpCareGroup = node("gp-care-group", "Organisation", { validFrom: lateIn(2013) });
const ccg = node("ccg", "Organisation", { validFrom: day("2013-04-01"), validTo: day("2022-07-01") });
const healthVisiting = node("health-visiting", "Service");
const areas = ["a", "b", "c"].map((id) => node(id, "Area"));
const graph: SeedGraph = {
  sources: [source],
  nodes: [gpCareGroup, ccg, healthVisiting, ...areas],
  relationships: [],
  figures: [],
};
const lookup = () => new SeedLookup(graph);

describe("dates-within-endpoints", () => {
  const provides = (dates: Partial<SeedRelationship>) =>
    checkDatesWithinEndpoints(rel("PROVIDES", "gp-care-group", "health-visiting", dates), [
      gpCareGroup,
      healthVisiting,
    ]);

  it("refuses a relationship starting in 2010 with an end formed late 2013", () => {
    expect(provides({ validFrom: day("2010-01-01") })).toEqual([
      {
        code: ErrorCode.DateOutsideEndpoint,
        field: "validFrom",
        message: expect.stringMatching(
          /^starts 2010-01-01, before "gp-care-group" exists \(its validFrom is late 2013, 2013-09-01 to 2013-12-31\)\. /,
        ),
      },
    ]);
  });

  it("accepts a start inside the end's imprecise formation, which may be after it", () => {
    expect(provides({ validFrom: day("2013-10-01") })).toEqual([]);
    expect(provides({ validFrom: lateIn(2013) })).toEqual([]);
  });

  it("refuses a start or an end after an end has ceased, and a start on the day it ceases", () => {
    const withCcg = (dates: Partial<SeedRelationship>) =>
      checkDatesWithinEndpoints(rel("WORKS_WITH", "gp-care-group", "ccg", dates), [gpCareGroup, ccg]);
    expect(withCcg({ validFrom: day("2022-07-01") }).map((p) => p.field)).toEqual(["validFrom"]);
    expect(withCcg({ validFrom: day("2020-01-01"), validTo: day("2023-01-01") })).toEqual([
      expect.objectContaining({
        field: "validTo",
        message: expect.stringMatching(/^ends 2023-01-01, after "ccg" has ceased/),
      }),
    ]);
    expect(withCcg({ validFrom: day("2020-01-01"), validTo: day("2022-07-01") })).toEqual([]);
  });

  it("refuses a relationship that ends before an end exists", () => {
    expect(provides({ validTo: day("2012-01-01") })).toEqual([
      expect.objectContaining({ field: "validTo", message: expect.stringMatching(/before "gp-care-group" exists/) }),
    ]);
  });

  it("leaves open dates and wording without a range unchecked", () => {
    expect(provides({})).toEqual([]);
    expect(provides({ validFrom: words("recently") })).toEqual([]);
  });

  it("accepts a breach the record overrides with its reason", () => {
    expect(
      provides({ validFrom: day("2010-01-01"), overrides: [{ rule: "dates-within-endpoints", reason: "a test" }] }),
    ).toEqual([]);
  });
});

describe("checkDates", () => {
  it("refuses validTo on or before validFrom, and a reversed range", () => {
    expect(checkDates(day("2023-01-01"), day("2022-07-01"))).toEqual([
      expect.objectContaining({ code: ErrorCode.DatesReversed, field: "validTo" }),
    ]);
    expect(checkDates({ ...lateIn(2013), date: "2014-01-01" }, null)).toEqual([
      expect.objectContaining({ code: ErrorCode.DatesReversed, field: "validFrom" }),
    ]);
  });

  it("refuses imprecise dates only when no reading puts them in order", () => {
    expect(checkDates(day("2013-10-01"), lateIn(2013))).toEqual([]);
    expect(checkDates(day("2014-01-01"), lateIn(2013))).toEqual([
      expect.objectContaining({
        message:
          "late 2013, 2013-09-01 to 2013-12-31 is not after validFrom 2014-01-01 (validTo is the first day it no longer holds)",
      }),
    ]);
  });
});

describe("checkRelationship against a lookup of existing records", () => {
  it("names an unknown end with the id it looks like a typo of", () => {
    expect(checkRelationship(rel("PROVIDES", "gp-care-grup", "health-visiting"), lookup())).toEqual([
      {
        code: ErrorCode.UnknownReference,
        field: "from",
        message: 'unknown id "gp-care-grup"; did you mean "gp-care-group"?',
      },
    ]);
  });

  it("refuses an end of a kind its type does not join", () => {
    expect(checkRelationship(rel("PROVIDES", "gp-care-group", "a"), lookup())).toEqual([
      expect.objectContaining({ code: ErrorCode.EndpointKind, field: "to" }),
    ]);
  });

  it("refuses an id already taken, and a relationship closing a cycle of an acyclic type", () => {
    const existing = lookup();
    existing.addRelationship(rel("PART_OF", "a", "b"));
    existing.addRelationship(rel("PART_OF", "b", "c"));
    expect(checkRelationship(rel("PART_OF", "c", "a"), existing)).toEqual([
      { code: ErrorCode.Cycle, field: "to", message: "PART_OF forms a cycle: c → a → b → c" },
    ]);
    expect(checkRelationship(rel("PART_OF", "a", "b"), existing)).toEqual([
      expect.objectContaining({
        code: ErrorCode.DuplicateId,
        field: "id",
        message: expect.stringMatching(/"PART_OF:a->b"/),
      }),
    ]);
  });

  it("takes the graph's own node for a duplicate, with where the first one is", () => {
    const copy = { ...gpCareGroup, where: { file: "organisations.csv", line: 3 } };
    expect(checkNode(copy, lookup())).toEqual([
      {
        code: ErrorCode.DuplicateId,
        field: "id",
        message: 'duplicate record id "gp-care-group" (first at test.yaml:1)',
      },
    ]);
  });

  it("names a figure's unknown subject", () => {
    const figure = {
      id: "f",
      subject: "nobody",
      measure: "m",
      value: 1,
      unit: "u",
      qualifier: null,
      display: "1",
      asOf: null,
      asOfText: null,
      citations: [{ source: "doc", quote: "It provides health visiting." }],
      where: { file: "figures.csv", line: 2 },
    };
    expect(checkFigure(figure, lookup())).toEqual([
      expect.objectContaining({ code: ErrorCode.UnknownReference, field: "subject" }),
    ]);
  });
});

describe("checkCitations", () => {
  it("names an unknown source, and a quote not in a shipped document", () => {
    expect(
      checkCitations(
        [
          { source: "dco", quote: "x" },
          { source: "doc", quote: "It provides health visitors." },
        ],
        lookup(),
      ),
    ).toEqual([
      {
        code: ErrorCode.UnknownSource,
        field: "cite[0].source",
        message: 'unknown source "dco"; did you mean "doc"? (the sources are doc)',
      },
      {
        code: ErrorCode.CitationNotFound,
        field: "cite[1]",
        message:
          'quote is not in doc.txt: "It provides health visitors."; the closest sentence of the source is "It provides health visiting."',
      },
    ]);
  });

  it("records a linked document's quotes as given", () => {
    const linked = { ...source, id: "web", file: null, url: "https://example.org", text: null };
    const withLinked = new SeedLookup({ ...graph, sources: [source, linked] });
    expect(checkCitations([{ source: "web", quote: "anything" }], withLinked)).toEqual([]);
  });
});

describe("checkSourceRemoval", () => {
  it("refuses to remove a source that is still cited, naming who cites it", () => {
    expect(checkSourceRemoval("doc", lookup())).toEqual([
      {
        code: ErrorCode.SourceInUse,
        field: "id",
        message:
          'source "doc" is still cited by 6 records ("gp-care-group", "ccg", "health-visiting", "a", "b" …); change or remove those citations first',
      },
    ]);
    expect(checkSourceRemoval("unused", lookup())).toEqual([]);
  });
});

describe("the shipped seed and dates-within-endpoints", () => {
  it("accepts SUCCEEDED on the day the CCG ceased without an override: a transition happens on its predecessor's last day", () => {
    const rows = readSeed().relationships.map((r) => relationshipRow(r));
    expect(rows.filter((r) => "overrideRules" in r.props)).toEqual([]);
    const succeeded = rows.find((r) => r.type === "SUCCEEDED");
    expect(String(succeeded && "validFrom" in succeeded.props ? succeeded.props.validFrom : null)).toBe("2022-07-01");
  });

  it("still refuses a transition that starts after its predecessor has ceased", () => {
    const seed = copySeed();
    seed.edit("relationships.yaml", (t) =>
      t.replace(
        "to: north-east-london-ccg\n    validFrom: 2022-07-01",
        "to: north-east-london-ccg\n    validFrom: 2022-07-02",
      ),
    );
    expect(problemsOf(seed)).toEqual([
      {
        file: "relationships.yaml",
        line: lineOf("relationships.yaml", "- type: SUCCEEDED") + 3,
        field: "validFrom",
        code: ErrorCode.DateOutsideEndpoint,
        message: expect.stringMatching(/^starts 2022-07-02, after "north-east-london-ccg" has ceased/),
      },
    ]);
  });

  it("refuses a relationship that is not a transition on the day its end ceased", () => {
    const seed = copySeed();
    seed.edit("relationships.yaml", (t) =>
      t.replace(
        "  - type: SUCCEEDED\n    from: nhs-north-east-london\n    to: north-east-london-ccg\n    validFrom: 2022-07-01",
        "  - type: PARTNER_IN\n    from: north-east-london-ccg\n    to: tht\n    validFrom: 2022-07-01",
      ),
    );
    expect(problemsOf(seed)).toEqual([
      expect.objectContaining({ field: "validFrom", code: ErrorCode.DateOutsideEndpoint }),
    ]);
  });

  it("finds no other record of the shipped seed outside its ends' lifetimes", () => {
    expect(checkSeed(readSeed())).toEqual([]);
  });
});
