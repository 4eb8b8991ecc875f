// Reads for the who-works-with-whom queries: read-mode transactions (so a cluster routes them to
// secondaries), database errors mapped in one place, results in the network contract's shape.
import neo4j, { type Driver, type RecordShape } from "neo4j-driver";
import { ErrorCode } from "../../core/errors/error-code.js";
import { fromDatabaseError } from "../../core/errors/from-database-error.js";
import { ThtError } from "../../core/errors/tht-error.js";
import type { NodeType } from "../../schema/contract.js";
import * as q from "../cypher/network-queries.js";
import type { SourceIndex } from "./source-index.js";
import {
  type NetworkEdgeRecord,
  type NetworkNodeRecord,
  type NetworkRecords,
  toNetworkEdge,
  toNetworkNode,
} from "./to-network.js";

export interface GraphTarget {
  driver: Driver;
  database: string;
  /** Transaction timeout; Neo4j stops a query that runs longer (DATABASE_TIMEOUT). */
  timeoutMs?: number | undefined;
}

export interface NetworkFilter {
  /** A day as YYYY-MM-DD; undefined or null: everything ever valid. */
  asOf?: string | null;
  /** With `kinds`: a node passes when its type is among `nodeTypes` or its kind among `kinds`. */
  nodeTypes?: readonly string[] | null;
  kinds?: readonly string[] | null;
  relationshipTypes?: readonly string[] | null;
}

/** The filters, and optionally a focus: then only the nodes within `depth` steps of it. */
export interface NetworkScope extends NetworkFilter {
  focus?: string | null;
  depth?: number | null;
}

/** GraphQL Date arguments arrive as strings or driver dates; Cypher compares driver dates. */
export function cypherDate(day: unknown): unknown {
  if (day === null || day === undefined) return null;
  const text = String(day).slice(0, 10);
  const real = /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
  if (!real) throw new ThtError(ErrorCode.BadUserInput, `"${String(day)}" is not a calendar date (YYYY-MM-DD).`);
  const [year, month, dayOfMonth] = text.split("-").map(Number) as [number, number, number];
  return new neo4j.types.Date(year, month, dayOfMonth);
}

/** `$nodeTypes` and `$kinds` for the queries' node filter (network-queries.ts, `kindIn`). */
function kindParams(filter: NetworkFilter) {
  return { nodeTypes: filter.nodeTypes ?? null, kinds: filter.kinds ?? null };
}

/** networkSummary's rows, as Neo4j aggregates them (kind is the node type where a node has none). */
export interface SummaryRows {
  groups: { nodeType: string; kind: string; count: number }[];
  links: {
    sourceType: string;
    sourceKind: string;
    type: string;
    targetType: string;
    targetKind: string;
    count: number;
  }[];
}

export class GraphReader {
  constructor(private readonly target: GraphTarget) {}

  async run<T extends RecordShape = RecordShape>(query: string, params: Record<string, unknown>) {
    try {
      const { records } = await this.target.driver.executeQuery<{ records: import("neo4j-driver").Record<T>[] }>(
        query,
        params,
        {
          database: this.target.database,
          routing: neo4j.routing.READ,
          ...(this.target.timeoutMs ? { transactionConfig: { timeout: this.target.timeoutMs } } : {}),
        },
      );
      return records.map((r) => r.toObject() as T);
    } catch (error) {
      throw fromDatabaseError(error, "the graph database");
    }
  }

  async sources(): Promise<SourceIndex> {
    const rows = await this.run<{ id: string; title: string | null; url: string | null }>(q.sourceTitles, {});
    return new Map(rows.map((r) => [r.id, { title: r.title, url: r.url }]));
  }

  async nodes(ids: string[], sources: SourceIndex): Promise<NetworkNodeRecord[]> {
    const rows = await this.run<{
      props: Record<string, unknown>;
      nodeType: string;
      figures: Record<string, unknown>[];
    }>(q.nodesById, { ids });
    return rows.map((r) => toNetworkNode(r.props, r.nodeType, r.figures, sources));
  }

  async edgesBetween(ids: string[], filter: NetworkFilter, sources: SourceIndex): Promise<NetworkEdgeRecord[]> {
    const rows = await this.run<{ props: Record<string, unknown>; type: string; source: string; target: string }>(
      q.edgesFrom,
      {
        ids,
        asOf: cypherDate(filter.asOf),
        types: filter.relationshipTypes ?? null,
      },
    );
    const inSet = new Set(ids);
    return rows
      .filter((r) => inSet.has(r.target))
      .map((r) => toNetworkEdge(r.props, r.type, r.source, r.target, sources));
  }

