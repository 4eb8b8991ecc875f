// GET /export/network.graphml | network.gexf | nodes.csv | edges.csv | network.cyjs
// with the network query's filters as query parameters: asOf, kinds, relationshipTypes (comma
// separated), focus, depth.
import { type Request, type Response, Router } from "express";
import { ThtError } from "../errors.js";
import type { GraphReader } from "../graph/graph-reader.js";
import type { Network } from "../graph/network-types.js";
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
      res.status(404).json({
        errors: [
          { message: `unknown export; use one of ${exportFormats.join(", ")}`, extensions: { code: "NOT_FOUND" } },
        ],
      });
      return;
    }
    try {
      const body = format.render(await network(reader, filtersFrom(req.query)));
      res
        .type(format.type)
        .setHeader("content-disposition", `attachment; filename="tht-graph-${req.params.file}"`)
        .send(body);
    } catch (error) {
      const code = error instanceof ThtError ? error.code : "INTERNAL_SERVER_ERROR";
      const status =
        code === "BAD_USER_INPUT" ? 400 : code === "NOT_FOUND" ? 404 : code === "DATABASE_UNAVAILABLE" ? 503 : 500;
      res.status(status).json({
        errors: [{ message: error instanceof ThtError ? error.message : "export failed", extensions: { code } }],
      });
    }
  });
  return router;
}
