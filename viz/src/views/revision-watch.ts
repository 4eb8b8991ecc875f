// Other editors' changes: while the page is open and visible it asks the graph's revision number
// every few seconds; once that has moved on past what the page shows, a banner says who changed
// what and why (the newest revision) and offers to show the graph as it is now. A change made from
// this page is acknowledged by it (and the view reloaded at once), so it raises no banner.

import { byId, el, replaceChildren } from "../dom/el.js";
import type { Revision } from "../types.js";

export const pollEveryMs = 5_000;

export interface RevisionWatchDeps {
  fetchGraphRevision(): Promise<number>;
  fetchRecentChanges(first: number): Promise<{ totalCount: number; revisions: Revision[] }>;
  /** Forgets what was fetched and loads the view again. */
  showLatest(): Promise<void>;
  /** Polling starts once this settles (the first drawing): nothing competes with the first view. */
  startAfter: Promise<void>;
}

export interface RevisionWatch {
  /** The page itself wrote `number`: what it shows now includes it. */
  acknowledge(number: number): void;
  /** The revision the page shows (asked now if the watch has not asked yet): an edit is read at it. */
  shownRevision(): Promise<number>;
}

export function createRevisionWatch(deps: RevisionWatchDeps): RevisionWatch {
  const banner = byId("revision-banner");
  let shown: number | null = null;
  let newest: number | null = null;

  const hide = () => {
    banner.hidden = true;
    replaceChildren(banner);
  };
  const offer = async (number: number) => {
    if (newest === number) return;
    newest = number;
    const latest = await deps.fetchRecentChanges(1).catch(() => null);
    const revision = latest?.revisions[0];
    const moved = number - (shown ?? number);
    const who = revision ? `${revision.id} by ${revision.author}: “${revision.reason}”` : `revision ${number}`;
    const button = el("button", { type: "button" }, "Show the graph as it is now");
    button.addEventListener("click", () => {
      shown = number;
      newest = null;
      hide();
      void deps.showLatest();
    });
    replaceChildren(
      banner,
      el(
        "p",
        {},
        moved > 1
          ? `The graph has changed ${moved} times since this view was loaded; the latest, `
          : "The graph has changed since this view was loaded: ",
        who,
        ".",
      ),
      button,
    );
    banner.hidden = false;
  };
  const poll = async () => {
    if (document.visibilityState !== "visible") return;
    const number = await deps.fetchGraphRevision().catch(() => null);
    if (number === null) return;
    if (shown === null) shown = number;
    else if (number > shown) await offer(number);
  };
  void deps.startAfter.then(() => {
    void poll();
    setInterval(() => void poll(), pollEveryMs);
  });
  return {
    async shownRevision() {
      shown ??= await deps.fetchGraphRevision();
      return shown;
    },
    acknowledge(number) {
      // The page reloads everything after its own write: it then shows at least that revision.
      shown = Math.max(shown ?? number, number);
      if (newest !== null && newest <= number) {
        newest = null;
        hide();
      }
    },
  };
}
