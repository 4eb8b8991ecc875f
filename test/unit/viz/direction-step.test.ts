// The arrow keys' step between nodes: the nearest node the arrow points at, never one behind.
import { describe, expect, it } from "vitest";
import { directionOf, stepToward } from "../../../viz/src/model/direction-step.js";

const at = { id: "here", x: 0, y: 0 };
const around = [
  { id: "east", x: 100, y: 0 },
  { id: "far-east", x: 300, y: 10 },
  { id: "north-east", x: 80, y: -70 },
  { id: "south", x: 0, y: 120 },
  { id: "west", x: -50, y: 5 },
];

describe("stepToward", () => {
  it("moves to the nearest node the arrow points at (screen y grows downwards)", () => {
    expect(stepToward(at, around, "right")).toBe("east");
    expect(stepToward(at, around, "down")).toBe("south");
    expect(stepToward(at, around, "left")).toBe("west");
    expect(stepToward(at, around, "up")).toBe("north-east");
  });

  it("answers null when nothing lies that way, and never the node itself", () => {
    expect(stepToward(at, [{ id: "east", x: 100, y: 0 }], "left")).toBeNull();
    expect(stepToward(at, [at], "right")).toBeNull();
    expect(stepToward(at, [], "up")).toBeNull();
  });

  it("prefers straight on to a nearer node far off the line", () => {
    expect(
      stepToward(
        at,
        [
          { id: "ahead", x: 100, y: 0 },
          { id: "aside", x: 60, y: 55 },
        ],
        "right",
      ),
    ).toBe("ahead");
  });
});

describe("directionOf", () => {
  it("reads the four arrow keys and nothing else", () => {
    expect(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Enter", "a"].map(directionOf)).toEqual([
      "left",
      "right",
      "up",
      "down",
      null,
      null,
    ]);
  });
});
