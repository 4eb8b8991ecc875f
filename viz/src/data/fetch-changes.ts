// What started and ended between two dates.
import type { Changes } from "../types.js";
import { graphql } from "./api.js";
import { queries } from "./queries.js";

export function fetchChanges(from: string, to: string): Promise<Changes> {
  return graphql<{ changes: Changes }>(queries.changes, { from, to }).then((d) => d.changes);
}