  /** Ids within `depth` steps of `focus`, breadth first, one indexed query per level. */
  async neighbourhoodIds(focus: string, depth: number, filter: NetworkFilter): Promise<string[]> {
    const seen = new Set([focus]);
    let frontier = [focus];
    for (let level = 0; level < depth && frontier.length > 0; level++) {
      const rows = await this.run<{ id: string }>(q.neighbourIds, {
        frontier,
        asOf: cypherDate(filter.asOf),
        types: filter.relationshipTypes ?? null,
        ...kindParams(filter),
      });
      frontier = rows.map((r) => r.id).filter((id) => !seen.has(id));
      for (const id of frontier) seen.add(id);
    }
    return [...seen];
  }

  /** The ids of the network's nodes: the focus's neighbourhood, or every node passing the filters. */
  async networkIds(scope: NetworkScope): Promise<string[]> {
    if (scope.focus) {
      await this.requireNode(scope.focus, scope.asOf);
      return this.neighbourhoodIds(scope.focus, scope.depth ?? 1, scope);
    }
    const rows = await this.run<{ id: string }>(q.networkNodeIds, {
      asOf: cypherDate(scope.asOf),
      ...kindParams(scope),
    });
    return rows.map((r) => r.id);
  }

  /**
   * The network, or with `maxElements` NETWORK_TOO_LARGE when it has more nodes and relationships
   * than that: counted first (without a focus, by one count query; with one, from the
   * neighbourhood's ids), so a refused network is never read.
   */
  async network(scope: NetworkScope, options: { maxElements?: number } = {}): Promise<NetworkRecords> {
    const limit = options.maxElements;
    let ids: string[] | undefined;
    if (limit !== undefined) {
      let size: { nodes: number; edges: number };
      if (scope.focus) {
        ids = await this.networkIds(scope);
        size = { nodes: ids.length, edges: await this.edgesAmongCount(ids, scope) };
      } else {
        size = await this.networkSize(scope);
      }
      if (size.nodes + size.edges > limit) throw networkTooLarge(size, limit);
    }
    const chosen = ids ?? (await this.networkIds(scope));
    const sources = await this.sources();
    const [nodes, edges] = await Promise.all([this.nodes(chosen, sources), this.edgesBetween(chosen, scope, sources)]);
    return { nodes, edges };
  }

  /** Nodes and relationships of the unfocused network under the filters, counted in Neo4j. */
  async networkSize(filter: NetworkFilter): Promise<{ nodes: number; edges: number }> {
    const [row] = await this.run<{ nodes: number; edges: number }>(q.networkSize, {
      asOf: cypherDate(filter.asOf),
      ...kindParams(filter),
      types: filter.relationshipTypes ?? null,
    });
    return { nodes: row?.nodes ?? 0, edges: row?.edges ?? 0 };
  }

  /** Relationships edgesBetween would return for `ids`, counted in Neo4j. */
  async edgesAmongCount(ids: string[], filter: NetworkFilter): Promise<number> {
    const [row] = await this.run<{ edges: number }>(q.edgesAmongCount, {
      ids,
      asOf: cypherDate(filter.asOf),
      types: filter.relationshipTypes ?? null,
    });
    return row?.edges ?? 0;
  }

  /**
   * Nodes counted per (node type, kind) and relationships per (source group, type, target group),
   * aggregated in Neo4j: of a focus's neighbourhood, or of the whole network under the filters.
   */
  async networkSummary(scope: NetworkScope): Promise<SummaryRows> {
    const params = scope.focus
      ? { ids: await this.networkIds(scope), asOf: cypherDate(scope.asOf), types: scope.relationshipTypes ?? null }
      : { asOf: cypherDate(scope.asOf), ...kindParams(scope), types: scope.relationshipTypes ?? null };
    const [row] = await this.run<SummaryRows>(scope.focus ? q.networkSummaryOfIds : q.networkSummary, params);
    return row ?? { groups: [], links: [] };
  }

  /** Every kind the graph holds with its node type and count, most common first. */
  async kinds(): Promise<{ name: string; nodeType: NodeType; count: number }[]> {
    return this.run<{ name: string; nodeType: NodeType; count: number }>(q.kindCounts, {});
  }

  /** NOT_FOUND for an unknown id, or one not valid on `asOf`. */
  async requireNode(id: string, asOf?: string | null): Promise<void> {
    const rows = await this.run<{ id: string }>(q.nodeHolds, { id, asOf: cypherDate(asOf) });
    if (rows.length === 0) {
      throw new ThtError(
        ErrorCode.NotFound,
        asOf ? `no node "${id}" on ${String(asOf).slice(0, 10)}.` : `no node "${id}".`,
      );
    }
  }
}

/** What a client does with a network too large to answer: the count and the limit, and where to go. */
export function networkTooLarge(size: { nodes: number; edges: number }, limit: number): ThtError {
  const elements = size.nodes + size.edges;
  return new ThtError(
    ErrorCode.NetworkTooLarge,
    `the network has ${elements} nodes and relationships, more than the ${limit} answered at once: ` +
      "focus on an organisation (focus, depth), filter (asOf, kinds, relationshipTypes), or ask for networkSummary.",
    { details: { elements, nodes: size.nodes, edges: size.edges, limit } },
  );
}
