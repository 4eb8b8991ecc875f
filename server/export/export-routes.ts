// GET /export/network.graphml | network.gexf | nodes.csv | edges.csv | network.cyjs
// with the network query's filters as query parameters: asOf, certainOnly, includeFormer, nodeTypes,
// kinds, relationshipTypes (comma separated), focus, depth. Each export is counted first and refused
// above EXPORT_MAX_ELEMENTS, then streamed as Neo4j answers; GET /export/index.json lists the formats
// and the limit, for the page.
import { type Request, type Response, Router } from "express";
import { ErrorCode } from "../../core/errors/error-code.js";
import { fromDatabaseError } from "../../core/errors/from-database-error.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { exportFileName } from "../../core/export-file-name.js";
import { nodeLabels, relationshipTypes } from "../../core/vocabulary.js";
import type { NodeType, RelationshipType } from "../../schema/contract.js";
import { dayOf, GraphReader, type GraphTarget, type NetworkScope } from "../graph/graph-reader.js";
import { sendError } from "../http/send-error.js";
import { checkDepth, checkKinds, type NetworkArgs } from "../resolvers/network.js";
import { type NetworkWriter, networkFormats } from "./network-formats.js";
import { sendStream } from "./send-stream.js";
import { type NetworkItem, streamNetwork } from "./stream-network.js";

export const exportFormats = Object.keys(networkFormats);

export interface ExportOptions {
  target: GraphTarget;
  /** Nodes plus relationships an export may hold (EXPORT_MAX_ELEMENTS); more is EXPORT_TOO_LARGE, for everyone. */
  maxElements: number;
  /** How long one export's read transaction may stay open, slow download included (EXPORT_TIMEOUT_MS). */
  timeoutMs: number;
}

const parameters = [
  "asOf",
  "certainOnly",
  "includeFormer",
  "nodeTypes",
  "kinds",
  "relationshipTypes",
  "focus",
  "depth",
] as const;

const badInput = (name: string, problem: string, details: Record<string, readonly string[]> = {}) =>
  new ThtError(ErrorCode.BadUserInput, `${name}: ${problem}`, { details: { argument: name, ...details } });

