// The details panel: a node's facts, figures, dates (with the source's own wording), derivations,
// citations and timeline; or a relationship's sentence, properties, dates and citations.
import { citationList } from "./citation-list.js";
import { edgeLook } from "./edge-styles.js";
import { el } from "./el.js";
import { formatDay, formatWhen } from "./format-date.js";
import type { Citation, NetworkEdge, NetworkNode, TimelineEntry } from "./types.js";

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function facts(rows: [string, string | Node | null | undefined][]): HTMLElement {
  const list = el("dl", { class: "facts" });
  for (const [name, value] of rows) {
    if (value === null || value === undefined || value === "") continue;
    list.append(el("dt", {}, name), el("dd", {}, value));
  }
  return list;
}

function derivations(properties: Record<string, unknown>): HTMLElement | null {
  const found = strings(properties.derivedFacts);
  const rules = strings(properties.derivedRules);
  if (found.length === 0) return null;
  return el(
    "section",
    { class: "derived" },
    el("h3", {}, "Derived, not stated"),
    el(
      "ul",
      {},
      ...found.map((fact, i) =>
        el("li", {}, fact, rules[i] ? el("span", { class: "rule" }, ` (rule: ${rules[i]})`) : null),
      ),
    ),
  );
}

interface Figure {
  id?: string;
  display?: string;
  measure?: string;
  asOf?: string | null;
  asOfText?: string | null;
  citations?: Citation[];
}

function figures(properties: Record<string, unknown>): HTMLElement | null {
  const list = Array.isArray(properties.figures) ? (properties.figures as Figure[]) : [];
  if (list.length === 0) return null;
  return el(
    "section",
    {},
    el("h3", {}, "Figures"),
    el(
      "ul",
      { class: "figures" },
      ...list.map((f) =>
        el(
          "li",
          {},
          `${f.measure ?? ""}: `,
          el("strong", {}, f.display ?? ""),
          f.asOf || f.asOfText
            ? el("span", { class: "muted" }, ` (as of ${[formatDay(f.asOf), f.asOfText].filter(Boolean).join("; ")})`)
            : null,
          citationList(f.citations ?? []),
        ),
      ),
    ),
  );
}

export function nodeDetails(
  node: NetworkNode,
  actions: { pathFrom: () => void; pathTo: () => void; clear: () => void },
): HTMLElement {
  const p = node.properties;
  const scope = strings(p.scope);
  const button = (label: string, run: () => void) => {
    const b = el("button", { type: "button" }, label);
    b.addEventListener("click", run);
    return b;
  };
  return el(
    "article",
    { class: "node-details", "data-id": node.id },
    el("h3", { class: "details-title" }, node.label),
    el("p", { class: "kind" }, `${node.kind} · ${node.nodeType}`),
    typeof p.description === "string" ? el("p", {}, p.description) : null,
    facts([
      ["Id", node.id],
      ["Short names", strings(p.shortNames).join(", ")],
      ["Also known as", strings(p.aliases).join(", ")],
      ["ODS code", typeof p.odsCode === "string" ? p.odsCode : null],
      ["Scope", scope.length > 0 ? el("ul", {}, ...scope.map((s) => el("li", {}, s))) : null],
      ["Legal basis", typeof p.legalBasis === "string" ? p.legalBasis : null],
      ["From", formatWhen(p, "validFrom") ?? "no start given"],
      ["Until", formatWhen(p, "validTo") ?? "no end given"],
    ]),
    figures(p),
    derivations(p),
    el("section", {}, el("h3", {}, "Citations"), citationList(node.citations)),
    el(
      "div",
      { class: "buttons" },
      button("Path from here", actions.pathFrom),
      button("Path to here", actions.pathTo),
      button("Clear focus", actions.clear),
    ),
    el("section", { class: "timeline" }, el("h3", {}, "Timeline"), el("p", { class: "muted" }, "Loading…")),
  );
}

export function timelineList(entries: TimelineEntry[]): HTMLElement {
  if (entries.length === 0) return el("p", { class: "muted" }, "No dated entries.");
  return el(
    "ol",
    { class: "timeline-list" },
    ...entries.map((entry) =>
      el(
        "li",
        {},
        el("span", { class: "when" }, entry.dateText ?? (entry.date ? formatDay(entry.date) : "undated")),
        " ",
        entry.summary,
      ),
    ),
  );
}

export function sentence(edge: NetworkEdge, labelOf: (id: string) => string): string {
  return `${labelOf(edge.source)} ${edgeLook(edge.type).name} ${labelOf(edge.target)}`;
}

export function edgeDetails(edge: NetworkEdge, labelOf: (id: string) => string): HTMLElement {
  const p = edge.properties;
  const extra = Object.entries(p)
    .filter(([name]) => ["role", "staff", "memberCount", "purpose", "siteType", "recipients"].includes(name))
    .map(([name, value]): [string, string] => [name, Array.isArray(value) ? value.join(", ") : String(value)]);
  return el(
    "article",
    { class: "edge-details", "data-id": edge.id },
    el("h3", { class: "details-title" }, sentence(edge, labelOf)),
    el("p", { class: "kind" }, `${edge.type} relationship`),
    facts([
      ...extra,
      ["From", formatWhen(p, "validFrom") ?? "no start given"],
      ["Until", formatWhen(p, "validTo") ?? "no end given"],
    ]),
    derivations(p),
    el("section", {}, el("h3", {}, "Citations"), citationList(edge.citations)),
  );
}
