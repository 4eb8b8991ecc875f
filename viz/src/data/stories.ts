// The stories the server ships (GET /stories/…): the index for the menu, and each story once.
import type { Story, StorySummary } from "../types.js";
import { getJson } from "./api.js";

const fetched = new Map<string, Promise<Story>>();

export const stories = {
  index(): Promise<StorySummary[]> {
    // The Present menu fills in when it comes (stories saved in the graph are read with it): the
    // graph does not wait for it, so it is not marked busy.
    return getJson<StorySummary[]>("/stories/index.json", { showsOwnWait: true });
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
