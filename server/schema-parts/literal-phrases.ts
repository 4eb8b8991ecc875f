// Full-text input is data, never syntax, on every path: the generated `searchOrganisations(phrase:)`
// would pass Lucene syntax (`barts AND (`, 1,020 terms of `word~2`) straight to Neo4j. Its phrase
// is rewritten to the same literal query as `search(text:)`'s before the library sees it (the
// guard-arguments plugin has already refused a phrase with no word or too many).
import { type GraphQLSchema, isObjectType, Kind } from "graphql";
import { luceneQuery } from "../resolvers/search.js";

export function useLiteralPhrases(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (!isObjectType(query)) return schema;
  for (const field of Object.values(query.getFields())) {
    if (!field.args.some((a) => a.name === "phrase") || !field.resolve) continue;
    const resolve = field.resolve;
    field.resolve = (source, args, context, info) => {
      // The library writes Cypher with nothing to return for a selection of __typename alone (a
      // syntax error): that answer needs no database.
      const selections = info.fieldNodes.flatMap((n) => n.selectionSet?.selections ?? []);
      if (selections.every((s) => s.kind === Kind.FIELD && s.name.value === "__typename")) return {};
      return resolve(source, { ...args, phrase: luceneQuery(String(args.phrase ?? "")) }, context, info);
    };
  }
  return schema;
}
