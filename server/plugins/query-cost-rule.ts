// The cost limit as our own validation rule: the most values an operation's answer can hold. Every
// field counts 1, and a list's fields count once for each item it can answer: its `limit`, `first`
// or `last`, or without one what @neo4j/graphql answers (@limit's default, 100). graphql-armor's
// cost rule counted `first`/`last` only, so `organisations(limit: 1000) { partners(limit: 1000) { … } }`
// cost as much as one organisation with its partners.
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from "graphql";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";

export interface QueryCostOptions {
  /** The most an operation may cost; more is refused with QUERY_TOO_COSTLY. */
  maxCost: number;
  /** Items a list of the generated API answers when it is given no `limit` or `first`: @limit's default. */
  defaultListSize: number;
  /** Items counted for a `limit` or `first` that is a variable without a default: @limit's max. */
  maxListSize: number;
  /**
   * Fields whose work grows with the graph, not with the document ("Query.network"): this is added
   * for each occurrence, so each alias of one costs again.
   */
  fieldCosts: Readonly<Record<string, number>>;
}

/** Arguments that say how many items a list or connection answers. */
const sizeArguments = new Set(["limit", "first", "last"]);

export function queryCostRule(options: QueryCostOptions): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const root = context.getSchema().getRootType(operation.operation);
      if (!root) return;
      const fragments = (name: string) => context.getFragment(name) ?? undefined;
      const cost = new CostCounter(context.getSchema(), fragments, options, operation).of(operation.selectionSet, root);
      if (cost > options.maxCost) {
        context.reportError(
          new ThtError(
            ErrorCode.QueryTooCostly,
            `Query cost limit of ${options.maxCost} exceeded, found ${cost}: ask for fewer items (a smaller ` +
              "limit or first), fewer nested lists, or fewer of network, neighbourhood, paths and centrality at once.",
            { details: { cost, limit: options.maxCost }, nodes: [operation] },
          ),
        );
      }
    },
  });
}

/**
 * The cost of the operation a document runs (by name, or its only one), counted as the rule counts it;
 * undefined when there is no such operation. The answer reports it in `extensions.cost`.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  options: QueryCostOptions,
): number | undefined {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  const root = operation ? schema.getRootType(operation.operation) : undefined;
  if (!operation || !root) return undefined;
  const fragments = new Map(
    document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return new CostCounter(schema, (name) => fragments.get(name), options, operation).of(operation.selectionSet, root);
}

class CostCounter {
  /** A fragment costs the same wherever it is spread (fragments add no level): counted once. */
  private readonly fragmentCosts = new Map<string, number>();
  private readonly visiting = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragmentNamed: (name: string) => FragmentDefinitionNode | undefined,
    private readonly options: QueryCostOptions,
    private readonly operation: OperationDefinitionNode,
  ) {}

  of(selectionSet: SelectionSetNode, parentType: GraphQLNamedType): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += this.field(selection, parentType);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition?.name.value;
        const type = condition ? this.schema.getType(condition) : parentType;
        cost += this.of(selection.selectionSet, type ?? parentType);
      } else {
        cost += this.fragment(this.fragmentNamed(selection.name.value));
      }
    }
    return cost;
  }

  private fragment(fragment: FragmentDefinitionNode | null | undefined): number {
    if (!fragment) return 0;
    const name = fragment.name.value;
    const known = this.fragmentCosts.get(name);
    if (known !== undefined) return known;
    // graphql-js's NoFragmentCyclesRule refuses a cycle; here it only must not recurse forever.
    if (this.visiting.has(name)) return 0;
    this.visiting.add(name);
    const type = this.schema.getType(fragment.typeCondition.name.value);
    const cost = type ? this.of(fragment.selectionSet, type) : 0;
    this.visiting.delete(name);
    this.fragmentCosts.set(name, cost);
    return cost;
  }

  private field(node: FieldNode, parentType: GraphQLNamedType): number {
    const name = node.name.value;
    // Introspection is off in production and its answer does not touch the graph. `__typename` is
    // free: clients such as Apollo Client add it to every selection, and it costs no read.
    if (name === "__schema" || name === "__type" || name === "__typename") return 0;
    const definition =
      isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
    const own = 1 + (this.options.fieldCosts[`${parentType.name}.${name}`] ?? 0);
    if (!node.selectionSet || !definition) return own;
    return own + this.items(node, definition) * this.of(node.selectionSet, getNamedType(definition.type));
  }

  /** How many items the field can answer. */
  private items(node: FieldNode, definition: GraphQLField<unknown, unknown>): number {
    const ids = node.arguments?.find((a) => a.name.value === "ids")?.value;
    if (ids) return ids.kind === Kind.LIST ? Math.max(ids.values.length, 1) : this.options.defaultListSize;
    const sizeArgs = definition.args.filter((arg) => sizeArguments.has(arg.name));
    if (sizeArgs.length === 0) return 1;
    const given = sizeArgs
      .map((arg) => node.arguments?.find((a) => a.name.value === arg.name)?.value)
      .map((value) => (value ? this.intOf(value) : undefined))
      .filter((n): n is number => n !== undefined);
    if (given.length > 0) return Math.max(...given, 1);
    const byId = idsAsked(node);
    if (byId !== undefined) return byId;
    const declared = sizeArgs.map((arg) => arg.defaultValue).find((v): v is number => typeof v === "number");
    return declared ?? this.options.defaultListSize;
  }

  /** An Int literal; a variable counts as its default, or as the most a list answers. Null: not given. */
  private intOf(value: ValueNode): number | undefined {
    if (value.kind === Kind.INT) return Number.parseInt(value.value, 10);
    if (value.kind !== Kind.VARIABLE) return undefined;
    const declared = this.operation.variableDefinitions?.find(
      (v) => v.variable.name.value === value.name.value,
    )?.defaultValue;
    return declared?.kind === Kind.INT ? Number.parseInt(declared.value, 10) : this.options.maxListSize;
  }
}

/** `where: { id: { eq: … } }` answers one item at most (ids are unique); `id: { in: [a, b] }` two. */
function idsAsked(node: FieldNode): number | undefined {
  const where = node.arguments?.find((a) => a.name.value === "where")?.value;
  if (where?.kind !== Kind.OBJECT) return undefined;
  const id = where.fields.find((f) => f.name.value === "id")?.value;
  if (id?.kind !== Kind.OBJECT) return undefined;
  const eq = id.fields.find((f) => f.name.value === "eq")?.value;
  if (eq && eq.kind !== Kind.NULL) return 1;
  const within = id.fields.find((f) => f.name.value === "in")?.value;
  return within?.kind === Kind.LIST ? Math.max(within.values.length, 1) : undefined;
}
