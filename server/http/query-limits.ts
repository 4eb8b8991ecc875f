// What one GraphQL document may ask for. Every page and network query stays well inside these;
// see README, "Limits".
export const queryLimits = {
  /** Nesting of fields; nested connections with edge properties need 7 and are refused. */
  depth: 6,
  /** Aliases anywhere in the operation, __typename included. */
  aliases: 15,
  directives: 50,
  /** Lexical tokens of the whole document. */
  tokens: 1000,
  /** graphql-armor's cost: objects 2, scalars 1, ×1.5 per level, × `first`/`last`. */
  cost: 5000,
} as const;

export type QueryLimits = { readonly [K in keyof typeof queryLimits]: number };
