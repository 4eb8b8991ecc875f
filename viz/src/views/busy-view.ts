// The loading state: once the page has waited `showAfterMs` for a fetch (or a big drawing still
// being added), the graph carries aria-busy="true", and so does the control the reader was using
// when the wait began (the depth menu, the search box); a "Loading…" pill shows over the graph,
// said by a polite live region. A quicker answer shows nothing, so nothing flashes; the answer or
// the error clears it all at once.
import type { InFlight } from "../data/in-flight.js";
import { byId, el } from "../dom/el.js";

/** Waits shorter than this show nothing. */
export const showAfterMs = 200;

export interface BusyViewDeps {
  waiting: InFlight;
}

/** The controls that start fetches: a wait that began with one focused marks it busy too. */
const isControl = (element: Element | null): element is HTMLElement =>
  element instanceof HTMLInputElement ||
  element instanceof HTMLSelectElement ||
  element instanceof HTMLButtonElement ||
  element instanceof HTMLTextAreaElement;

export function createBusyView({ waiting }: BusyViewDeps): void {
  const graph = byId("cy");
  // Beside the graph, not in it: a busy region's own changes may go unsaid, and the graph's
  // container is Cytoscape's. Always in the accessibility tree; empty (and unseen) when idle.
  const pill = el("p", { id: "graph-loading", class: "graph-loading", role: "status" });
  graph.before(pill);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let control: HTMLElement | null = null;
  const busy: HTMLElement[] = [];

  const show = () => {
    timer = undefined;
    // The wait ended while the page was too busy to run this sooner: nothing to show.
    if (waiting.count() === 0) return;
    for (const element of [graph, control]) {
      if (!element?.isConnected) continue;
      element.setAttribute("aria-busy", "true");
      busy.push(element);
    }
    pill.textContent = "Loading…";
  };
  const clear = () => {
    clearTimeout(timer);
    timer = undefined;
    control = null;
    for (const element of busy.splice(0)) element.removeAttribute("aria-busy");
    pill.textContent = "";
  };

  const wait = () => {
    const active = document.activeElement;
    control = isControl(active) && active !== graph ? active : null;
    timer = setTimeout(show, showAfterMs);
  };
  // The first network is asked before the page is built (main.ts): a wait already under way.
  if (waiting.count() > 0) wait();
  waiting.subscribe((count) => {
    // A wait handed straight on (an answer to its drawing, to the next fetch) is one wait: the
    // state clears only if nothing is waited for once the page has handled the answer.
    if (count === 0)
      setTimeout(() => {
        if (waiting.count() === 0) clear();
      }, 0);
    else if (timer === undefined && busy.length === 0) wait();
  });
}
