import neo4j from "neo4j-driver";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import type { NetworkNode, QuerySearchArgs } from "../../schema/contract.js";
import { searchNames } from "../cypher/network-queries.js";
import type { GraphReader } from "../graph/graph-reader.js";

/** Escapes Lucene's special characters so user text is always searched literally. */
export function luceneQuery(text: string): string {
  const words = text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, "\\$&"));
  // Every word must match; the last may be a prefix, as in a search box that suggests as you type.
  return words.map((word, i) => (i === words.length - 1 ? `+(${word} OR ${word}*)` : `+${word}`)).join(" ");
}

export async function search(reader: GraphReader, args: QuerySearchArgs): Promise<NetworkNode[]> {
  const limit = args.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > 50)
    throw new ThtError(ErrorCode.BadUserInput, `limit must be 1 to 50; got ${limit}.`);
  const query = luceneQuery(args.text);
  if (query === "") return [];
  const rows = await reader.run<{ id: string }>(searchNames, { query, limit: neo4j.int(limit) });
  const nodes = new Map(
    (
      await reader.nodes(
        rows.map((r) => r.id),
        await reader.sources(),
      )
    ).map((n) => [n.id, n]),
  );
  return rows.map((r) => nodes.get(r.id)).filter((n): n is NetworkNode => n !== undefined);
}
