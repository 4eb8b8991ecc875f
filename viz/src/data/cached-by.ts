// Answers cached by what was asked; a failed answer is forgotten, so asking again asks the server.
import { tooLarge } from "./too-large.js";

/** A refusal as too large is an answer too, kept like a network. */
export function cachedBy<T>(cache: Map<string, Promise<T>>, key: string, fetch: () => Promise<T>): Promise<T> {
  let found = cache.get(key);
  if (!found) {
    found = fetch();
    found.catch((error: unknown) => {
      if (!tooLarge(error)) cache.delete(key);
    });
    cache.set(key, found);
  }
  return found;
}
