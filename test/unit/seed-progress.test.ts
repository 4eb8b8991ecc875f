// The loaders' progress off a terminal (a CI log, a file, a pipe): lines with percent, rate and
// ETA on a schedule while the step runs, and a last one when it ends; on a terminal, one bar.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createProgress, duration } from "../../seed/progress.js";

/** A stream that keeps what is written to it, a terminal or not. */
function capture(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    }),
    { isTTY, columns: 120 },
  );
  return { stream, text: () => chunks.join("") };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const line =
  /^tht-graph seed: loading (\d+)% \(([\d,]+) of ([\d,]+) rows\), ([\d,]+) rows\/s, ETA (unknown|[\d a-z]+), ([\d a-z]+) so far$/;

describe("load progress in logs", () => {
  it("reads durations as a log does", () => {
    expect([duration(0.4), duration(59.6), duration(200), duration(3_900)]).toEqual([
      "0 s",
      "1 min 00 s",
      "3 min 20 s",
      "1 h 05 min",
    ]);
  });

  it("writes a line on its schedule while the load runs, and the last state when it stops", async () => {
    const { stream, text } = capture(false);
    const progress = createProgress({
      label: "loading",
      unit: "rows",
      stream,
      everyMs: 30,
      prefix: "tht-graph seed: ",
    });
    progress.update(0, 12_000);
    await wait(40);
    progress.update(3_000, 12_000);
    await wait(80);
    progress.update(9_000, 12_000);
    await wait(80);
    progress.update(12_000, 12_000);
    progress.stop();
    const lines = text().split("\n");
    expect(lines.at(-1)).toBe("");
    const parsed = lines.slice(0, -1).map((l) => {
      const match = line.exec(l);
      expect(match, `a progress line: ${JSON.stringify(l)}`).not.toBeNull();
      return match as RegExpExecArray;
    });
    const percents = parsed.map((m) => Number(m[1]));
    // Some lines while it ran, in order, no blank lines, and the end said once at 100%.
    expect(percents.length).toBeGreaterThanOrEqual(4);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents).toContain(25);
    expect(percents).toContain(75);
    expect(percents.filter((p) => p === 100)).toHaveLength(1);
    const last = parsed.at(-1) as RegExpExecArray;
    expect([last[2], last[3]]).toEqual(["12,000", "12,000"]);
    // The rate is rows per second since the start: 12,000 rows in about 0.2 s.
    expect(Number(last[4]?.replaceAll(",", ""))).toBeGreaterThan(1_000);
    expect(last[5]).toBe("0 s");
    expect(parsed[0]?.[5]).toBe("unknown");
  });

  it("says nothing for a step that never began, and stopping twice writes once", () => {
    const { stream, text } = capture(false);
    const progress = createProgress({ label: "loading", unit: "rows", stream, everyMs: 30 });
    progress.stop();
    expect(text()).toBe("");
    progress.update(5, 10);
    progress.stop();
    progress.stop();
    expect(text().split("\n").filter(Boolean)).toHaveLength(2);
  });

  it("draws one bar in place on a terminal, without a line per update", () => {
    const { stream, text } = capture(true);
    const progress = createProgress({ label: "loading", unit: "rows", stream });
    for (let done = 0; done <= 1_000; done += 100) progress.update(done, 1_000);
    progress.stop();
    expect(text()).toContain("loading [");
    expect(text()).toContain("1,000/1,000 rows");
    expect(
      text()
        .split("\n")
        .filter((l) => l.trim() !== ""),
    ).toHaveLength(1);
  });
});
