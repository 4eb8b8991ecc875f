// The stories the server ships (GET /stories/…): the index for the menu, and each story once.
import type { Story, StorySummary } from "../types.js";
import { getJson } from "./api.js";

const fetched = new Map<string, Promise<Story>>();

export const stories = {
  index(): Promise<StorySummary[]> {
    return getJson<StorySummary[]>("/stories/index.json");
  },
  /** A story saved anew: its next `get` asks the server again. */
  forget(id: string): void {
    fetched.delete(id);
  },
  get(id: string): Promise<Story> {
    let found = fetched.get(id);
    if (!found) {
      found = getJson<Story>(`/stories/${encodeURIComponent(id)}.json`);
      found.catch(() => fetched.delete(id));
      fetched.set(id, found);
    }
    return found;
  },
};
