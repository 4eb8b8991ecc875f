// How the graph moves from one drawing to the next: whether nodes go to new places (placed at once
// on the first drawing, animated after), and what the view then frames. Any change of what is
// drawn (focus, depth, filters, date, paths, story step, layout, base) frames what matters most in
// the new drawing: the story step's highlights, the paths, the focus and its neighbourhood, or else
// everything; a drawing that changed nothing the camera follows leaves the camera where it is.
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

const followed = ["layout", "focus", "depth", "paths", "story", "when", "filters", "base"] as const;

export function cameraMove(before: DrawnKeys, after: DrawnKeys, { stepShown, pathsDrawn }: DrawnNow): CameraMove {
  const first = before.layout === null;
  // On a large graph the base changes with the focus and filters: every node takes its new place.
  const newBase = before.base !== after.base;
  const relayout = before.layout !== after.layout || newBase ? (first ? "place" : "animate") : "none";
  if (!first && followed.every((key) => before[key] === after[key])) return { relayout, fit: "none" };
  let fit: CameraMove["fit"] = "all";
  if (after.story && stepShown) fit = "story";
  else if (after.paths && pathsDrawn) fit = "paths";
  else if (after.focus) fit = "focus";
  return { relayout, fit };
}
