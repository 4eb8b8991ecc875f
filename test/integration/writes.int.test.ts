// The one write path through GraphQL: every rule of the seed files refuses a bad write with its
// code, at its field, writing nothing (not even a revision); good writes are attributed, kept in
// history and reversible to the byte; the loader and GraphQL give the same answer for the same record.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readLiveGraph } from "../../seed/live/read-live-graph.js";
import { knownFromDays } from "../../seed/plan/known-from.js";
import type { SeedError } from "../../seed/read/seed-files.js";
import { readSeed } from "../../seed/read-seed.js";
import { defaultSeedDirs } from "../../seed/seed-dirs.js";
import { writeSeed } from "../../seed/write/write-seed.js";
import { signEditorToken } from "../../server/auth/sign-editor-token.js";
import { graphContent } from "../support/graph-fingerprint.js";
import { type RunningApp, startApp } from "../support/start-app.js";
import { testNeo4j } from "../support/test-neo4j.js";

const secret = "writes-test-secret-writes-test-secret";
const env = { JWT_SECRET: secret };
const auth = { secret, jwksUrl: undefined, audience: "tht-graph", issuer: "tht-graph" };
const partners = {
  source: "tht-partners",
  quote: "Tower Hamlets Together is made up of a number of different partners",
};
const formed = { source: "tht-partners", quote: "The Tower Hamlets GP Care Group was formed in late 2013" };

const addOrganisation = `mutation Add($input: NodeInput!, $reason: String!) {
  addOrganisation(input: $input, reason: $reason) { id number author reason changes { id kind action before after } }
}`;
const addRelationship = `mutation Add($input: RelationshipInput!) {
  addRelationship(input: $input, reason: "test") { id number changes { id action } }
}`;
const applyChanges = `mutation Apply($changes: [ChangeInput!]!) {
  applyChanges(changes: $changes, reason: "test batch") { id number changes { id kind action } }
}`;

interface Problem {
  field: string;
  code: string;
  message: string;
}

