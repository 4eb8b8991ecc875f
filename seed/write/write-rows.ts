// Every record of a seed graph written with the loader's statements, in three phases: sources, then
// nodes, then relationships and figures (which need the nodes' element ids, returned by the nodes').
import { nodeLabels, relationshipTypes } from "../../core/vocabulary.js";
import { knownFromDays } from "../plan/known-from.js";
import { figureRow, nodeRow, relationshipRow, sourceRow } from "../plan/seed-rows.js";
import type { SeedGraph } from "../seed-graph.js";
import { type Job, type Run, runBatches } from "./run-batches.js";
import { mergeNodes, stageNodes, writeFigures, writeRelationships, writeSources } from "./write-cypher.js";

/** Sources, then nodes, then relationships and figures (which need the nodes' element ids). */
export async function writeRows(
  graph: SeedGraph,
  staged: boolean,
  batching: { size: number; parallel: number },
  run: Run,
  step: (n: number) => void,
) {
  const phase = (jobs: Job[]) => runBatches(jobs, batching.size, batching.parallel, run, step);
  await phase([{ query: writeSources(staged ? "StagedSource" : "Source"), items: graph.sources, toRow: sourceRow }]);
  const known = knownFromDays(graph);
  const elementIds = new Map<string, unknown>();
  const remember = (record: { get(key: string): unknown }) =>
    elementIds.set(record.get("id") as string, record.get("elementId"));
  await phase(
    nodeLabels.map((label) => ({
      query: staged ? stageNodes(label) : mergeNodes(label),
      items: graph.nodes.filter((n) => n.label === label),
      toRow: (n: SeedGraph["nodes"][number]) => {
        const { id, props } = nodeRow(n, known);
        return { id, props };
      },
      onRecord: remember,
    })),
  );
  const sourcesById = new Map(graph.sources.map((s) => [s.id, s]));
  await phase([
    ...relationshipTypes.map((type) => ({
      query: writeRelationships(type, staged),
      items: graph.relationships.filter((r) => r.type === type),
      toRow: (r: SeedGraph["relationships"][number]) => ({
        a: elementIds.get(r.from),
        b: elementIds.get(r.to),
        props: relationshipRow(r, known).props,
      }),
    })),
    {
      query: writeFigures(staged ? "StagedFigure" : "Figure"),
      items: graph.figures,
      toRow: (f: SeedGraph["figures"][number]) => ({
        s: elementIds.get(f.subject),
        props: figureRow(f, sourcesById).props,
      }),
    },
  ]);
}
