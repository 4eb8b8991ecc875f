// How the graph moves from one drawing to the next: whether nodes go to new places (placed at once
// on the first drawing, animated after), and what the view then fits: a new story step, new paths,
// a new focus, or everything when the view opens, changes its base or leaves a focus or a story.
import type { DrawnKeys } from "./drawn-keys.js";

export interface CameraMove {
  relayout: "none" | "place" | "animate";
  fit: "story" | "paths" | "focus" | "all" | "none";
}

export interface DrawnNow {
  /** The story has the step the view asks for (a story can have none). */
  stepShown: boolean;
  /** Some element of the paths is drawn (the filters may hide them all). */
  pathsDrawn: boolean;
}

export function cameraMove(before: DrawnKeys, after: DrawnKeys, { stepShown, pathsDrawn }: DrawnNow): CameraMove {
  const first = before.layout === null;
  // On a large graph the base changes with the focus and filters: every node takes its new place.
  const newBase = before.base !== after.base;
  const relayout = before.layout !== after.layout || newBase ? (first ? "place" : "animate") : "none";
  let fit: CameraMove["fit"] = "none";
  if (stepShown && after.story !== before.story) fit = "story";
  else if (after.paths && after.paths !== before.paths && pathsDrawn) fit = "paths";
  else if (after.focus && after.focus !== before.focus) fit = "focus";
  else if (first || newBase || (before.focus && !after.focus) || (before.story && !after.story)) fit = "all";
  return { relayout, fit };
}