/** A list parameter: comma-separated, or repeated (`kinds=a&kinds=b`); BAD_USER_INPUT for anything else. */
function list(query: Request["query"], name: string): string[] | null {
  const value = query[name];
  const parts = typeof value === "string" ? [value] : Array.isArray(value) ? value : value === undefined ? [] : null;
  if (parts === null || parts.some((p) => typeof p !== "string"))
    throw badInput(name, "must be a comma-separated list.");
  const values = (parts as string[])
    .flatMap((p) => p.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
  return values.length > 0 ? values : null;
}

/** A parameter given once: a second value (`asOf=…&asOf=…`) is refused, not ignored. */
function single(query: Request["query"], name: string): string | null {
  const value = query[name];
  if (value === undefined || value === "") return null;
  if (typeof value === "string") return value;
  throw badInput(name, "give it once, as one value.");
}

/** A list parameter of closed values: every value must be one of `allowed` (BAD_USER_INPUT otherwise). */
function closedList<T extends string>(query: Request["query"], name: string, allowed: readonly T[]): T[] | null {
  const values = list(query, name);
  const unknown = values?.filter((v) => !(allowed as readonly string[]).includes(v)) ?? [];
  if (unknown.length > 0)
    throw badInput(name, `${unknown.map((v) => `"${v}"`).join(", ")} is not one of ${allowed.join(", ")}.`, {
      unknown,
    });
  return values as T[] | null;
}

/** A yes/no parameter: absent, true or false (BAD_USER_INPUT otherwise). */
function flag(query: Request["query"], name: string): boolean | null {
  const value = single(query, name);
  if (value === null) return null;
  if (value === "true" || value === "false") return value === "true";
  throw badInput(name, `must be true or false; got ${JSON.stringify(value)}.`);
}

/** A whole number, as `depth` is in GraphQL (Int); the range is checked as `network` checks it. */
function whole(query: Request["query"], name: string): number | null {
  const value = single(query, name);
  if (value === null) return null;
  if (!/^-?\d{1,9}$/.test(value)) throw badInput(name, `must be a whole number; got ${JSON.stringify(value)}.`);
  return Number(value);
}

/** The network query's arguments from an export's query string, by the same rules; unknown names are refused. */
export function filtersFrom(query: Request["query"]): NetworkArgs {
  const unknown = Object.keys(query).filter((name) => !(parameters as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw badInput(unknown[0] as string, `not a parameter of the exports; they take ${parameters.join(", ")}.`, {
      unknown,
    });
  return {
    asOf: single(query, "asOf"),
    certainOnly: flag(query, "certainOnly"),
    includeFormer: flag(query, "includeFormer"),
    nodeTypes: closedList<NodeType>(query, "nodeTypes", nodeLabels),
    kinds: list(query, "kinds"),
    relationshipTypes: closedList<RelationshipType>(query, "relationshipTypes", relationshipTypes),
    focus: single(query, "focus"),
    depth: whole(query, "depth"),
  };
}

/** What a client does with an export too large to stream: the count and the limit, and how to narrow it. */
export function exportTooLarge(size: { nodes: number; edges: number }, limit: number): ThtError {
  const elements = size.nodes + size.edges;
  return new ThtError(
    ErrorCode.ExportTooLarge,
    `the export would hold ${elements} nodes and relationships, more than the ${limit} an export holds: ` +
      "narrow it with asOf, nodeTypes, kinds, relationshipTypes, or focus and depth.",
    { details: { elements, nodes: size.nodes, edges: size.edges, limit } },
  );
}

/**
 * Checks the arguments, counts the export (as `network` counts itself) and refuses it above the limit;
 * answers the scope and, for a focus, the neighbourhood's ids, which the stream reuses.
 */
async function plan(reader: GraphReader, args: NetworkArgs, limit: number) {
  await checkKinds(reader, args.kinds);
  const depth = args.depth === null || args.depth === undefined ? null : checkDepth(args.depth, 2);
  const scope: NetworkScope = { ...args, depth: args.focus ? (depth ?? 2) : null };
  let ids: string[] | null = null;
  let size: { nodes: number; edges: number };
  if (scope.focus) {
    ids = await reader.networkIds(scope);
    size = { nodes: ids.length, edges: await reader.edgesAmongCount(ids, scope) };
  } else {
    size = await reader.networkSize(scope);
  }
  if (size.nodes + size.edges > limit) throw exportTooLarge(size, limit);
  return { scope, ids };
}

export function exportRoutes(options: ExportOptions): Router {
  const reader = new GraphReader(options.target);
  const router = Router();
  router.get("/export/index.json", (_req: Request, res: Response) => {
    res.json({ formats: exportFormats, maxElements: options.maxElements });
  });
  router.get("/export/:file", async (req: Request, res: Response) => {
    const file = String(req.params.file);
    const format = networkFormats[file];
    if (!format) {
      sendError(res, new ThtError(ErrorCode.NotFound, `unknown export; use one of ${exportFormats.join(", ")}`));
      return;
    }
    try {
      const { scope, ids } = await plan(reader, filtersFrom(req.query), options.maxElements);
      const sources = await reader.sources();
      res
        .type(format.type)
        .setHeader(
          "content-disposition",
          `attachment; filename="${exportFileName(file, { date: dayOf(scope), focus: scope.focus, depth: scope.depth })}"`,
        )
        .setHeader("x-export-max-elements", String(options.maxElements));
      // Accepted: the download begins now, as the request deadline (answer-within.ts) expects, though
      // the first rows wait for Neo4j to sort the nodes. A failure from here on breaks the download off.
      res.flushHeaders();
      const items = streamNetwork(options.target, scope, {
        ids,
        sources,
        edges: format.writesEdges,
        timeoutMs: options.timeoutMs,
      });
      await sendStream(res, pieces(format.writer(), items));
    } catch (error) {
      if (res.headersSent) {
        res.destroy(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      // Nothing was sent yet: answer with the error.
      res.removeHeader("content-disposition");
      sendError(res, fromDatabaseError(error, "the graph database"));
    }
  });
  return router;
}

/** The format's pieces for a stream of nodes, then edges. */
async function* pieces(writer: NetworkWriter, items: AsyncIterable<NetworkItem>): AsyncGenerator<string> {
  yield writer.begin();
  let edges = false;
  for await (const item of items) {
    if (item.node) yield writer.node(item.node);
    else {
      if (!edges) yield writer.between();
      edges = true;
      yield writer.edge(item.edge);
    }
  }
  if (!edges) yield writer.between();
  yield writer.end();
}
