// Nodes and relationships in the page's shape (viz/src/types.ts), with every field the page's
// operations ask for, for tests and benchmarks that draw networks without a server.
import type { NetworkEdge, NetworkNode } from "../../viz/src/types.js";

export function pageNode(id: string, fields: Partial<NetworkNode> = {}): NetworkNode {
  return {
    id,
    label: id.toUpperCase(),
    kind: "NHS trust",
    nodeType: "Organisation",
    validFrom: null,
    validTo: null,
    certainty: "KNOWN",
    status: "CURRENT",
    start: null,
    end: null,
    shortNames: [],
    aliases: [],
    description: null,
    odsCode: null,
    scope: [],
    legalBasis: null,
    derivations: [],
    citations: [],
    figures: [],
    ...fields,
  };
}

export function pageEdge(
  type: NetworkEdge["type"],
  source: string,
  target: string,
  fields: Partial<NetworkEdge> = {},
): NetworkEdge {
  return {
    id: `${type}:${source}->${target}`,
    source,
    target,
    type,
    label: type.toLowerCase().replaceAll("_", " "),
    role: null,
    validFrom: null,
    validTo: null,
    certainty: "KNOWN",
    status: "CURRENT",
    start: null,
    end: null,
    staff: null,
    memberCount: null,
    purpose: null,
    recipients: [],
    siteType: null,
    derivations: [],
    citations: [],
    ...fields,
  };
}
