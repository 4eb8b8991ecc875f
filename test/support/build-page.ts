// Vitest global setup: the page tests need viz/dist; build it when its sources changed.
import { buildViz } from "../../scripts/build-viz.js";

export default async function setup(): Promise<void> {
  const result = await buildViz({ ifStale: true });
  if (result === "built") process.stderr.write("tests: built the page into viz/dist\n");
}
