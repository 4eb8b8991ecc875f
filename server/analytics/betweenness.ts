// Betweenness off the request path: computed in a worker thread (betweenness-worker.mjs), one at a
// time (two cores: a second would only slow the first), each given a deadline after which the
// worker is terminated and the request answered COMPUTATION_TIMEOUT. Whole answers (the network
// read plus its scores) are kept per graph revision and request, so the same question reads and
// computes once until the graph changes, and identical questions in flight share one computation.
import { setImmediate as nextTurn } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { sliceRows } from "../graph/in-turns.js";

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

/** The worker's heap at most: a whole national graph (557,000 elements) fits in about 1 GB. */
export const workerHeapMb = 1_536;

/**
 * The edges as pairs of indices into `keys`, in one buffer the worker takes over (transferred, not
 * copied: half a million pairs cost the event loop nothing to send), built a slice at a time.
 */
async function asIndexPairs(keys: string[], edges: [string, string][]): Promise<Int32Array<ArrayBuffer>> {
  const index = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) index.set(keys[i] as string, i);
  const pairs = new Int32Array(edges.length * 2);
  for (let start = 0; start < edges.length; start += sliceRows) {
    if (start > 0) await nextTurn();
    const end = Math.min(edges.length, start + sliceRows);
    for (let i = start; i < end; i++) {
      const [source, target] = edges[i] as [string, string];
      pairs[2 * i] = index.get(source) ?? -1;
      pairs[2 * i + 1] = index.get(target) ?? -1;
    }
  }
  return pairs;
}

async function compute(keys: string[], edges: [string, string][], deadlineMs: number, heapMb: number): Promise<Scores> {
  const pairs = await asIndexPairs(keys, edges);
  return new Promise((resolve, reject) => {
    // A network too large for the worker's heap ends the worker, not the server.
    const worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
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
    worker.once("error", (error: Error & { code?: string }) => {
      clearTimeout(timer);
      reject(
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? new ThtError(
              ErrorCode.NetworkTooLarge,
              `centrality over ${keys.length} nodes and ${edges.length} relationships needs more than the ${heapMb} MB its computation may use; narrow it (asOf, certainOnly)`,
              { details: { nodes: keys.length, edges: edges.length } },
            )
          : error,
      );
    });
    worker.postMessage({ keys, pairs }, [pairs.buffer]);
  });
}

export class BetweennessRunner {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly answers = new Map<string, Promise<{ value: unknown; scores: Scores }>>();

  constructor(
    private readonly deadlineMs: number,
    /** Answers kept at most (the oldest goes first): each holds one network's nodes. */
    private readonly keep = 8,
    /** The computation's heap at most (MB); past it NETWORK_TOO_LARGE. */
    private readonly heapMb = workerHeapMb,
  ) {}

  /**
   * The scores of the network `load` reads, under `key` (its revision and arguments): loaded and
   * computed once per key; `load` is not called when the key is known or in flight.
   */
  answer<T>(key: string, load: () => Promise<BetweennessInput<T>>): Promise<{ value: T; scores: Scores }> {
    const known = this.answers.get(key);
    if (known) return known as Promise<{ value: T; scores: Scores }>;
    const run = load().then(({ keys, edges, value }) => {
      const scored = this.queue.then(() => compute(keys, edges, this.deadlineMs, this.heapMb));
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
