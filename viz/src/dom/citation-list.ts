// Citations as the page shows them everywhere: the verbatim quote, then its source's title.
import type { Citation } from "../types.js";
import { el } from "./el.js";

function sourceName(citation: Citation): HTMLElement {
  const title = citation.sourceTitle ?? citation.source;
  // Only http(s) links: a `javascript:` address from the data must never become a link.
  if (citation.sourceUrl && /^https?:\/\//i.test(citation.sourceUrl)) {
    return el("cite", {}, el("a", { href: citation.sourceUrl, rel: "noopener noreferrer" }, title));
  }
  return el("cite", {}, title);
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
        el("q", {}, citation.quote),
        " — ",
        sourceName(citation),
      ),
    ),
  );
}
