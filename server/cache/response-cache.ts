// Answers kept in memory under (graph version, request): bounded in bytes (CACHE_MAX_MB), least
// recently used first out (lru-cache, whose `maxSize` and `sizeCalculation` count what each entry
// holds). Only the current version's answers are kept: when the version moves, the older ones are
// let go at once, since no request will ask for them again. Misses of one key at once are one
// computation: the others wait for its answer (a first visit during the warm-up, a crowd after a
// write).
import { LRUCache } from "lru-cache";

/** An answer as it is sent: status, body and the headers that describe the body. */
export interface CachedAnswer {
  status: number;
  /** Apollo's headers for it (content type, vary), lower-case names. */
  headers: [string, string][];
  body: string;
  /** The operation it answers, named as the request's log line names it. */
  operation?: string | undefined;
}

export interface CacheStats {
  hits: number;
  /** Conditional GETs answered 304 (counted among the hits too). */
  revalidated: number;
  misses: number;
  /** Requests the cache did not consider: with a token, mutations, not a known query. */
  bypasses: number;
  /** Misses that waited for a computation already under way. */
  joined: number;
  /** Answers not kept: an error, or larger than the whole cache. */
  refused: number;
  entries: number;
  bytes: number;
  maxBytes: number;
  /** Time spent computing the answers that missed, in total (ms). */
  missMs: number;
}

export interface ResponseCache {
  readonly enabled: boolean;
  /** The answer kept for `key` under `version` (a hit), or undefined. */
  peek(version: string, key: string): CachedAnswer | undefined;
  /**
   * The answer for `key` under `version`, computed by `compute` once for all who ask at once, and
   * kept if it says so. `kept`: whether the answer is the version's for that key (kept, or would
   * have been kept but for its size).
   */
  answer(
    version: string,
    key: string,
    compute: () => Promise<{ answer: CachedAnswer; keep: boolean }>,
  ): Promise<{ answer: CachedAnswer; outcome: "miss" | "joined"; kept: boolean }>;
  /** Counts a request the cache did not consider. */
  bypass(): void;
  /** Counts a conditional GET answered 304. */
  revalidated(): void;
  /** Forgets every answer not kept under `version`. */
  moveTo(version: string): void;
  stats(): CacheStats;
}

/** What an entry costs: its body (UTF-16 in memory, 2 bytes per code unit), its key and a bound for the rest. */
const entryBytes = (answer: CachedAnswer, key: string) =>
  2 *
    (answer.body.length + key.length + answer.headers.reduce((n, [name, value]) => n + name.length + value.length, 0)) +
  200;

export function createResponseCache(maxBytes: number): ResponseCache {
  const enabled = maxBytes > 0;
  // lru-cache wants a positive bound even when it will not be used.
  const entries = new LRUCache<string, CachedAnswer>({
    maxSize: Math.max(1, maxBytes),
    sizeCalculation: entryBytes,
  });
  const computing = new Map<string, Promise<{ answer: CachedAnswer; keep: boolean }>>();
  let version = "";
  const counts = { hits: 0, revalidated: 0, misses: 0, bypasses: 0, joined: 0, refused: 0, missMs: 0 };

  const moveTo = (next: string) => {
    if (next === version) return;
    version = next;
    entries.clear();
  };

  return {
    enabled,
    peek(at, key) {
      if (!enabled || at !== version) return undefined;
      const kept = entries.get(`${at}\n${key}`);
      if (kept) counts.hits += 1;
      return kept;
    },
    async answer(at, key, compute) {
      // A request that read the version before it moved (the clock's listener moves the cache)
      // is answered afresh, and its answer is not kept: it belongs to a version already gone.
      if (version === "") version = at;
      if (!enabled || at !== version) {
        counts.misses += 1;
        const result = await compute();
        return { answer: result.answer, outcome: "miss", kept: false };
      }
      const full = `${at}\n${key}`;
      const under = computing.get(full);
      if (under) {
        counts.joined += 1;
        const result = await under;
        return { answer: result.answer, outcome: "joined", kept: result.keep };
      }
      counts.misses += 1;
      const started = performance.now();
      const computation = compute();
      computing.set(full, computation);
      try {
        const result = await computation;
        counts.missMs += performance.now() - started;
        // Kept only if the version has not moved meanwhile: an answer begun before a write may
        // have read the graph after it, or before, and belongs to no version for certain.
        const current = result.keep && version === at;
        if (current && entryBytes(result.answer, full) <= maxBytes) entries.set(full, result.answer);
        else counts.refused += 1;
        return { answer: result.answer, outcome: "miss", kept: current };
      } finally {
        computing.delete(full);
      }
    },
    bypass() {
      counts.bypasses += 1;
    },
    revalidated() {
      counts.hits += 1;
      counts.revalidated += 1;
    },
    moveTo,
    stats: () => ({
      ...counts,
      missMs: Math.round(counts.missMs),
      entries: entries.size,
      bytes: entries.calculatedSize,
      maxBytes,
    }),
  };
}
