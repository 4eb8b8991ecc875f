// Answers a field of ours whose type is a generated one (`NetworkNode.entity`, `node(id:)` …) by
// running @neo4j/graphql's own read resolver for that type (`organisations`, `services` …) with the
// selection the client made under our field. So `entity { … on Organisation { partnerIn { name } } }`
// is one generated Cypher query, with every filter and limit of the generated API, for a whole
// batch of ids at once.
import {
  type FieldNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  getNamedType,
  getNullableType,
  isListType,
  Kind,
  type SelectionNode,
} from "graphql";

/** The response key under which the delegated answer carries the id it was asked for. */
export const delegatedIdKey = "__thtNodeId";

/** The generated API's list query for a type: `organisations` for Organisation. */
export function readFieldOf(info: GraphQLResolveInfo, typeName: string): GraphQLField<unknown, unknown> {
  const query = info.schema.getQueryType();
  const field = Object.values(query?.getFields() ?? {}).find(
    (f) =>
      isListType(getNullableType(f.type)) && getNamedType(f.type).name === typeName && !f.name.endsWith("Connection"),
  );
  if (!field?.resolve) throw new Error(`the generated API has no list query for ${typeName}`);
  return field;
}

/**
 * The selections that apply to `typeName`, with fragments on it (or on the interface, or on no
 * type) spread in: what graphql-js itself would execute for an object of that type.
 */
function selectionsFor(
  selections: readonly SelectionNode[],
  typeName: string,
  info: GraphQLResolveInfo,
): SelectionNode[] {
  const applies = (condition: string | undefined) =>
    condition === undefined || condition === typeName || condition === "Node";
  return selections.flatMap((s): SelectionNode[] => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT)
      return applies(s.typeCondition?.name.value) ? selectionsFor(s.selectionSet.selections, typeName, info) : [];
    const fragment = info.fragments[s.name.value];
    return fragment && applies(fragment.typeCondition.name.value)
      ? selectionsFor(fragment.selectionSet.selections, typeName, info)
      : [];
  });
}

const idField: FieldNode = {
  kind: Kind.FIELD,
  alias: { kind: Kind.NAME, value: delegatedIdKey },
  name: { kind: Kind.NAME, value: "id" },
};

/** The objects of `typeName` with these ids, as the generated API answers them, each tagged with its type. */
export async function delegateRead(
  info: GraphQLResolveInfo,
  context: unknown,
  typeName: string,
  ids: readonly string[],
): Promise<Map<string, Record<string, unknown>>> {
  const field = readFieldOf(info, typeName);
  const selections = info.fieldNodes.flatMap((n) => selectionsFor(n.selectionSet?.selections ?? [], typeName, info));
  const fieldNode: FieldNode = {
    kind: Kind.FIELD,
    name: { kind: Kind.NAME, value: field.name },
    selectionSet: { kind: Kind.SELECTION_SET, selections: [idField, ...selections] },
  };
  const delegated: GraphQLResolveInfo = {
    ...info,
    fieldName: field.name,
    fieldNodes: [fieldNode],
    returnType: field.type,
    parentType: info.schema.getQueryType() ?? info.parentType,
  };
  const found = new Map<string, Record<string, unknown>>();
  // The generated API answers at most 1,000 rows a query (@limit).
  for (let from = 0; from < ids.length; from += 1000) {
    const batch = ids.slice(from, from + 1000);
    const rows = (await field.resolve?.(
      undefined,
      { where: { id: { in: batch } }, limit: batch.length },
      context,
      delegated,
    )) as Record<string, unknown>[];
    for (const row of rows) found.set(String(row[delegatedIdKey]), { ...row, __typename: typeName });
  }
  return found;
}
