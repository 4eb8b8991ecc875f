// Seed files and live edits reconcile, never silently: a dry run writes nothing, a load that would
// undo a live edit or keep a record gone from the files stops unless told how, and
// `npm run seed:export` writes the live graph back to the files so that both round-trip exactly.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ThtError } from "../../core/errors/tht-error.js";
import { writeSeedFiles } from "../../seed/export/write-seed-files.js";
import { loadSeed } from "../../seed/live/load-seed.js";
import { readLiveGraph } from "../../seed/live/read-live-graph.js";
import { contentKey } from "../../seed/plan/record-content.js";
import { readSeed } from "../../seed/read-seed.js";
import { defaultSeedDirs } from "../../seed/seed-dirs.js";
import type { SeedGraph } from "../../seed/seed-graph.js";
import { writeSeed } from "../../seed/write/write-seed.js";
import { signEditorToken } from "../../server/auth/sign-editor-token.js";
import { graphContent } from "../support/graph-fingerprint.js";
import { type RunningApp, startApp } from "../support/start-app.js";
import { testNeo4j } from "../support/test-neo4j.js";

const run = promisify(execFile);
const root = join(import.meta.dirname, "..", "..");
const secret = "reconcile-test-secret-reconcile-test";
const auth = { secret, jwksUrl: undefined, audience: "tht-graph", issuer: "tht-graph" };
const partners = {
  source: "tht-partners",
  quote: "Tower Hamlets Together is made up of a number of different partners",
};

/** Every record's content, in a stable order: two graphs with equal digests hold the same records. */
function recordsOf(graph: SeedGraph): string[] {
  return [...graph.sources, ...graph.nodes, ...graph.relationships, ...graph.figures].map((r) => contentKey(r)).sort();
}

function copySeed(): { data: string; sources: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "tht-reconcile-"));
  cpSync(defaultSeedDirs.data, join(dir, "data"), { recursive: true });
  cpSync(defaultSeedDirs.sources, join(dir, "sources"), { recursive: true });
  return { dir, data: join(dir, "data"), sources: join(dir, "sources") };
}

