import neo4j from "neo4j-driver";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import type { QuerySearchArgs, SearchConnection } from "../../schema/contract.js";
import { searchCount, searchNames } from "../cypher/network-queries.js";
import type { GraphReader } from "../graph/graph-reader.js";
import type { Stored } from "../graph/to-network.js";

export const maxSearchPage = 50;

/** Most words and characters a search may have: a name, not a document (Lucene refuses 1,024 clauses). */
export const fullTextLimits = { words: 32, characters: 500 } as const;

/** The words of a search, as the index reads them: lower case (so AND, OR, NOT are words), letters or digits in each. */
function wordsOf(text: string): string[] {
  return text
    .trim()
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .map((word) => word.toLowerCase());
}

/** Why `text` cannot be searched (too long, too many words, no word at all), or null. */
export function fullTextProblem(text: string): string | null {
  if (text.length > fullTextLimits.characters)
    return `may be at most ${fullTextLimits.characters} characters; got ${text.length}`;
  const words = wordsOf(text);
  if (words.length > fullTextLimits.words) return `may have at most ${fullTextLimits.words} words; got ${words.length}`;
  if (words.length === 0) return "needs at least one word (letters or digits)";
  return null;
}

/**
 * User text as a Lucene query that searches it literally: every special character escaped, the
 * operators AND, OR and NOT lower-cased into plain words, and words of punctuation alone dropped.
 */
export function luceneQuery(text: string): string {
  const words = wordsOf(text).map((word) => word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, "\\$&"));
  // Every word must match; the last may be a prefix, as in a search box that suggests as you type.
  return words.map((word, i) => (i === words.length - 1 ? `+(${word} OR ${word}*)` : `+${word}`)).join(" ");
}

/** Cursors are positions in the ranked results: opaque to clients, checked when they come back. */
const cursorOf = (position: number) => Buffer.from(`search:${position}`).toString("base64url");
function positionOf(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const match = /^search:(\d+)$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match) throw new ThtError(ErrorCode.BadUserInput, `after: "${cursor}" is not a cursor of search.`);
  return Number(match[1]);
}

export async function search(reader: GraphReader, args: QuerySearchArgs): Promise<Stored<SearchConnection>> {
  const first = args.first ?? 10;
  if (!Number.isInteger(first) || first < 1 || first > maxSearchPage)
    throw new ThtError(ErrorCode.BadUserInput, `first must be 1 to ${maxSearchPage}; got ${first}.`);
  const skip = positionOf(args.after);
  const problem = args.text.trim() === "" ? null : fullTextProblem(args.text);
  if (problem) throw new ThtError(ErrorCode.BadUserInput, `text ${problem}.`, { details: { argument: "text" } });
  const query = luceneQuery(args.text);
  const empty = { hasNextPage: false, hasPreviousPage: skip > 0, startCursor: null, endCursor: null };
  if (query === "") return { totalCount: 0, edges: [], pageInfo: empty };
  const [rows, [total]] = await Promise.all([
    reader.run<{ id: string; score: number }>(searchNames, { query, skip: neo4j.int(skip), limit: neo4j.int(first) }),
    reader.run<{ count: number }>(searchCount, { query }),
  ]);
  const nodes = new Map(
    (
      await reader.nodes(
        rows.map((r) => r.id),
        await reader.sources(),
      )
    ).map((n) => [n.key, n]),
  );
  const edges = rows.flatMap((r, i) => {
    const node = nodes.get(r.id);
    return node ? [{ cursor: cursorOf(skip + i + 1), score: r.score, node }] : [];
  });
  const totalCount = total?.count ?? edges.length;
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: skip + rows.length < totalCount,
      hasPreviousPage: skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
