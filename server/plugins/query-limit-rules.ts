// Depth, alias and directive limits as graphql-armor validation rules, cost as our own. Each refusal
// is a validation error (HTTP 400) that carries its own code: formatError reads it from the ThtError.
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLError, ValidationContext, ValidationRule } from "graphql";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { costOptions, type QueryLimits } from "../http/query-limits.js";
import { queryCostRule } from "./query-cost-rule.js";

export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  // propagateOnRejection: false stops armor's own throw (an HTTP 500 under Apollo); ours reports instead.
  const refuse = (code: ErrorCode) => ({
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(new ThtError(code, error.message.replace(/^Syntax Error: /, ""))),
    ],
  });
  const armor = new ApolloArmor({
    // Depth counts fields: a fragment spread or inline fragment adds no level of its own.
    maxDepth: { n: limits.depth, ignoreIntrospection: true, flattenFragments: true, ...refuse(ErrorCode.QueryTooDeep) },
    maxAliases: { n: limits.aliases, allowList: [], ...refuse(ErrorCode.TooManyAliases) },
    maxDirectives: { n: limits.directives, ...refuse(ErrorCode.TooManyDirectives) },
    // armor's cost counts `first`/`last` but not `limit`: query-cost-rule.ts counts both.
    costLimit: { enabled: false },
    // Tokens are counted before parsing (http/limit-tokens.ts); suggestions go in formatError.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect().validationRules;
  return [...armor, queryCostRule({ ...costOptions, maxCost: limits.cost })];
}
