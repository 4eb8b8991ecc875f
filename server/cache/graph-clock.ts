// Which graph this instance is answering for: its version (revision number and seed checksum,
// seed/change/history.ts `graphVersion`) and the day (answers "as of today" change at midnight),
// kept in memory so that a cached answer or a 304 costs no database read. It learns of a new
// version three ways:
//  - a write through this instance reads it again before the write is acknowledged (`refresh`),
//    so the instance that wrote never serves an answer from before its write;
//  - every `pollMs` (CACHE_REVISION_POLL_MS, at most 1 s) one cheap read notices the writes of the
//    other instances on the same Neo4j, and of `npm run seed`;
//  - at midnight (UTC), the day in the version moves on.
// Listeners hear each change once: the response cache lets go of older answers, the warm-up asks
// the page's first questions again.
import { today } from "../graph/time-of.js";

export interface GraphClock {
  /** The version answers are kept under now: `[<build>/]<revision>.<seed checksum>@<day>[+<local writes>]`. */
  current(): string;
  /**
   * Reads the graph's version now. `wrote`: this instance has just written; if the read cannot
   * show it yet (a cluster's follower behind), the version moves on anyway.
   */
  refresh(options?: { wrote?: boolean }): Promise<string>;
  /** This instance has written but cannot read the version (Neo4j gone meanwhile): move on anyway. */
  noteWrite(): string;
  /** Called with the new version whenever it changes. */
  onChange(listener: (version: string) => void): void;
  /** Reads the version once and starts polling. */
  start(): Promise<void>;
  stop(): void;
}

export interface GraphClockOptions {
  /** The graph's version in Neo4j (seed/change/history.ts `graphVersion`). */
  read: () => Promise<string>;
  pollMs: number;
  /** Called when a poll's read fails (Neo4j down): the last version stands meanwhile. */
  onError?: (error: unknown) => void;
  /** The day, YYYY-MM-DD (tests set it). */
  day?: () => string;
  /** What answers are made by: the release (package.json's version), so a new one is a new version. */
  build?: string;
}

export function createGraphClock({ read, pollMs, onError, day = today, build = "" }: GraphClockOptions): GraphClock {
  let graph = "unread";
  let writes = 0;
  let version = "";
  const listeners: ((version: string) => void)[] = [];
  let timer: ReturnType<typeof setInterval> | undefined;

  const compose = () => `${build}${build ? "/" : ""}${graph}@${day()}${writes > 0 ? `+${writes}` : ""}`;
  const settle = () => {
    const next = compose();
    if (next === version) return version;
    version = next;
    for (const listener of listeners) listener(version);
    return version;
  };

  // Reads are applied in the order they began: a read begun later saw every commit an earlier one
  // saw, so an earlier read answering late (a poll begun before a write, answering after the
  // write's own read) must not take the version back.
  let begun = 0;
  let applied = 0;
  const refresh = async ({ wrote = false }: { wrote?: boolean } = {}) => {
    const ticket = ++begun;
    const read_ = await read();
    if (ticket < applied) return settle();
    applied = ticket;
    if (read_ !== graph) {
      graph = read_;
      writes = 0;
    } else if (wrote) writes += 1;
    return settle();
  };

  return {
    current: () => (version === "" ? compose() : settle()),
    refresh,
    noteWrite() {
      writes += 1;
      return settle();
    },
    onChange: (listener) => {
      listeners.push(listener);
    },
    async start() {
      // Neo4j not answering yet: the version stays unread until a poll reads it.
      await refresh().catch((error: unknown) => onError?.(error));
      timer ??= setInterval(() => {
        refresh().catch((error: unknown) => onError?.(error));
      }, pollMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
