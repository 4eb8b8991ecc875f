// The shipped stories against the shipped seed: ids, dates and quotes; and the reader's checks.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkStories } from "../../seed/check/check-stories.js";
import { readStories } from "../../seed/read/read-stories.js";
import { SeedError } from "../../seed/read/seed-files.js";
import { readSeed } from "../../seed/read-seed.js";

describe("stories", () => {
  const stories = readStories();
  const seed = readSeed();

  it("ships the Tower Hamlets Together story", () => {
    const story = stories.find((s) => s.id === "tower-hamlets-together");
    expect(story?.steps.map((s) => s.title)).toEqual([
      "A number of different partners",
      "The Alliance and its lead manager",
      "Late 2013: the GP Care Group is formed",
      "1 April 2016: the TUPE transfer",
      "1 July 2022: NHS NEL replaces the Clinical Commissioning Group",
      "Commissioning across north east London",
    ]);
  });

  it("highlights only ids of the seed that hold on each step's date, and cites only quotes of its source", () => {
    expect(checkStories(stories, seed)).toEqual([]);
  });

  it("reports unknown ids, elements not valid on the date and quotes not in the source", () => {
    const [story] = stories;
    if (!story) throw new Error("no story");
    const broken = {
      ...story,
      steps: [
        {
          ...story.steps[0],
          title: "broken",
          caption: "broken",
          date: "2021-01-01",
          highlight: { nodes: ["nhs-north-east-london", "no-such-node"], edges: ["PARTNER_IN:nobody->tht"] },
          view: { focus: "elft", zoom: null },
          cite: ["a sentence the source never wrote"],
        },
      ],
    };
    const problems = checkStories([broken], seed).map((p) => `${p.field}: ${p.message}`);
    expect(problems).toEqual([
      'steps[0].highlight.nodes[0]: "nhs-north-east-london" does not hold on 2021-01-01',
      'steps[0].highlight.nodes[1]: no node "no-such-node"',
      'steps[0].highlight.edges[0]: no relationship "PARTNER_IN:nobody->tht"',
      'steps[0].view.focus: "elft" is not among the highlighted nodes',
      'steps[0].cite[0]: quote is not in tower-hamlets-together-partners.txt: "a sentence the source never wrote"',
    ]);
  });

  it("rejects a malformed story file with its file, line and field", () => {
    const dir = mkdtempSync(join(tmpdir(), "tht-graph-stories-"));
    writeFileSync(
      join(dir, "bad.yaml"),
      "title: Bad\ndescription: x\nsource: tht-partners\nsteps:\n  - title: One\n    caption: x\n    date: 2021-02-30\n    highlight: {}\n    cite: [x]\n",
    );
    try {
      readStories(dir);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SeedError);
      expect((error as SeedError).problems).toEqual([
        expect.objectContaining({ file: "bad.yaml", line: 7, field: "steps[0].date" }),
      ]);
    }
  });

  it("points a story's problems across records at the field's own line", () => {
    const dir = mkdtempSync(join(tmpdir(), "tht-graph-stories-"));
    writeFileSync(
      join(dir, "lines.yaml"),
      'title: Lines\ndescription: x\nsource: tht-partners\nsteps:\n  - title: One\n    caption: x\n    date: 2021-02-01\n    highlight:\n      nodes:\n        - elft\n        - no-such-node\n    cite: ["ELFT provides a wide range of community and inpatient services"]\n',
    );
    try {
      const problems = checkStories(readStories(dir), seed);
      expect(problems.map((p) => [p.line, p.field])).toEqual([
        [11, "steps[0].highlight.nodes[1]"],
        [5, "steps[0].title"],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
