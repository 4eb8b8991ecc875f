// Reads for the who-works-with-whom queries: read-mode transactions (so a cluster routes them to
// secondaries), database errors mapped in one place, results in the network contract's shape.
import neo4j, { type Driver, isDate, type RecordShape } from "neo4j-driver";
import { ErrorCode } from "../../core/errors/error-code.js";
import { fromDatabaseError } from "../../core/errors/from-database-error.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { calendarDayProblem } from "../../core/time/calendar-day.js";
import type { NodeType } from "../../schema/contract.js";
import * as q from "../cypher/network-queries.js";
import { mapInTurns } from "./in-turns.js";
import type { SourceIndex } from "./source-index.js";
import { withEnds } from "./time-of.js";
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
  /** Leave out what only may hold on `asOf` (UNCERTAIN). */
  certainOnly?: boolean | null;
  /** Keep what had ended by `asOf` (FORMER), not only what ended in a transition that day. */
  includeFormer?: boolean | null;
}

/** The filters, and optionally a focus: then only the nodes within `depth` steps of it. */
export interface NetworkScope extends NetworkFilter {
  focus?: string | null;
  depth?: number | null;
}

/**
 * A day as Cypher compares it, by the one rule (core/time/calendar-day.ts): BAD_USER_INPUT naming
 * `argument` for anything but a real YYYY-MM-DD day. Null stays null (all time).
 */
export function cypherDate(day: unknown, argument = "asOf"): unknown {
  if (day === null || day === undefined) return null;
  if (isDate(day as object)) return day; // a GraphQL Date argument, parsed by the strict scalar
  const problem = calendarDayProblem(day);
  if (problem) throw new ThtError(ErrorCode.BadUserInput, `${argument}: ${problem}.`, { details: { argument } });
  const [year, month, dayOfMonth] = String(day).split("-").map(Number) as [number, number, number];
  return new neo4j.types.Date(year, month, dayOfMonth);
}

/** $asOf, $certainOnly and $includeFormer, for the time predicates (cypher/time-predicates.ts). */
export function timeParams(filter: NetworkFilter): { asOf: unknown; certainOnly: boolean; includeFormer: boolean } {
  return {
    asOf: cypherDate(filter.asOf),
    certainOnly: filter.certainOnly ?? false,
    includeFormer: filter.includeFormer ?? false,
  };
}