describe("writes: one validated change model with history", () => {
  let app: RunningApp;
  let editor: Record<string, string>;
  const { database } = testNeo4j();
  const revision = async () =>
    ((await app.gql("{ graphRevision }")).json.data as { graphRevision: number }).graphRevision;
  const content = () => graphContent(app.driver, database);
  /** Sends a write that must be refused: answers its problems, having checked that nothing changed. */
  const refused = async (query: string, variables: Record<string, unknown>) => {
    const [rev, before] = [await revision(), await content()];
    const answer = await app.gql(query, variables, editor);
    expect(answer.status).toBe(200);
    expect(answer.json.data).toBeNull();
    expect(await revision()).toBe(rev);
    expect(await content()).toBe(before);
    const error = answer.json.errors?.[0];
    return { code: error?.extensions?.code, problems: (error?.extensions?.problems ?? []) as Problem[] };
  };

  beforeAll(async () => {
    app = await startApp(env);
    await writeSeed(app.driver, readSeed(), { database, reset: true });
    editor = { authorization: `Bearer ${await signEditorToken(auth, { subject: "alice" })}` };
  });
  afterAll(async () => {
    // The next files see the shipped seed again.
    await writeSeed(app.driver, readSeed(), { database, reset: true });
    await app?.close();
  });

  it("has no generated create, update or delete mutations", async () => {
    for (const query of [
      'mutation { deleteSources(where: { id: { eq: "tht-partners" } }) { nodesDeleted } }',
      'mutation { updateOrganisations(update: { name: { set: "x" } }) { organisations { id } } }',
      "mutation { createOrganisations(input: []) { organisations { id } } }",
    ]) {
      const answer = await app.gql(query, {}, editor);
      expect(answer.json.errors?.map((e) => e.extensions?.code)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    }
  });

  it("refuses reversed dates, a quote in no source and an unknown source, all at once, each at its field", async () => {
    const { code, problems } = await refused(addOrganisation, {
      reason: "test",
      input: {
        id: "reversed",
        name: "Reversed",
        kind: "local authority",
        validFrom: { day: "1965-04-01" },
        validTo: { day: "1900-01-01" },
        cite: [
          { source: "tht-partners", quote: "Tower Hamlets Council runs every service in the borough" },
          { source: "no-such-source", quote: "anything" },
        ],
      },
    });
    expect(code).toBe("CITATION_NOT_FOUND");
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ["input.cite[0]", "CITATION_NOT_FOUND"],
      ["input.cite[1].source", "UNKNOWN_SOURCE"],
      ["input.validTo", "DATES_REVERSED"],
    ]);
  });

  it("gives the near-match hint for a quote that differs only by an apostrophe", async () => {
    const { problems } = await refused(addOrganisation, {
      reason: "test",
      input: {
        id: "apostrophe",
        name: "Apostrophe",
        kind: "test",
        cite: [{ source: "tht-partners", quote: "one of Britain's leading healthcare providers" }],
      },
    });
    expect(problems[0]?.code).toBe("CITATION_NOT_FOUND");
    expect(problems[0]?.message).toContain("apostrophe");
  });

  it("refuses an uncited relationship, an unknown end, an end of the wrong kind and a cycle", async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ type: "PARTNER_IN", from: "elft", to: "tht", cite: [] }, "input.cite", "SCHEMA_INVALID"],
      [{ type: "PARTNER_IN", from: "elft", to: "thtt", cite: [partners] }, "input.to", "UNKNOWN_REFERENCE"],
      [{ type: "PARTY_TO", from: "elft", to: "tht", cite: [partners] }, "input.to", "ENDPOINT_KIND"],
      [{ type: "PART_OF", from: "tower-hamlets", to: "bethnal-green", cite: [partners] }, "input.to", "CYCLE"],
      [
        { type: "WORKS_WITH", from: "gp-care-group", to: "elft", validFrom: { day: "2010-01-01" }, cite: [formed] },
        "input.validFrom",
        "DATE_OUTSIDE_ENDPOINT",
      ],
      [
        { type: "WORKS_WITH", from: "elft", to: "barts-health", role: "PARTY", staff: -1.5, cite: [partners] },
        "input.staff",
        "",
      ],
    ];
    for (const [input, field, code] of cases) {
      if (code === "") {
        // Int refuses -1.5 before the change model sees it: graphql-js's own BAD_USER_INPUT.
        const answer = await app.gql(addRelationship, { input }, editor);
        expect(answer.json.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        continue;
      }
      const answer = await refused(addRelationship, { input });
      expect(answer.problems.map((p) => [p.field, p.code])).toEqual([[field, code]]);
      expect(answer.code).toBe(code);
    }
  });

  it("refuses removing a source still cited, and a duplicate id, with their codes", async () => {
    const source = await refused('mutation { removeSource(id: "tht-partners", reason: "x") { id } }', {});
    expect(source.code).toBe("SOURCE_IN_USE");
    const duplicate = await refused(addOrganisation, {
      reason: "test",
      input: { id: "barts-health", name: "Barts Health again", kind: "NHS trust", cite: [partners] },
    });
    expect(duplicate.problems.map((p) => [p.field, p.code])).toEqual([["input.id", "DUPLICATE_ID"]]);
  });

  it("applies a change set all or nothing, naming the bad operation's field", async () => {
    const { problems } = await refused(applyChanges, {
      changes: [
        { addNode: { type: "Organisation", node: { id: "batch-ok", name: "Batch", kind: "test", cite: [partners] } } },
        { addRelationship: { type: "PARTNER_IN", from: "batch-ok", to: "nowhere", cite: [partners] } },
      ],
    });
    expect(problems.map((p) => [p.field, p.code])).toEqual([["changes[1].addRelationship.to", "UNKNOWN_REFERENCE"]]);
    expect((await app.gql('{ node(id: "batch-ok") { id } }')).json.data).toEqual({ node: null });
  });

  it("adds an organisation findable by its short name, and a cited relationship paths then shows", async () => {
    const rev = await revision();
    const added = await app.gql(
      addOrganisation,
      {
        reason: "the council is a partner",
        input: {
          id: "lbth",
          name: "London Borough of Tower Hamlets",
          kind: "local authority",
          shortNames: ["LBTH"],
          cite: [partners],
        },
      },
      editor,
    );
    expect(added.json.errors).toBeUndefined();
    const revisionOne = (added.json.data as { addOrganisation: { number: number; author: string } }).addOrganisation;
    expect(revisionOne).toMatchObject({ number: rev + 1, author: "alice" });
    const found = await app.gql('{ search(text: "LBTH") { edges { node { key } } } }');
    expect(found.json.data).toEqual({ search: { edges: [{ node: { key: "lbth" } }] } });

    const related = await app.gql(
      addRelationship,
      { input: { type: "PARTNER_IN", from: "lbth", to: "tht", cite: [partners] } },
      editor,
    );
    expect(related.json.errors).toBeUndefined();
    const path = await app.gql(
      '{ paths(from: "lbth", to: "elft", asOf: "2023-01-01") { steps { edge { key citations { quote } } } } }',
    );
    const found2 = (
      path.json.data as { paths: { steps: { edge: { key: string; citations: { quote: string }[] } }[] }[] }
    ).paths;
    const step = found2[0]?.steps.map((s) => s.edge).find((e) => e.key === "PARTNER_IN:lbth->tht");
    expect(step?.citations).toEqual([{ quote: partners.quote }]);

    const history = await app.gql('{ history(id: "lbth") { id author reason changes { action } } }');
    expect(history.json.data).toEqual({
      history: [
        { id: `rev-${rev + 1}`, author: "alice", reason: "the council is a partner", changes: [{ action: "ADDED" }] },
      ],
    });
  });

  it("ends a relationship on a day with the citation that says so, and refuses ending it twice", async () => {
    const end = `mutation { endRelationship(id: "PARTNER_IN:lbth->tht", on: { day: "2024-04-01" },
      cite: [{ source: "tht-partners", quote: "${partners.quote}" }], reason: "no longer a partner") { changes { action after } } }`;
    const ended = await app.gql(end, {}, editor);
    const change = (
      ended.json.data as { endRelationship: { changes: { action: string; after: { validTo: unknown } }[] } }
    ).endRelationship.changes[0];
    expect(change?.action).toBe("ENDED");
    expect(change?.after.validTo).toMatchObject({ date: "2024-04-01", precision: "day" });
    expect((await refused(end, {})).code).toBe("ALREADY_ENDED");
    const after = await app.gql('{ network(asOf: "2024-06-01") { edges { key } } }');
    const ids = (after.json.data as { network: { edges: { key: string }[] } }).network.edges.map((e) => e.key);
    expect(ids).not.toContain("PARTNER_IN:lbth->tht");
  });

  it("reverts a revision to the byte, as a new revision, and refuses a revert that later changes depend on", async () => {
    const before = await content();
    const renamed = await app.gql(
      `mutation { updateOrganisation(id: "barts-health", set: { name: "Barts Health (renamed)", aliases: ["Barts"] },
        cite: [{ source: "tht-partners", quote: "Barts Health is the largest NHS Trust in the country" }], reason: "rename") { id } }`,
      {},
      editor,
    );
    const renameId = (renamed.json.data as { updateOrganisation: { id: string } }).updateOrganisation.id;
    expect(await content()).not.toBe(before);
    const reverted = await app.gql(
      `mutation { revert(revision: "${renameId}", reason: "undo the rename") { reverts origin author } }`,
      {},
      editor,
    );
    expect(reverted.json.data).toEqual({ revert: { reverts: renameId, origin: "REVERT", author: "alice" } });
    expect(await content()).toBe(before);
    // lbth has a relationship made after it was added: taking lbth back out would leave it dangling.
    const history = await app.gql('{ history(id: "lbth") { id } }');
    const added = (history.json.data as { history: { id: string }[] }).history.at(-1)?.id;
    expect((await refused(`mutation { revert(revision: "${added}", reason: "x") { id } }`, {})).code).toBe(
      "REVERT_CONFLICT",
    );
    expect(
      (await app.gql('mutation { revert(revision: "rev-999999", reason: "x") { id } }', {}, editor)).json.errors?.[0]
        ?.extensions?.code,
    ).toBe("NOT_FOUND");
  });

  it("updates only an organisation through updateOrganisation, and answers NOTHING_CHANGED for a no-op", async () => {
    const service = await refused(
      `mutation { updateOrganisation(id: "health-visiting", set: { name: "x" }, cite: [{ source: "tht-partners", quote: "${partners.quote}" }], reason: "x") { id } }`,
      {},
    );
    expect(service.code).toBe("ENDPOINT_KIND");
    const uncited = await refused(
      `mutation { updateOrganisation(id: "elft", set: { kind: "NHS trust" }, cite: [], reason: "x") { id } }`,
      {},
    );
    expect(uncited.problems.map((p) => [p.field, p.code])).toEqual([["cite", "SCHEMA_INVALID"]]);
    const elft = await app.gql(
      '{ organisations(where: { id: { eq: "elft" } }) { kind citationQuotes citationSources } }',
    );
    const [org] = (
      elft.json.data as { organisations: { kind: string; citationQuotes: string[]; citationSources: string[] }[] }
    ).organisations;
    const same = await refused(
      `mutation Same($cite: [CitationInput!]!) { updateOrganisation(id: "elft", set: { kind: "${org?.kind}" }, cite: $cite, reason: "x") { id } }`,
      { cite: [{ source: org?.citationSources[0], quote: org?.citationQuotes[0] }] },
    );
    expect(same.code).toBe("NOTHING_CHANGED");
  });

  it("refuses a change set read before another editor changed its element (EDIT_CONFLICT, naming that revision), and takes one read after", async () => {
    const apply = `mutation Apply($changes: [ChangeInput!]!, $readAt: Int, $reason: String!) {
      applyChanges(changes: $changes, reason: $reason, readAt: $readAt) { id number }
    }`;
    const preview = `mutation Preview($changes: [ChangeInput!]!, $readAt: Int) {
      previewChanges(changes: $changes, reason: "look", readAt: $readAt) { changes { id } }
    }`;
    const aliases = (names: string[]) => [
      { updateNode: { id: "gp-care-group", set: { aliases: names }, cite: [formed] } },
    ];
    const readAt = await revision();
    const bob = { authorization: `Bearer ${await signEditorToken(auth, { subject: "bob" })}` };
    // Bob reads at readAt and writes first; Alice, who read at the same revision, then tries hers.
    const first = await app.gql(apply, { changes: aliases(["GPCG"]), readAt, reason: "bob's alias" }, bob);
    expect(first.json.errors).toBeUndefined();
    const bobs = (first.json.data as { applyChanges: { id: string } }).applyChanges.id;
    for (const query of [apply, preview]) {
      const second = await refused(query, { changes: aliases(["Care Group"]), readAt, reason: "alice's alias" });
      expect(second.code).toBe("EDIT_CONFLICT");
    }
    const answer = await app.gql(apply, { changes: aliases(["Care Group"]), readAt, reason: "x" }, editor);
    expect(answer.json.errors?.[0]?.extensions?.revisions).toEqual([
      { id: bobs, author: "bob", reason: "bob's alias", elements: "gp-care-group" },
    ]);
    // An element nobody else changed is no conflict; nor is the same change read after Bob's.
    const other = await app.gql(
      apply,
      {
        changes: [{ updateNode: { id: "elft", set: { aliases: ["East London NHS FT"] }, cite: [partners] } }],
        readAt,
        reason: "unrelated",
      },
      editor,
    );
    expect(other.json.errors).toBeUndefined();
    const after = await app.gql(
      apply,
      { changes: aliases(["Care Group"]), readAt: await revision(), reason: "alice's alias" },
      editor,
    );
    expect(after.json.errors).toBeUndefined();
    const bad = await refused(apply, { changes: aliases(["X"]), readAt: -1, reason: "x" });
    expect(bad.code).toBe("BAD_USER_INPUT");
  });

  it("lists revisions newest first, a page at a time, with totals", async () => {
    const first = await app.gql("{ revisions(first: 2) { totalCount hasNextPage endCursor revisions { number } } }");
    const page = (
      first.json.data as {
        revisions: { totalCount: number; hasNextPage: boolean; endCursor: string; revisions: { number: number }[] };
      }
    ).revisions;
    expect(page.revisions).toHaveLength(2);
    expect(page.revisions[0]?.number).toBeGreaterThan(page.revisions[1]?.number ?? 0);
    expect(page.hasNextPage).toBe(true);
    const next = await app.gql(`{ revisions(first: 2, after: "${page.endCursor}") { revisions { number } } }`);
    const numbers = (next.json.data as { revisions: { revisions: { number: number }[] } }).revisions.revisions.map(
      (r) => r.number,
    );
    expect(Math.max(...numbers)).toBeLessThan(page.revisions[1]?.number ?? 0);
    const since = await app.gql(`{ revisions(since: ${page.revisions[1]?.number}) { totalCount } }`);
    expect(since.json.data).toEqual({ revisions: { totalCount: 1 } });
  });

  it("keeps knownFrom as the loader computes it over the whole graph, after every live write", async () => {
    // An event that dates an undated relationship, and its party: days flow along the structure.
    const answer = await app.gql(
      applyChanges,
      {
        changes: [
          {
            addNode: {
              type: "Event",
              node: {
                id: "test-event",
                name: "A test event",
                kind: "test",
                validFrom: { day: "2019-05-01" },
                cite: [partners],
              },
            },
          },
          {
            addNode: {
              type: "Organisation",
              node: { id: "test-founded", name: "Founded", kind: "test", cite: [partners] },
            },
          },
          { addRelationship: { type: "ESTABLISHED", from: "test-event", to: "test-founded", cite: [partners] } },
        ],
      },
      editor,
    );
    expect(answer.json.errors).toBeUndefined();
    const live = await readLiveGraph(app.driver, database);
    const known = knownFromDays(live);
    const { records } = await app.driver.executeQuery(
      `MATCH (n:Entity) RETURN n.id AS id, toString(n.knownFrom) AS day
       UNION ALL MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id, toString(r.knownFrom) AS day`,
      {},
      { database },
    );
    const stored = new Map(records.map((r) => [r.get("id") as string, (r.get("day") as string | null) ?? null]));
    const expected = new Map([
      ...live.nodes.map((n) => [n.id, known.node(n.id)] as const),
      ...live.relationships.map((r) => [r.id, known.relationship(r.id)] as const),
    ]);
    expect(stored).toEqual(expected);
    expect(stored.get("ESTABLISHED:test-event->test-founded")).toBe("2019-05-01");
    expect(stored.get("test-founded")).toBe("2019-05-01");
  });

  it("answers the loader's code for the same record: one set of rules", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tht-writes-"));
    try {
      cpSync(defaultSeedDirs.data, dir, { recursive: true });
      const file = join(dir, "relationships.yaml");
      writeFileSync(
        file,
        `${readFileSync(file, "utf8")}  - type: WORKS_WITH\n    from: gp-care-group\n    to: elft\n    validFrom: 2010-01-01\n    cite: ["The Tower Hamlets GP Care Group was formed in late 2013"]\n  - type: PART_OF\n    from: tower-hamlets\n    to: bethnal-green\n    cite: ["${partners.quote}"]\n`,
      );
      let codes: string[] = [];
      try {
        readSeed({ data: dir, sources: defaultSeedDirs.sources });
      } catch (error) {
        codes = (error as SeedError).problems.map((p) => `${p.field}:${p.code}`);
      }
      expect(codes).toEqual(["validFrom:DATE_OUTSIDE_ENDPOINT", "to:CYCLE"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
