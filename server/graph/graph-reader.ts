// Reads for the who-works-with-whom queries: read-mode transactions (so a cluster routes them to
// secondaries), database errors mapped in one place, results in the network contract's shape.
import neo4j, { type Driver, type RecordShape } from "neo4j-driver";
import * as q from "../cypher/network-queries.js";
import { ErrorCode, fromDatabaseError, ThtError } from "../errors.js";
import type { Network, NetworkEdge, NetworkNode, SourceIndex } from "./network-types.js";
import { toNetworkEdge, toNetworkNode } from "./to-network.js";

export interface GraphTarget {
  driver: Driver;
  database: string;
  /** Transaction timeout; Neo4j stops a query that runs longer (DATABASE_TIMEOUT). */
  timeoutMs?: number | undefined;
}

export interface NetworkFilter {
  /** A day as YYYY-MM-DD; undefined or null: everything ever valid. */
  asOf?: string | null;
  kinds?: string[] | null;
  relationshipTypes?: string[] | null;
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

  async nodes(ids: string[], sources: SourceIndex): Promise<NetworkNode[]> {
    const rows = await this.run<{
      props: Record<string, unknown>;
      nodeType: string;
      figures: Record<string, unknown>[];
    }>(q.nodesById, { ids });
    return rows.map((r) => toNetworkNode(r.props, r.nodeType, r.figures, sources));
  }

  async edgesBetween(ids: string[], filter: NetworkFilter, sources: SourceIndex): Promise<NetworkEdge[]> {
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
        kinds: filter.kinds ?? null,
      });
      frontier = rows.map((r) => r.id).filter((id) => !seen.has(id));
      for (const id of frontier) seen.add(id);
    }
    return [...seen];
  }

  async network(filter: NetworkFilter & { focus?: string | null; depth?: number | null }): Promise<Network> {
    const sources = await this.sources();
    let ids: string[];
    if (filter.focus) {
      await this.requireNode(filter.focus, filter.asOf);
      ids = await this.neighbourhoodIds(filter.focus, filter.depth ?? 1, filter);
    } else {
      const rows = await this.run<{ id: string }>(q.networkNodeIds, {
        asOf: cypherDate(filter.asOf),
        kinds: filter.kinds ?? null,
      });
      ids = rows.map((r) => r.id);
    }
    const [nodes, edges] = await Promise.all([this.nodes(ids, sources), this.edgesBetween(ids, filter, sources)]);
    return { nodes, edges };
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
