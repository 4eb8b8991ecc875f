// Citations as the page shows them everywhere: the verbatim quote, then its source's title. The
// quote opens the source document with that passage marked (GET /sources/<id>?quote=…#quote); the
// title opens the source where it lives, or that same document for a source shipped with the graph.
import type { Citation } from "../types.js";
import { el } from "./el.js";

/** The source document served by the server, the quoted passage marked and scrolled to. */
export const sourceHref = (citation: Pick<Citation, "source" | "quote">) =>
  `/sources/${encodeURIComponent(citation.source)}?quote=${encodeURIComponent(citation.quote)}#quote`;

function sourceName(citation: Citation): HTMLElement {
  const title = citation.sourceTitle ?? citation.source;
  // Only http(s) links: a `javascript:` address from the data must never become a link.
  if (citation.sourceUrl && /^https?:\/\//i.test(citation.sourceUrl)) {
    return el("cite", {}, el("a", { href: citation.sourceUrl, rel: "noopener noreferrer" }, title));
  }
  return el("cite", {}, el("a", { href: sourceHref(citation) }, title));
}

export function citationList(citations: Citation[], marker?: (index: number) => string): HTMLElement {
  if (citations.length === 0) return el("p", { class: "muted" }, "No citation.");
  return el(
    "ol",
    { class: "citations" },
    ...citations.map((citation, i) =>
      el(
        "li",
        {},
        marker ? el("span", { class: "marker" }, marker(i)) : null,
        el("a", { class: "quote-link", href: sourceHref(citation) }, el("q", {}, citation.quote)),
        " — ",
        sourceName(citation),
      ),
    ),
  );
}
