// What started and ended between two dates.
import type { Changes } from "../types.js";
import { graphql } from "./api.js";
import { ChangesDocument } from "./generated/graphql.js";

export function fetchChanges(from: string, to: string): Promise<Changes> {
  return graphql(ChangesDocument, { from, to }).then((d) => d.changes);
}
