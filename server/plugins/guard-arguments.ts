// Client mistakes that @neo4j/graphql turns into server faults, refused before anything runs with
// BAD_USER_INPUT naming the argument: an explicit null for a filter that is itself an input object
// (`where: { successorIn: null }`, `members(where: { Organisation: null })`), a negative `limit`,
// `offset` or `first`, and a full-text phrase with no word or too many. Every field of the
// operation is checked, fragments included, with the request's variables.
import type { ApolloServerPlugin } from "@apollo/server";
import {
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  type OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { fullTextProblem } from "../resolvers/search.js";

/** Counts and positions: `limit` of the generated lists is 1 or more; the others 0 or more. */
const minimum: Record<string, number> = { limit: 1, offset: 0, first: 0, last: 0 };
/** Arguments read as full-text search phrases. */
const phrases = new Set(["phrase"]);

function isObjectValued(type: GraphQLInputType): boolean {
  const inner = getNullableType(type);
  return isInputObjectType(inner) || (isListType(inner) && isInputObjectType(getNamedType(inner)));
}

/** The problems of one value against its type, at `path`. */
function valueProblems(value: unknown, type: GraphQLInputType, path: string, out: string[]): void {
  const inner = getNullableType(type);
  if (value === null || value === undefined) return;
  if (isListType(inner)) {
    if (Array.isArray(value))
      for (const [i, v] of value.entries()) valueProblems(v, inner.ofType, `${path}[${i}]`, out);
    return;
  }
  if (!isInputObjectType(inner) || typeof value !== "object") return;
  const fields = inner.getFields();
  for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
    const field = fields[name];
    if (!field) continue;
    if (v === null && isObjectValued(field.type)) {
      out.push(`${path}.${name} cannot be null: leave it out to not filter by it`);
      continue;
    }
    valueProblems(v, field.type, `${path}.${name}`, out);
  }
}

function argumentProblems(arg: GraphQLArgument, value: unknown, field: string, out: string[]): void {
  const at = `${field}(${arg.name})`;
  const least = minimum[arg.name];
  if (least !== undefined && typeof value === "number" && value < least)
    out.push(`${at} must be ${least} or more; got ${value}`);
  if (phrases.has(arg.name) && typeof value === "string") {
    const problem = fullTextProblem(value);
    if (problem) out.push(`${at} ${problem}`);
  }
  valueProblems(value, arg.type, at, out);
}

export function operationProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  inputs: Record<string, unknown>,
): string[] {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], inputs);
  // Variables that do not fit their types are reported by execution itself, in its own words.
  if (coerced.errors) return [];
  const out: string[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const def = typeInfo.getFieldDef();
        if (!def || def.args.length === 0) return;
        let values: Record<string, unknown>;
        try {
          values = getArgumentValues(def, node, coerced.coerced);
        } catch {
          return; // a literal that does not fit: validation has reported it
        }
        for (const arg of def.args) if (arg.name in values) argumentProblems(arg, values[arg.name], def.name, out);
      },
    }),
  );
  return out;
}

export function guardArguments(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const problems = operationProblems(schema, document, operation, request.variables ?? {});
          if (problems.length === 0) return;
          throw new ThtError(ErrorCode.BadUserInput, problems.join("; "), {
            details: { problems },
            endsRequest: {},
          });
        },
      };
    },
  };
}