/** The day an answer is for, as the records judge certainty and status on it. */
export const dayOf = (filter: NetworkFilter) => (filter.asOf ? String(filter.asOf) : null);

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
      return await mapInTurns(records, (r) => r.toObject() as T);
    } catch (error) {
      throw fromDatabaseError(error, "the graph database");
    }
  }

  async sources(): Promise<SourceIndex> {
    const rows = await this.run<{ id: string; title: string | null; url: string | null }>(q.sourceTitles, {});
    return new Map(rows.map((r) => [r.id, { title: r.title, url: r.url }]));
  }

  /** The nodes, judged on `asOf` (null: all time). */
  async nodes(ids: string[], sources: SourceIndex, asOf: string | null = null): Promise<NetworkNodeRecord[]> {
    const rows = await this.run<{
      props: Record<string, unknown>;
      nodeType: string;
      figures: Record<string, unknown>[];
    }>(q.nodesById, { ids });
    return mapInTurns(rows, (r) => toNetworkNode(r.props, r.nodeType, r.figures, sources, asOf));
  }

  async edgesBetween(ids: string[], filter: NetworkFilter, sources: SourceIndex): Promise<NetworkEdgeRecord[]> {
    const rows = await this.run<{ props: Record<string, unknown>; type: string; source: string; target: string }>(
      q.edgesFrom,
      {
        ids,
        ...timeParams(filter),
        types: filter.relationshipTypes ?? null,
      },
    );
    const inSet = new Set(ids);
    return mapInTurns(
      rows.filter((r) => inSet.has(r.target)),
      (r) => toNetworkEdge(r.props, r.type, r.source, r.target, sources, dayOf(filter)),
    );
  }

  /**
   * What betweenness needs of the network under the filters: its nodes (the answer reports them) and
   * its relationships as bare [source, target] pairs, bounded like `network` (NETWORK_TOO_LARGE).
   */
  async networkPairs(
    scope: NetworkScope,
    options: { maxElements?: number } = {},
  ): Promise<{ nodes: NetworkNodeRecord[]; pairs: [string, string][] }> {
    if (options.maxElements !== undefined) {
      const size = await this.networkSize(scope);
      if (size.nodes + size.edges > options.maxElements) throw networkTooLarge(size, options.maxElements);
    }
    const ids = await this.networkIds(scope);
    const sources = await this.sources();
    const [nodes, rows] = await Promise.all([
      this.nodes(ids, sources, dayOf(scope)),
      this.run<{ source: string; target: string }>(q.edgePairsFrom, {
        ids,
        ...timeParams(scope),
        types: scope.relationshipTypes ?? null,
      }),
    ]);
    const inSet = new Set(ids);
    return {
      nodes,
      pairs: rows.filter((r) => inSet.has(r.target)).map((r): [string, string] => [r.source, r.target]),
    };
  }

  /** Ids within `depth` steps of `focus`, breadth first, one indexed query per level. */
  async neighbourhoodIds(focus: string, depth: number, filter: NetworkFilter): Promise<string[]> {
    const seen = new Set([focus]);
    let frontier = [focus];
    for (let level = 0; level < depth && frontier.length > 0; level++) {
      const rows = await this.run<{ id: string }>(q.neighbourIds, {
        frontier,
        ...timeParams(filter),
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
      await this.requireNode(scope.focus, scope);
      return this.neighbourhoodIds(scope.focus, scope.depth ?? 1, scope);
    }
    const rows = await this.run<{ id: string }>(q.networkNodeIds, {
      ...timeParams(scope),
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
    const [nodes, edges] = await Promise.all([
      this.nodes(chosen, sources, dayOf(scope)),
      this.edgesBetween(chosen, scope, sources),
    ]);
    return { nodes, edges: await mapInTurns(edges, judgedBy(new Map(nodes.map((n) => [n.key, n])))) };
  }

  /** Nodes and relationships of the unfocused network under the filters, counted in Neo4j. */
  async networkSize(filter: NetworkFilter): Promise<{ nodes: number; edges: number }> {
    const [row] = await this.run<{ nodes: number; edges: number }>(q.networkSize, {
      ...timeParams(filter),
      ...kindParams(filter),
      types: filter.relationshipTypes ?? null,
    });
    return { nodes: row?.nodes ?? 0, edges: row?.edges ?? 0 };
  }

  /** Relationships edgesBetween would return for `ids`, counted in Neo4j. */
  async edgesAmongCount(ids: string[], filter: NetworkFilter): Promise<number> {
    const [row] = await this.run<{ edges: number }>(q.edgesAmongCount, {
      ids,
      ...timeParams(filter),
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
      ? { ids: await this.networkIds(scope), ...timeParams(scope), types: scope.relationshipTypes ?? null }
      : { ...timeParams(scope), ...kindParams(scope), types: scope.relationshipTypes ?? null };
    const [row] = await this.run<SummaryRows>(scope.focus ? q.networkSummaryOfIds : q.networkSummary, params);
    return row ?? { groups: [], links: [] };
  }

  /** Every kind the graph holds with its node type and count, most common first. */
  async kinds(): Promise<{ name: string; nodeType: NodeType; count: number }[]> {
    return this.run<{ name: string; nodeType: NodeType; count: number }>(q.kindCounts, {});
  }

  /** NOT_FOUND for an unknown id, or one not valid on `asOf`. */
  async requireNode(id: string, time: NetworkFilter = {}): Promise<void> {
    const asOf = time.asOf;
    const rows = await this.run<{ id: string }>(q.nodeHolds, { id, ...timeParams(time) });
    if (rows.length === 0) {
      throw new ThtError(
        ErrorCode.NotFound,
        asOf ? `no node "${id}" on ${String(asOf).slice(0, 10)}.` : `no node "${id}".`,
      );
    }
  }
}

/** Each relationship as certain as the least certain of itself and its two ends. */
export function withEndsJudged(edges: NetworkEdgeRecord[], nodes: NetworkNodeRecord[]): NetworkEdgeRecord[] {
  return edges.map(judgedBy(new Map(nodes.map((n) => [n.key, n]))));
}

/** An edge as certain as the least certain of it and its ends (`byKey`: the nodes by key). */
const judgedBy =
  (byKey: Map<string, NetworkNodeRecord>) =>
  (e: NetworkEdgeRecord): NetworkEdgeRecord => ({
    ...e,
    certainty: withEnds(e, [byKey.get(e.source), byKey.get(e.target)]),
  });

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