describe("seed files and live edits", () => {
  let app: RunningApp;
  let editor: Record<string, string>;
  const neo = testNeo4j();
  const { database } = neo;
  const content = () => graphContent(app.driver, database);
  const files = () => readSeed();

  beforeAll(async () => {
    app = await startApp({ JWT_SECRET: secret });
    await writeSeed(app.driver, readSeed(), { database, reset: true });
    editor = { authorization: `Bearer ${await signEditorToken(auth, { subject: "alice" })}` };
  });
  afterAll(async () => {
    await writeSeed(app.driver, readSeed(), { database, reset: true });
    await app?.close();
  });

  it("exports an unedited graph to the files without changing a byte", async () => {
    const copy = copySeed();
    try {
      const result = writeSeedFiles(await readLiveGraph(app.driver, database), copy);
      expect(result.written).toEqual([]);
      for (const name of readdirSync(defaultSeedDirs.data))
        expect(readFileSync(join(copy.data, name), "utf8")).toBe(
          readFileSync(join(defaultSeedDirs.data, name), "utf8"),
        );
    } finally {
      rmSync(copy.dir, { recursive: true, force: true });
    }
  });

  it("loads nothing when the files and the graph agree, and records no revision", async () => {
    const result = await loadSeed(app.driver, files(), { database, settle: "stop" });
    expect(result.changes).toEqual([]);
    expect(result.revision).toBeNull();
  });

  it("stops a load that would undo a live edit, lists it, and writes nothing; a dry run says the same", async () => {
    const renamed = await app.gql(
      `mutation { updateOrganisation(id: "barts-health", set: { name: "Barts Health NHS Trust (renamed)" },
         cite: [{ source: "tht-partners", quote: "Barts Health is the largest NHS Trust in the country" }], reason: "new name") { id } }`,
      {},
      editor,
    );
    expect(renamed.json.errors).toBeUndefined();
    const added = await app.gql(
      `mutation($i: NodeInput!) { addOrganisation(input: $i, reason: "the council") { id } }`,
      { i: { id: "lbth", name: "London Borough of Tower Hamlets", kind: "local authority", cite: [partners] } },
      editor,
    );
    expect(added.json.errors).toBeUndefined();
    const before = await content();

    const dry = await loadSeed(app.driver, files(), { database, settle: "stop", dryRun: true });
    expect(dry.conflicts.map((c) => [c.kind, c.id, c.edit?.author])).toEqual([
      ["edited-live", "barts-health", "alice"],
      ["added-live", "lbth", "alice"],
    ]);
    expect(await content()).toBe(before);

    const error = await loadSeed(app.driver, files(), { database, settle: "stop" }).catch((e: ThtError) => e);
    expect((error as ThtError).code).toBe("SEED_CONFLICT");
    expect((error as ThtError).message).toContain("barts-health: changed live");
    expect(await content()).toBe(before);
  });

  it("keeps live edits with --keep-live, and writes them to the files with seed:export", async () => {
    const before = await content();
    const kept = await loadSeed(app.driver, files(), { database, settle: "keep-live" });
    expect(kept.changes).toEqual([]);
    expect(await content()).toBe(before);

    const copy = copySeed();
    try {
      const live = await readLiveGraph(app.driver, database);
      const result = writeSeedFiles(live, copy);
      expect(result.written.map((f) => f.slice(copy.data.length + 1)).sort()).toEqual(["organisations.yaml"]);
      expect(recordsOf(readSeed(copy))).toEqual(recordsOf(live));
      // The files now hold the edits: a load from them changes nothing and finds no conflict.
      const again = await loadSeed(app.driver, readSeed(copy), { database, settle: "stop", dryRun: true });
      expect([again.changes, again.conflicts]).toEqual([[], []]);
    } finally {
      rmSync(copy.dir, { recursive: true, force: true });
    }
  });

  it("stops on a record removed from the files; --files-win makes the graph the files, as one revision", async () => {
    const shipped = files();
    const gone = shipped.relationships.find((r) => r.type === "PART_OF");
    const fewer: SeedGraph = { ...shipped, relationships: shipped.relationships.filter((r) => r !== gone) };
    const dry = await loadSeed(app.driver, fewer, { database, settle: "stop", dryRun: true });
    expect(dry.conflicts.map((c) => [c.kind, c.id])).toContainEqual(["removed-from-files", gone?.id]);

    const won = await loadSeed(app.driver, fewer, { database, settle: "files-win" });
    expect(won.changes.map((c) => [c.action, c.id]).sort()).toEqual(
      [
        ["retracted", gone?.id],
        ["retracted", "lbth"],
        ["updated", "barts-health"],
      ].sort(),
    );
    expect(recordsOf(await readLiveGraph(app.driver, database))).toEqual(recordsOf(fewer));
    const revisions = await app.gql(`{ history(id: "barts-health") { id origin author changes { action } } }`);
    const latest = (revisions.json.data as { history: { id: string; origin: string; author: string }[] }).history[0];
    expect(latest).toMatchObject({ id: won.revision, origin: "SEED", author: "seed" });
    // And back: the shipped files restore the relationship, as the next revision.
    const restored = await loadSeed(app.driver, shipped, { database, settle: "stop" });
    expect(restored.changes.map((c) => [c.action, c.id])).toEqual([["added", gone?.id]]);
  });

  it("runs as `npm run seed -- --dry-run` against a running graph, writing nothing", async () => {
    const edited = await app.gql(
      `mutation { updateOrganisation(id: "elft", set: { aliases: ["East London Foundation Trust"] },
         cite: [{ source: "tht-partners", quote: "ELFT provides a wide range of community and inpatient services" }], reason: "alias") { id } }`,
      {},
      editor,
    );
    expect(edited.json.errors).toBeUndefined();
    const before = await content();
    const env = { ...process.env, NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password };
    const { stdout, stderr } = await run("npx", ["tsx", "seed/cli.ts", "--dry-run"], { cwd: root, env });
    expect(stdout).toContain("~ node elft: aliases");
    expect(stdout).toContain("node elft: changed live");
    expect(stderr).toContain("dry run: nothing was written");
    expect(await content()).toBe(before);
    const refused = await run("npx", ["tsx", "seed/cli.ts"], { cwd: root, env }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect((refused as { code: number }).code).toBe(1);
    expect((refused as { stderr: string }).stderr).toContain("[SEED_CONFLICT]");
    expect(await content()).toBe(before);
  });
});
