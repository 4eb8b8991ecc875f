// The graph from the keyboard: the skip link or Tab puts focus on the graph; the arrow keys move a
// keyboard cursor to the connected node that lies that way (any drawn node when none is connected
// that way), Enter focuses the node under the cursor as a click would, Escape puts the cursor away.
// Each move is said in words through a polite live region, and the cursor is kept in view.
import type { Core, NodeSingular } from "cytoscape";
import { byId } from "../dom/el.js";
import { type Direction, directionOf, stepToward } from "../model/direction-step.js";
import type { PageStore } from "../store/page-store.js";

const cursorClass = "keyboard-cursor";

/** What the live region says of a node: its name, its kind and how connected it is in this view. */
function sentence(node: NodeSingular): string {
  const kind = String(node.data("kind") ?? node.data("nodeType") ?? "");
  const links = node.connectedEdges().filter((e) => e.visible()).length;
  return `${String(node.data("label"))}${kind ? `, ${kind}` : ""}: ${links} ${links === 1 ? "relationship" : "relationships"} in this view. Enter to focus on it.`;
}

export function createGraphKeys({ store, cy }: { store: PageStore; cy: Core }): void {
  const container = cy.container() as HTMLElement;
  // Focusable and announced as a widget only now that its keys work (without script it is a picture).
  container.tabIndex = 0;
  container.setAttribute("role", "application");
  container.setAttribute("aria-roledescription", "network graph");
  container.setAttribute(
    "aria-label",
    "Network graph: arrow keys move between connected nodes, Enter focuses on one. The same nodes and relationships are listed below.",
  );
  const announcer = byId("graph-announcer");
  const say = (text: string) => {
    announcer.textContent = text;
  };
  const drawn = () => cy.nodes().filter((n) => n.visible());
  const cursor = () => cy.nodes(`.${cursorClass}`).first();

  /** Where the cursor starts: the view's focus if drawn, else the best-connected node it lights. */
  const start = (): NodeSingular | null => {
    const focus = store.getState().view.focus;
    const focused = focus ? cy.getElementById(focus) : null;
    if (focused?.nonempty() && focused.visible()) return focused as NodeSingular;
    const candidates = drawn().not(".faded").length > 0 ? drawn().not(".faded") : drawn();
    let best: NodeSingular | null = null;
    for (const n of candidates) if (!best || n.degree(false) > best.degree(false)) best = n;
    return best;
  };

  const moveTo = (node: NodeSingular) => {
    cy.batch(() => {
      cy.nodes(`.${cursorClass}`).removeClass(cursorClass);
      node.addClass(cursorClass);
    });
    // Keep the cursor on screen: centre on it when it is outside the view.
    const { x, y } = node.renderedPosition();
    if (x < 0 || y < 0 || x > cy.width() || y > cy.height()) cy.center(node);
    say(sentence(node));
  };

  const step = (direction: Direction) => {
    const from = cursor();
    if (from.empty()) {
      const first = start();
      if (first) moveTo(first);
      return;
    }
    const here = { id: from.id(), ...from.renderedPosition() };
    const place = (n: NodeSingular) => ({ id: n.id(), ...n.renderedPosition() });
    const neighbours = from
      .neighborhood("node")
      .filter((n) => n.visible())
      .map(place);
    const next = stepToward(here, neighbours, direction) ?? stepToward(here, drawn().map(place), direction);
    if (next) moveTo(cy.getElementById(next) as NodeSingular);
    else say(`Nothing further ${direction === "up" || direction === "down" ? direction : `to the ${direction}`}.`);
  };

  container.addEventListener("focus", () => {
    if (cursor().empty()) {
      const first = start();
      if (first) moveTo(first);
    }
  });
  container.addEventListener("keydown", (event) => {
    const direction = directionOf(event.key);
    if (direction) {
      event.preventDefault();
      step(direction);
      return;
    }
    const node = cursor();
    if ((event.key === "Enter" || event.key === " ") && node.nonempty()) {
      event.preventDefault();
      const { view, loaded } = store.getState();
      if (view.story) return;
      void (loaded?.summary ? store.showGroup(node.id()) : store.focusOn(node.id()));
    } else if (event.key === "Escape" && node.nonempty()) {
      node.removeClass(cursorClass);
      say("Keyboard cursor put away.");
    }
  });
  // The skip link focuses the graph without touching the address (the view lives in its query).
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.skip-link[href="#cy"]')) {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      container.focus();
    });
  }
}
