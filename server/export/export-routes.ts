// GET /export/network.graphml | network.gexf | nodes.csv | edges.csv | network.cyjs
// with the network query's filters as query parameters: asOf, kinds, relationshipTypes (comma
// separated), focus, depth.
import { type Request, type Response, Router } from "express";
import { ErrorCode } from "../../core/errors/error-code.js";
import { fromDatabaseError } from "../../core/errors/from-database-error.js";
import { ThtError } from "../../core/errors/tht-error.js";
import type { Network } from "../../schema/contract.js";
import type { GraphReader } from "../graph/graph-reader.js";
import { sendError } from "../http/send-error.js";
import { type NetworkArgs, network } from "../resolvers/network.js";
import { cytoscapeJson, edgesCsv, gexf, graphml, nodesCsv } from "./network-formats.js";

const formats: Record<string, { type: string; render: (n: Network) => string }> = {
  "network.graphml": { type: "application/graphml+xml; charset=utf-8", render: graphml },
  "network.gexf": { type: "application/gexf+xml; charset=utf-8", render: gexf },
  "nodes.csv": { type: "text/csv; charset=utf-8", render: nodesCsv },
  "edges.csv": { type: "text/csv; charset=utf-8", render: edgesCsv },
  "network.cyjs": { type: "application/json; charset=utf-8", render: (n) => JSON.stringify(cytoscapeJson(n)) },
};

export const exportFormats = Object.keys(formats);

function list(value: unknown): string[] | null {
  return typeof value === "string" && value !== ""
    ? value
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean)
    : null;
}

function single(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

export function filtersFrom(query: Request["query"]): NetworkArgs {
  const depth = single(query.depth);
  return {
    asOf: single(query.asOf),
    kinds: list(query.kinds),
    relationshipTypes: list(query.relationshipTypes),
    focus: single(query.focus),
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
      const body = format.render(await network(reader, filtersFrom(req.query)));
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
