// What one GraphQL document may ask for. Every example, page and network query stays well inside
// these; see README, "Limits".
export const queryLimits = {
  /** Nesting of fields (fragments add no level); nested connections with edge properties need 7 and are refused. */
  depth: 6,
  /** Aliases anywhere in the operation, __typename included. */
  aliases: 15,
  directives: 50,
  /** Lexical tokens of the whole document. */
  tokens: 1000,
  /**
   * The most values the answer can hold (plugins/query-cost-rule.ts): each field 1, a list's fields
   * once per item it can answer. The costliest shipped document is example 11 (centrality), 100,004;
   * of the generated API, example 03 (four lists in a list), 70,601.
   */
  cost: 200_000,
} as const;

/** How the cost rule counts what it cannot read from the document. */
export const costCounting = {
  /** A list of the generated API without `limit` or `first` answers @limit's default (schema/graph.graphql). */
  defaultListSize: 100,
  /** A `limit` or `first` given by a variable without a default counts as @limit's max. */
  maxListSize: 1000,
  /**
   * Added for each occurrence (each alias) of a field whose work grows with the graph. A network or
   * neighbourhood answers up to NETWORK_MAX_ELEMENTS (5,000) nodes and relationships of about 8
   * values each: four fit one operation, five do not. Centrality reads the whole graph: one per operation.
   */
  fieldCosts: {
    "Query.network": 40_000,
    "Query.neighbourhood": 40_000,
    "Query.centrality": 100_000,
    "Query.networkSummary": 10_000,
    "Query.paths": 10_000,
    "Query.sharedConnections": 10_000,
    "Query.changes": 10_000,
  },
} as const;

export type QueryLimits = { readonly [K in keyof typeof queryLimits]: number };

/** The cost rule's options: what it refuses over, and how it counts. The rule and the answer's report share them. */
export const costOptions = { maxCost: queryLimits.cost, ...costCounting } as const;
