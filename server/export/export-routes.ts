// GET /export/network.graphml | network.gexf | nodes.csv | edges.csv | network.cyjs
// with the network query's filters as query parameters: asOf, certainOnly, includeFormer, nodeTypes,
// kinds, relationshipTypes (comma separated), focus, depth.
import { type Request, type Response, Router } from "express";
import { ErrorCode } from "../../core/errors/error-code.js";
import { fromDatabaseError } from "../../core/errors/from-database-error.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { nodeLabels, relationshipTypes } from "../../core/vocabulary.js";
import type { NodeType, RelationshipType } from "../../schema/contract.js";
import type { GraphReader } from "../graph/graph-reader.js";
import type { NetworkRecords } from "../graph/to-network.js";
import { sendError } from "../http/send-error.js";
import { type NetworkArgs, network } from "../resolvers/network.js";
import { cytoscapeJson, edgesCsv, gexf, graphml, nodesCsv } from "./network-formats.js";

const formats: Record<string, { type: string; render: (n: NetworkRecords) => string }> = {
  "network.graphml": { type: "application/graphml+xml; charset=utf-8", render: graphml },
  "network.gexf": { type: "application/gexf+xml; charset=utf-8", render: gexf },
  "nodes.csv": { type: "text/csv; charset=utf-8", render: nodesCsv },
  "edges.csv": { type: "text/csv; charset=utf-8", render: edgesCsv },
  "network.cyjs": { type: "application/json; charset=utf-8", render: (n) => JSON.stringify(cytoscapeJson(n)) },
};

export const exportFormats = Object.keys(formats);

/** A list parameter: comma-separated, or repeated (`kinds=a&kinds=b`); BAD_USER_INPUT for anything else. */
function list(query: Request["query"], name: string): string[] | null {
  const value = query[name];
  const parts = typeof value === "string" ? [value] : Array.isArray(value) ? value : value === undefined ? [] : null;
  if (parts === null || parts.some((p) => typeof p !== "string"))
    throw new ThtError(ErrorCode.BadUserInput, `${name}: must be a comma-separated list.`, {
      details: { argument: name },
    });
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
  throw new ThtError(ErrorCode.BadUserInput, `${name}: give it once, as one value.`, { details: { argument: name } });
}

/** A list parameter of closed values: every value must be one of `allowed` (BAD_USER_INPUT otherwise). */
function closedList<T extends string>(query: Request["query"], name: string, allowed: readonly T[]): T[] | null {
  const values = list(query, name);
  const unknown = values?.filter((v) => !(allowed as readonly string[]).includes(v)) ?? [];
  if (unknown.length > 0)
    throw new ThtError(
      ErrorCode.BadUserInput,
      `${name}: ${unknown.map((v) => `"${v}"`).join(", ")} is not one of ${allowed.join(", ")}.`,
      { details: { argument: name, unknown } },
    );
  return values as T[] | null;
}

/** A yes/no parameter: absent, true or false (BAD_USER_INPUT otherwise). */
function flag(query: Request["query"], name: string): boolean | null {
  const value = query[name];
  if (value === undefined || value === "") return null;
  if (value === "true" || value === "false") return value === "true";
  throw new ThtError(ErrorCode.BadUserInput, `${name}: must be true or false; got ${JSON.stringify(value)}.`, {
    details: { argument: name },
  });
}

/** The network query's arguments from an export's query string, by the same rules. */
export function filtersFrom(query: Request["query"]): NetworkArgs {
  const depth = single(query, "depth");
  return {
    asOf: single(query, "asOf"),
    certainOnly: flag(query, "certainOnly"),
    includeFormer: flag(query, "includeFormer"),
    nodeTypes: closedList<NodeType>(query, "nodeTypes", nodeLabels),
    kinds: list(query, "kinds"),
    relationshipTypes: closedList<RelationshipType>(query, "relationshipTypes", relationshipTypes),
    focus: single(query, "focus"),
    depth: depth === null ? null : Number(depth),
  };
}

export function exportRoutes(reader: GraphReader): Router {
  const router = Router();
  router.get("/export/:file", async (req: Request, res: Response) => {
    const format = formats[String(req.params.file)];
    if (!format) {
      sendError(res, new ThtError(ErrorCode.NotFound, `unknown export; use one of ${exportFormats.join(", ")}`));
      return;
    }
    try {
      const answer = await network(reader, filtersFrom(req.query));
      const body = format.render(answer);
      res
        .type(format.type)
        .setHeader("content-disposition", `attachment; filename="tht-graph-${req.params.file}"`)
        .send(body);
    } catch (error) {
      sendError(res, fromDatabaseError(error, "the graph database"));
    }
  });
  return router;
}
