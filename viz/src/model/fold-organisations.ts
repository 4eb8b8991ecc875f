// The organisations view: arrangements, events and groups folded into direct links between the
// organisations they join ("Barts Health — Alliance partner — ELFT", "Barts Health transferred 140
// staff to Tower Hamlets GP Care Group (TUPE transfer, 2016)"), by the vocabulary's rules
// (organisationLinkRules). Each link keeps the dates for which both facts and the hub hold, and the
// citations of all three; the facts it folds are its derivations. Services, areas and sites are
// left out; relationships directly between organisations stay as they are.
import {
  foldedNodeLabels,
  type NodeLabel,
  type OrganisationLinkRule,
  organisationLinkRules,
} from "../../../schema/contract.js";
import type { Citation, DatePoint, Network, NetworkEdge, NetworkNode } from "../types.js";
import { edgeSentence } from "./edge-sentence.js";

/** A hub joining more organisations than this is not folded pair by pair (n² links say nothing). */
export const foldLimit = 40;

export interface FoldedNetwork extends Network {
  /** Hubs too big to fold, with how many organisations they join. */
  unfolded: { hub: NetworkNode; organisations: number }[];
}

interface Tie {
  org: string;
  edge: NetworkEdge;
}

const earliestFirst = (a: string | null, b: string | null) => (a ?? "") < (b ?? "");

function fill(template: string, words: Record<string, string>): string {
  return template.replaceAll(/\{(\w+)\}/g, (whole, name: string) => words[name] ?? whole);
}

function uniqueCitations(lists: Citation[][]): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const c of lists.flat()) {
    const key = `${c.source}\n${c.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

type Dated = Pick<NetworkEdge, "validFrom" | "validTo" | "start" | "end">;

/** The latest start and earliest end of what the link rests on: it holds only while all of them do. */
function overlap(parts: Dated[]): Dated {
  let from: Dated | null = null;
  let to: Dated | null = null;
  for (const p of parts) {
    if (p.validFrom !== null && (from === null || earliestFirst(from.validFrom, p.validFrom))) from = p;
    if (p.validTo !== null && (to === null || earliestFirst(p.validTo, to.validTo))) to = p;
  }
  return {
    validFrom: from?.validFrom ?? null,
    start: (from?.start ?? null) as DatePoint | null,
    validTo: to?.validTo ?? null,
    end: (to?.end ?? null) as DatePoint | null,
  };
}

function yearOf(hub: NetworkNode): string {
  const day = hub.start?.date ?? hub.validFrom;
  return day ? day.slice(0, 4) : "undated";
}

export function foldOrganisations(network: Network): FoldedNetwork {
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  const isOrg = (id: string) => byId.get(id)?.nodeType === "Organisation";
  const isHub = (id: string) => {
    const type = byId.get(id)?.nodeType;
    return type !== undefined && foldedNodeLabels.includes(type as NodeLabel);
  };
  const labelOf = (id: string) => byId.get(id)?.label ?? id;

  const direct = new Set<string>();
  const edges: NetworkEdge[] = [];
  const ties = new Map<string, Map<string, Tie[]>>(); // hub → type → ties
  for (const e of network.edges) {
    if (isOrg(e.source) && isOrg(e.target)) {
      edges.push(e);
      direct.add(`${e.type}|${[e.source, e.target].sort().join("|")}`);
      continue;
    }
    const [hub, org] = isHub(e.source) && isOrg(e.target) ? [e.source, e.target] : [e.target, e.source];
    if (!isHub(hub) || !isOrg(org)) continue;
    const byType = ties.get(hub) ?? new Map<string, Tie[]>();
    ties.set(hub, byType);
    byType.set(e.type, [...(byType.get(e.type) ?? []), { org, edge: e }]);
  }

  const unfolded: FoldedNetwork["unfolded"] = [];
  for (const [hubId, byType] of ties) {
    const hub = byId.get(hubId) as NetworkNode;
    const organisations = new Set([...byType.values()].flat().map((t) => t.org)).size;
    if (organisations < 2) continue;
    if (organisations > foldLimit) {
      unfolded.push({ hub, organisations });
      continue;
    }
    for (const rule of organisationLinkRules) {
      const as = byType.get(rule.a) ?? [];
      const bs = byType.get(rule.b) ?? [];
      as.forEach((x, i) => {
        for (const [j, y] of bs.entries()) {
          if (x.org === y.org || (rule.symmetric && j <= i)) continue;
          if (rule.unlessDirect && direct.has(`${rule.unlessDirect}|${[x.org, y.org].sort().join("|")}`)) continue;
          edges.push(foldedLink(rule, hub, x, y, labelOf));
        }
      });
    }
  }
  return {
    nodes: network.nodes.filter((n) => n.nodeType === "Organisation"),
    edges,
    unfolded,
  };
}

function foldedLink(
  rule: OrganisationLinkRule,
  hub: NetworkNode,
  x: Tie,
  y: Tie,
  labelOf: (id: string) => string,
): NetworkEdge {
  const staff = x.edge.staff ?? y.edge.staff;
  const words = {
    hub: hub.label,
    kind: hub.kind,
    year: yearOf(hub),
    staff: staff ? `${staff.toLocaleString("en-GB")} staff ` : "",
    a: labelOf(x.org),
    b: labelOf(y.org),
  };
  const parts = [x.edge, y.edge, hub];
  const uncertain = parts.some((p) => p.certainty === "UNCERTAIN");
  const status = parts.find((p) => p.status !== "CURRENT")?.status ?? "CURRENT";
  const sentence = fill(rule.sentence, words);
  return {
    ...overlap(parts),
    id: `folded:${hub.id}:${x.edge.id}:${y.edge.id}`,
    source: x.org,
    target: y.org,
    type: rule.a,
    label: fill(rule.label, words),
    role: null,
    certainty: uncertain ? "UNCERTAIN" : "KNOWN",
    status,
    staff: staff ?? null,
    memberCount: null,
    purpose: null,
    recipients: [],
    siteType: null,
    derivations: [
      {
        fact: sentence,
        rule: `folded from two stated facts: ${edgeSentence(x.edge, labelOf)}; ${edgeSentence(y.edge, labelOf)}`,
      },
      ...x.edge.derivations,
      ...y.edge.derivations,
    ],
    citations: uniqueCitations([x.edge.citations, y.edge.citations, hub.citations]),
    folded: { hub: hub.id, hubLabel: hub.label, edges: [x.edge.id, y.edge.id], types: [rule.a, rule.b], sentence },
  };
}
