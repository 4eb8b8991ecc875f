// The panels as a phone (or a narrow tablet) shows them: a bottom sheet over the graph (index.html's
// #sheet), folded to a handle that names what is selected, opened to 55% of the screen by the handle
// (a button: a tap, Enter or Space) or by selecting a node or a relationship, which shows its details
// at the sheet's top; Escape inside the sheet folds it and puts focus back on the handle. The graph
// is the part of the screen above the sheet, and keeps its centre as the sheet opens and folds. On a
// desk the same elements are the column beside the graph (panels-and-sheet.css) and only the reveal
// applies.
import type { Core } from "cytoscape";
import { byId } from "../dom/el.js";
import type { Shown } from "../store/page-state.js";
import type { PageView } from "./page-view.js";

/** Where the panels are a bottom sheet (a phone, a narrow tablet): panels-and-sheet.css's query. */
export const phoneQuery = "(max-width: 1000px)";

const handleText = "Details, filters and list";

/** What the details show: the drawn view's focus, or a relationship asked for. */
function selectedLabel(shown: Shown, edge: string | null): string | null {
  const { focus } = shown.view.state;
  if (focus) return shown.view.network.nodes.find((n) => n.id === focus)?.label ?? null;
  return edge ? "A relationship" : null;
}

export function createBottomSheet({ cy }: { cy: Core }): PageView {
  const sheet = byId("sheet");
  const handle = byId<HTMLButtonElement>("sheet-handle");
  const body = byId("sheet-body");
  const summary = byId("sheet-summary");
  const phone = matchMedia(phoneQuery);
  const isOpen = () => sheet.classList.contains("open");
  const setOpen = (open: boolean) => {
    if (open === isOpen()) return;
    // What is at the graph's centre now stays there once the graph has its new height.
    const zoom = cy.zoom();
    const pan = cy.pan();
    const centre = { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
    cy.one("resize", () => cy.pan({ x: cy.width() / 2 - centre.x * zoom, y: cy.height() / 2 - centre.y * zoom }));
    sheet.classList.toggle("open", open);
    handle.setAttribute("aria-expanded", String(open));
  };
  handle.addEventListener("click", () => setOpen(!isOpen()));
  sheet.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !phone.matches || !isOpen()) return;
    event.preventDefault();
    setOpen(false);
    handle.focus();
  });
  // The skip link to the list opens the sheet first, so that the list is there to take focus.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.skip-link[href="#list-view"]')) {
    link.addEventListener("click", () => {
      if (phone.matches) setOpen(true);
    });
  }

  /** Scrolls the sheet so that `element` starts at its top; on a desk the panel, only if it is out of sight. */
  const reveal = (element: HTMLElement) => {
    const scroller = phone.matches ? body : byId("panel");
    const box = scroller.getBoundingClientRect();
    const top = element.getBoundingClientRect().top;
    if (phone.matches || top < box.top || top > box.bottom - 60) scroller.scrollTop += top - box.top;
  };

  let seen = false;
  let focus: string | null = null;
  let edge: string | null = null;
  let label: string | null = null;
  return {
    render(state) {
      // What is drawn, as the details panel shows it: a focus still loading, or one that failed
      // (the view stays as it was), moves nothing.
      if (!state.shown || state.phase === "loading") return;
      const named = selectedLabel(state.shown, state.selectedEdge);
      if (named !== label) {
        label = named;
        summary.textContent = named ? `${named}: details, filters and list` : handleText;
      }
      const changed = state.shown.view.state.focus !== focus || state.selectedEdge !== edge;
      focus = state.shown.view.state.focus;
      edge = state.selectedEdge;
      // What the address selected on opening the page shows in the panel; only a later choice opens the sheet.
      if (!seen) {
        seen = true;
        return;
      }
      if (!changed || !(focus || edge) || state.view.story) return;
      if (phone.matches) setOpen(true);
      reveal(byId("details"));
    },
  };
}
