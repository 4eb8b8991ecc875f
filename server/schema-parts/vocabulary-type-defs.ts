// The API's enums, written from the one vocabulary (core/vocabulary.ts) rather than by hand, so
// the SDL cannot drift from what the seed, the server and the page accept.
import {
  datePrecisions,
  edgeRoles,
  enumValue,
  figureQualifiers,
  nodeLabels,
  relationshipPhrase,
  relationshipTypes,
} from "../../core/vocabulary.js";

const enumOf = (name: string, description: string, values: { value: string; description?: string }[]) =>
  `"${description}"\nenum ${name} {\n${values
    .map((v) => (v.description ? `  "${v.description}"\n  ${v.value}` : `  ${v.value}`))
    .join("\n")}\n}\n`;

export function vocabularyTypeDefs(): string {
  return [
    enumOf(
      "NodeType",
      "The kinds of node the graph holds (Neo4j labels).",
      nodeLabels.map((value) => ({ value })),
    ),
    enumOf(
      "RelationshipType",
      "The relationship types of the graph; each reads as a sentence from its start to its end.",
      relationshipTypes.map((value) => ({ value, description: `FROM ${relationshipPhrase(value)} TO` })),
    ),
    enumOf(
      "DatePrecision",
      "How exactly a date is known.",
      datePrecisions.map((word) => ({
        value: enumValue(word),
        description:
          word === "day"
            ? "the day itself"
            : word === "range"
              ? "a range the source's words stand for"
              : "words alone, no range",
      })),
    ),
    enumOf(
      "FigureQualifier",
      "How a figure's value relates to the number given ('around 16,000' is ABOUT).",
      figureQualifiers.map((word) => ({ value: enumValue(word), description: word })),
    ),
    enumOf(
      "EdgeRole",
      "A party's role in an arrangement, or a provider's responsibility for a service.",
      edgeRoles.map((word) => ({ value: enumValue(word), description: word })),
    ),
  ].join("\n");
}
