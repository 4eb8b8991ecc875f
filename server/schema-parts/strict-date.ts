// One rule for a day in GraphQL, the same as everywhere else (core/time/calendar-day.ts): exactly
// YYYY-MM-DD and a real calendar day. @neo4j/graphql's Date scalar reads its input with JavaScript's
// Date, which rolls 2021-02-30 over into March, reads "2022" as 1 January and turns a time with an
// offset into the UTC day. This replaces its parsing in the built schema.
//
// A variable's value is refused as it is coerced (BAD_USER_INPUT, naming the variable). A literal in
// the query is refused by strictDates, a validation rule, which names the argument and the input
// field (`where.validFrom.lte`); graphql-js's own rule would report it without either, so the
// scalar's parseLiteral hands the rule an InvalidDay rather than throwing.
import {
  type ASTVisitor,
  GraphQLError,
  type GraphQLSchema,
  getNullableType,
  isScalarType,
  Kind,
  print,
  type ValidationContext,
  type ValueNode,
} from "graphql";
import neo4j, { isDate } from "neo4j-driver";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { calendarDayProblem } from "../../core/time/calendar-day.js";

/** A literal that is not a day: what parseLiteral gives strictDates to report. Never executed. */
export class InvalidDay {
  constructor(readonly problem: string) {}
}

const toDate = (day: string) => {
  const [year, month, dayOfMonth] = day.split("-").map(Number) as [number, number, number];
  return new neo4j.types.Date(year, month, dayOfMonth);
};

function literalProblem(node: ValueNode): string | null {
  if (node.kind !== Kind.STRING) return `${print(node)} is not a date written "YYYY-MM-DD"`;
  return calendarDayProblem(node.value);
}

/** Gives the schema's Date scalar the strict rule; answers are unchanged (YYYY-MM-DD). */
export function useStrictDates(schema: GraphQLSchema): GraphQLSchema {
  const date = schema.getType("Date");
  if (!isScalarType(date)) throw new Error("the schema has no Date scalar to make strict");
  date.parseValue = (value: unknown) => {
    if (isDate(value as object)) return value;
    const problem = calendarDayProblem(value);
    if (problem) throw new GraphQLError(`${problem}.`);
    return toDate(value as string);
  };
  date.parseLiteral = (node: ValueNode) => {
    const problem = literalProblem(node);
    return problem ? new InvalidDay(problem) : toDate((node as { value: string }).value);
  };
  date.description =
    'A calendar day, written YYYY-MM-DD ("2022-07-01"). Nothing else is read as one: no year alone, no time or offset, no day past the end of its month.';
  return schema;
}

/**
 * BAD_USER_INPUT for a Date literal that is not a day, naming where it is: the argument, and the
 * input fields within it.
 */
export function strictDates(context: ValidationContext): ASTVisitor {
  const fields: string[] = [];
  /** False (do not look inside) once a list or object given for a day is reported. */
  const check = (node: ValueNode): false | undefined => {
    const type = getNullableType(context.getInputType());
    if (!isScalarType(type) || type.name !== "Date") return undefined;
    const problem = literalProblem(node);
    if (!problem) return undefined;
    const argument = [context.getArgument()?.name ?? "value", ...fields].join(".");
    context.reportError(
      new ThtError(ErrorCode.BadUserInput, `${argument}: ${problem}.`, { details: { argument }, nodes: [node] }),
    );
    return false;
  };
  return {
    ObjectField: { enter: (node) => void fields.push(node.name.value), leave: () => void fields.pop() },
    StringValue: check,
    IntValue: check,
    FloatValue: check,
    BooleanValue: check,
    EnumValue: check,
    ListValue: check,
    ObjectValue: check,
  };
}
