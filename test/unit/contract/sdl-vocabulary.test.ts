// The SDL's relationship fields against the one vocabulary (core/vocabulary.ts): every
// @relationship names a known type, joins the node labels the vocabulary allows in the direction it
// reads, and every relationship type the seed can hold can be reached through the generated API.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type FieldDefinitionNode,
  Kind,
  type ObjectTypeDefinitionNode,
  parse,
  type TypeNode,
  type UnionTypeDefinitionNode,
} from "graphql";
import { describe, expect, it } from "vitest";
import {
  figureRelationshipType,
  isRelationshipType,
  type NodeLabel,
  nodeLabels,
  relationshipTypes,
  relationshipVocabulary,
} from "../../../core/vocabulary.js";
import { schemaDir } from "../../../server/schema.js";

const document = parse(readFileSync(join(schemaDir, "graph.graphql"), "utf8"));
const objects = document.definitions.filter(
  (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION,
);
const unions = new Map(
  document.definitions
    .filter((d): d is UnionTypeDefinitionNode => d.kind === Kind.UNION_TYPE_DEFINITION)
    .map((u) => [u.name.value, (u.types ?? []).map((t) => t.name.value)]),
);

const named = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : named(type.type));
const argument = (field: FieldDefinitionNode, name: string) => {
  const directive = field.directives?.find((d) => d.name.value === "relationship");
  const value = directive?.arguments?.find((a) => a.name.value === name)?.value;
  return value && (value.kind === Kind.STRING || value.kind === Kind.ENUM) ? value.value : undefined;
};

interface RelationshipField {
  owner: string;
  field: string;
  type: string;
  direction: "IN" | "OUT";
  targets: string[];
}

const fields: RelationshipField[] = objects.flatMap((o) =>
  (o.fields ?? [])
    .filter((f) => argument(f, "type") !== undefined)
    .map((f) => {
      const target = named(f.type);
      return {
        owner: o.name.value,
        field: f.name.value,
        type: argument(f, "type") as string,
        direction: argument(f, "direction") as "IN" | "OUT",
        targets: unions.get(target) ?? [target],
      };
    }),
);

describe("schema/graph.graphql speaks the vocabulary", () => {
  it("gives every node label a type of its own", () => {
    const types = new Set(objects.map((o) => o.name.value));
    expect(nodeLabels.filter((label) => !types.has(label))).toEqual([]);
  });

  it("names only relationship types of the vocabulary", () => {
    const unknown = fields.filter((f) => f.type !== figureRelationshipType && !isRelationshipType(f.type));
    expect(unknown.map((f) => `${f.owner}.${f.field}: ${f.type}`)).toEqual([]);
  });

  it("joins only the node labels each relationship type allows, in the direction it reads", () => {
    const wrong: string[] = [];
    for (const f of fields) {
      if (!isRelationshipType(f.type)) continue;
      const term = relationshipVocabulary[f.type];
      const [here, there] = f.direction === "OUT" ? [term.from, term.to] : [term.to, term.from];
      if (!here.includes(f.owner as NodeLabel)) wrong.push(`${f.owner}.${f.field}: ${f.owner} cannot be this end`);
      for (const t of f.targets)
        if (!there.includes(t as NodeLabel)) wrong.push(`${f.owner}.${f.field}: ${t} cannot be the other end`);
    }
    expect(wrong).toEqual([]);
  });

  it("reaches every relationship type of the vocabulary from both of its ends", () => {
    const missing = relationshipTypes.filter(
      (type) =>
        !(
          fields.some((f) => f.type === type && f.direction === "OUT") &&
          fields.some((f) => f.type === type && f.direction === "IN")
        ),
    );
    expect(missing).toEqual([]);
  });
});
