// Betweenness off the request path: computed in a worker thread (betweenness-worker.mjs), one at a
// time (two cores: a second would only slow the first), each given a deadline after which the
// worker is terminated and the request answered COMPUTATION_TIMEOUT. Answers are kept per graph
// revision and request, so the same question is computed once until the graph changes, and
// identical questions in flight share one computation.
import { Worker } from "node:worker_threads";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";

export interface Scores {
  degree: number[];
  betweenness: number[];
}

const workerFile = new URL("./betweenness-worker.mjs", import.meta.url);

function compute(keys: string[], edges: [string, string][], deadlineMs: number): Promise<Scores> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile);
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(
        new ThtError(
          ErrorCode.ComputationTimeout,
          `centrality over ${keys.length} nodes and ${edges.length} relationships did not finish within ${(deadlineMs / 1000).toFixed(0)} s; narrow it (asOf, nodeTypes, certainOnly) or ask again later`,
          { details: { nodes: keys.length, relationships: edges.length } },
        ),
      );
    }, deadlineMs);
    worker.once("message", (scores: Scores) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(scores);
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.postMessage({ keys, edges });
  });
}

export class BetweennessRunner {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly answers = new Map<string, Promise<Scores>>();

  constructor(
    private readonly deadlineMs: number,
    /** Answers kept at most (the oldest goes first). */
    private readonly keep = 32,
  ) {}

  /** Scores for the network under `key` (its revision and arguments), computed once per key. */
  scores(key: string, keys: string[], edges: [string, string][]): Promise<Scores> {
    const known = this.answers.get(key);
    if (known) return known;
    const run = this.queue.then(() => compute(keys, edges, this.deadlineMs));
    this.queue = run.catch(() => {});
    this.answers.set(key, run);
    // A failure is not an answer: the next request computes again.
    run.catch(() => this.answers.delete(key));
    while (this.answers.size > this.keep) this.answers.delete(this.answers.keys().next().value as string);
    return run;
  }
}
