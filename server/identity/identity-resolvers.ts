// Resolvers of schema/identity.graphql: `node(id:)`, `nodes(ids:)`, `NetworkNode.entity`,
// `NetworkEdge.sourceEntity`/`targetEntity` and `Citation.document`. Each request batches its
// lookups: one query for the labels of unknown ids, one generated read per type and selection.
import DataLoader from "dataloader";
import type { FieldNode, GraphQLResolveInfo } from "graphql";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import type { Citation, NetworkEdge, NetworkNode } from "../../schema/contract.js";
import { nodeTypesById } from "../cypher/network-queries.js";
import type { GraphReader } from "../graph/graph-reader.js";
import { delegateRead } from "./delegate-read.js";

export const maxNodeIds = 100;

type Found = Record<string, unknown>;

interface RequestLoaders {
  types: DataLoader<string, string | null>;
  reads: Map<string, DataLoader<string, Found | null>>;
}

/** Loaders live as long as the request's context object. */
const perRequest = new WeakMap<object, RequestLoaders>();
const selectionIds = new WeakMap<FieldNode, number>();
let nextSelection = 0;

function loadersOf(context: object, reader: GraphReader): RequestLoaders {
  let loaders = perRequest.get(context);
  if (!loaders) {
    loaders = {
      types: new DataLoader(async (ids) => {
        const rows = await reader.run<{ id: string; type: string }>(nodeTypesById, { ids: [...ids] });
        const types = new Map(rows.map((r) => [r.id, r.type]));
        return ids.map((id) => types.get(id) ?? null);
      }),
      reads: new Map(),
    };
    perRequest.set(context, loaders);
  }
  return loaders;
}

/** The object of `typeName` with `id`, as the generated API answers the selection under this field. */
function read(reader: GraphReader, context: object, info: GraphQLResolveInfo, typeName: string, id: string) {
  const loaders = loadersOf(context, reader);
  const node = info.fieldNodes[0] as FieldNode;
  if (!selectionIds.has(node)) selectionIds.set(node, nextSelection++);
  const key = `${typeName}#${selectionIds.get(node)}`;
  let loader = loaders.reads.get(key);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const found = await delegateRead(info, context, typeName, ids);
      return ids.map((i) => found.get(i) ?? null);
    });
    loaders.reads.set(key, loader);
  }
  return loader.load(id);
}

const notFound = (id: string) => new ThtError(ErrorCode.NotFound, `no node "${id}".`);

async function byId(reader: GraphReader, context: object, info: GraphQLResolveInfo, id: string) {
  const type = await loadersOf(context, reader).types.load(id);
  const found = type ? await read(reader, context, info, type, id) : null;
  if (!found) throw notFound(id);
  return found;
}

export function identityResolvers(reader: GraphReader) {
  return {
    Node: { __resolveType: (value: { __typename?: string }) => value.__typename ?? null },
    Query: {
      node: (_: unknown, args: { id: string }, context: object, info: GraphQLResolveInfo) =>
        byId(reader, context, info, args.id),
      nodes: (_: unknown, args: { ids: string[] }, context: object, info: GraphQLResolveInfo) => {
        if (args.ids.length < 1 || args.ids.length > maxNodeIds)
          throw new ThtError(ErrorCode.BadUserInput, `ids must hold 1 to ${maxNodeIds} ids; got ${args.ids.length}.`);
        // An unknown id answers null at its place, with its own error; the others are answered.
        return args.ids.map((id) => byId(reader, context, info, id).catch((error: unknown) => error));
      },
    },
    NetworkNode: {
      entity: (node: NetworkNode, _: unknown, context: object, info: GraphQLResolveInfo) =>
        read(reader, context, info, node.nodeType, node.key).then(
          (found) => found ?? Promise.reject(notFound(node.key)),
        ),
    },
    NetworkEdge: {
      sourceEntity: (edge: NetworkEdge, _: unknown, context: object, info: GraphQLResolveInfo) =>
        byId(reader, context, info, edge.source),
      targetEntity: (edge: NetworkEdge, _: unknown, context: object, info: GraphQLResolveInfo) =>
        byId(reader, context, info, edge.target),
    },
    Citation: {
      document: (citation: Citation, _: unknown, context: object, info: GraphQLResolveInfo) =>
        read(reader, context, info, "Source", citation.source),
    },
  };
}
