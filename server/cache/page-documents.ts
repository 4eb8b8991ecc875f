// The page's operations as persisted documents: GraphQL Code Generator's client preset writes each
// one, normalised, under the SHA-256 of its text (viz/src/data/generated/persisted-documents.json,
// `npm run schema:print`). The page sends `documentId` instead of the text, so its reads fit in a
// GET's address and are the same request for every visitor; the warm-up asks them by name.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Kind, parse } from "graphql";

export const persistedDocumentsFile = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "viz",
  "src",
  "data",
  "generated",
  "persisted-documents.json",
);

export interface PageDocuments {
  /** The document's text for its id (`sha256:<hex>`), or undefined when it is not one of the page's. */
  text(id: string): string | undefined;
  /** The id and text of the page's operation named `name`. */
  byName(name: string): { id: string; text: string } | undefined;
}

export function readPageDocuments(file = persistedDocumentsFile): PageDocuments {
  const documents = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  const named = new Map<string, { id: string; text: string }>();
  for (const [id, text] of Object.entries(documents)) {
    for (const definition of parse(text).definitions)
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name)
        named.set(definition.name.value, { id, text });
  }
  return {
    text: (id) => (Object.hasOwn(documents, id) ? documents[id] : undefined),
    byName: (name) => named.get(name),
  };
}
