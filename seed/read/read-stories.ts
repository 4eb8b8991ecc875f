// Presenter-mode stories (seed/stories/*.yaml): read and checked for shape here; checked against
// the seed graph (ids, quotes, dates) by check/check-stories.ts. The file name is the story's id.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { ErrorCode } from "../../core/errors/error-code.js";
import type { Story } from "../../core/story.js";
import { nearest } from "../../core/text/field-path.js";
import { defaultStoriesDir } from "../seed-dirs.js";
import { emptyFile, readYaml, validateAt } from "./parse-yaml.js";
import { SeedError, type SeedProblem } from "./seed-files.js";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD, or all")
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "is not a real calendar date");

export const storyStep = z.strictObject({
  title: z.string().min(1),
  caption: z.string().min(1),
  /** The view's date; `all` for everything ever valid. */
  date: z.union([z.literal("all").transform(() => null), day]),
  highlight: z.strictObject({
    nodes: z.array(z.string().min(1)).default([]),
    edges: z.array(z.string().min(1)).default([]),
  }),
  view: z
    .strictObject({ focus: z.string().min(1).optional(), zoom: z.number().min(0.1).max(4).optional() })
    .default({})
    .transform((v) => ({ focus: v.focus ?? null, zoom: v.zoom ?? null })),
  /** Quotes from the story's source that say what the caption says. */
  cite: z.array(z.string().min(1)).min(1, "every caption cites at least one quote"),
});

export const storyFile = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  source: z.string().min(1),
  steps: z.array(storyStep).min(1, "a story has at least one step"),
});

export const storyId = /^[a-z0-9][a-z0-9-]*$/;

/** Where each story's fields are in its file, for the checks across records to point at. */
const fieldLines = new WeakMap<Story, Readonly<Record<string, number>>>();

/** The line of a story's field (`steps[2].highlight[0]`), or of the nearest enclosing field; 1 when unknown. */
export function storyLine(story: Story, field: string): number {
  return nearest(fieldLines.get(story), field) ?? 1;
}

/** Every story in `dir`, in name order; a SeedError lists every problem in every file. */
export function readStories(dir: string = defaultStoriesDir): Story[] {
  const problems: SeedProblem[] = [];
  const stories: Story[] = [];
  const names = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(".yaml")) : [];
  for (const name of names.sort()) {
    const id = name.slice(0, -".yaml".length);
    if (!storyId.test(id)) {
      problems.push({
        file: name,
        line: 0,
        field: "(file)",
        code: ErrorCode.UnknownFile,
        message: "story file names are lower-case-with-hyphens.yaml",
      });
      continue;
    }
    const yaml = readYaml(join(dir, name), problems);
    if (!yaml) continue;
    if (yaml.value === null || yaml.value === undefined) {
      problems.push(emptyFile(yaml.file));
      continue;
    }
    const parsed = validateAt(yaml, storyFile, yaml.value, [], problems);
    if (!parsed) continue;
    const story = { id, ...parsed };
    // A story nests deeper than a record: steps[0].highlight.nodes[1] is five keys down.
    fieldLines.set(story, yaml.fieldLines([], 6));
    stories.push(story);
  }
  if (problems.length > 0) throw new SeedError(problems);
  return stories;
}
