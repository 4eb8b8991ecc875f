// Mapping many rows gives the event loop turns between slices, and keeps every row in order.
import { describe, expect, it } from "vitest";
import { mapInTurns, sliceRows } from "../../server/graph/in-turns.js";

describe("mapInTurns", () => {
  it("maps every row in order, letting other work run between slices", async () => {
    const rows = Array.from({ length: sliceRows * 4 + 7 }, (_, i) => i);
    // Other work: a callback that runs once every turn of the event loop.
    let turns = 0;
    let running = true;
    const other = () => {
      if (!running) return;
      turns++;
      setImmediate(other);
    };
    setImmediate(other);
    const mapped = await mapInTurns(rows, (i) => i * 2);
    running = false;
    expect(mapped).toEqual(rows.map((i) => i * 2));
    // Four slice boundaries, a turn at each: a plain map would give none.
    expect(turns).toBeGreaterThan(0);
  });

  it("maps a short list at once", async () => {
    expect(await mapInTurns(["a", "b"], (s) => s.toUpperCase())).toEqual(["A", "B"]);
  });
});
