// Betweenness off the request path: computed in a worker thread (betweenness-worker.mjs), one at a
// time (two cores: a second would only slow the first), each given a deadline after which the
// worker is terminated and the request answered COMPUTATION_TIMEOUT. Whole answers (the network
// read plus its scores) are kept per graph revision and request, so the same question reads and
// computes once until the graph changes, and identical questions in flight share one computation.
import { Worker } from "node:worker_threads";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";

export interface Scores {
  degree: number[];
  betweenness: number[];
}

/** What a computation needs: the network's node keys and its edges, plus what the answer keeps. */
export interface BetweennessInput<T> {
  keys: string[];
  edges: [string, string][];
  /** Kept with the scores (the nodes the answer reports); the edges are let go once scored. */
  value: T;
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
  private readonly answers = new Map<string, Promise<{ value: unknown; scores: Scores }>>();

  constructor(
    private readonly deadlineMs: number,
    /** Answers kept at most (the oldest goes first): each holds one network's nodes. */
    private readonly keep = 8,
  ) {}

  /**
   * The scores of the network `load` reads, under `key` (its revision and arguments): loaded and
   * computed once per key; `load` is not called when the key is known or in flight.
   */
  answer<T>(key: string, load: () => Promise<BetweennessInput<T>>): Promise<{ value: T; scores: Scores }> {
    const known = this.answers.get(key);
    if (known) return known as Promise<{ value: T; scores: Scores }>;
    const run = load().then(({ keys, edges, value }) => {
      const scored = this.queue.then(() => compute(keys, edges, this.deadlineMs));
      this.queue = scored.catch(() => {});
      return scored.then((scores) => ({ value, scores }));
    });
    this.answers.set(key, run);
    // A failure is not an answer: the next request reads and computes again.
    run.catch(() => this.answers.delete(key));
    while (this.answers.size > this.keep) this.answers.delete(this.answers.keys().next().value as string);
    return run;
  }

  /** Whether `key` is answered or in flight (its asker waits for a computation, not the database). */
  knows(key: string): boolean {
    return this.answers.has(key);
  }

  /** Scores for the given network under `key`, computed once per key. */
  scores(key: string, keys: string[], edges: [string, string][]): Promise<Scores> {
    return this.answer(key, async () => ({ keys, edges, value: null })).then(({ scores }) => scores);
  }
}
