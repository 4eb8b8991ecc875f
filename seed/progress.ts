// Progress of a long step on stderr, drawn by cli-progress: a bar redrawn in place on a terminal;
// anywhere else (a CI log, `> file`, a pipe, a container's log) one line every few seconds, and one
// when the step ends, each saying the percentage done, the rate and the time left, so that a log
// shows a load is moving and when it will be done.
import { type Options, SingleBar } from "cli-progress";

export interface Progress {
  /** `done` of `total` units so far; the first call starts the display. */
  update(done: number, total: number): void;
  /** Draws the last state (a final line off a terminal) and stops. */
  stop(): void;
}

export interface ProgressOptions {
  /** What the step does, first on each line: "loading". */
  label: string;
  /** What it counts: "rows". */
  unit: string;
  /** Where lines go; stderr by default. */
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Off a terminal, a line every so many ms; 5 s by default. */
  everyMs?: number;
  /** Before each line off a terminal, as the program's other lines begin ("tht-graph synthetic: "). */
  prefix?: string;
}

/** A rate, whole units per second, grouped in thousands. */
const perSecond = (units: number, ms: number) => Math.round((units / Math.max(1, ms)) * 1000).toLocaleString("en-GB");

/** Seconds as a log reads them: "45 s", "3 min 20 s", "1 h 05 min". */
export function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")} min`;
}

export function createProgress({
  label,
  unit,
  stream = process.stderr,
  everyMs = 5_000,
  prefix = "",
}: ProgressOptions): Progress {
  const terminal = stream.isTTY === true;
  const options: Options = {
    // The rate is the mean since the start: over one batch it swings too much to read.
    format: terminal
      ? `${label} [{bar}] {percentage}% | {done}/{all} ${unit} | {rate} ${unit}/s | ETA {left}`
      : `${prefix}${label} {percentage}% ({done} of {all} ${unit}), {rate} ${unit}/s, ETA {left}, {took} so far`,
    stream: stream as NodeJS.WritableStream,
    hideCursor: terminal,
    // Off a terminal every line ends in a newline already: no blank one after the last.
    clearOnComplete: !terminal,
    noTTYOutput: true,
    notTTYSchedule: everyMs,
  };
  const bar = new SingleBar(options);
  let started: number | undefined;
  let last = { done: 0, total: 0 };
  const payload = (done: number, total: number) => {
    const ms = Date.now() - (started ?? Date.now());
    return {
      done: done.toLocaleString("en-GB"),
      all: total.toLocaleString("en-GB"),
      rate: perSecond(done, ms),
      // Time left at the mean rate so far; unknown before the first unit.
      left: done > 0 ? duration(((total - done) * ms) / done / 1000) : "unknown",
      took: duration(ms / 1000),
    };
  };
  return {
    update(done, total) {
      last = { done, total };
      if (started === undefined) {
        started = Date.now();
        bar.start(total, done, payload(done, total));
        return;
      }
      if (total !== bar.getTotal()) bar.setTotal(total);
      bar.update(done, payload(done, total));
    },
    stop() {
      if (started === undefined) return;
      bar.update(last.done, payload(last.done, last.total));
      bar.stop();
      started = undefined;
    },
  };
}
