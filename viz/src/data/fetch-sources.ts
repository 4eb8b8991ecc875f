// The cited documents' details (title, address, publisher, date in words), for a file that is read
// away from the server: an exported story names its sources in full (model/story-document.ts).
import type { SourceDetails } from "../model/story-document.js";
import { graphql } from "./api.js";
import { SourcesDocument } from "./generated/graphql.js";

export async function fetchSources(ids: string[]): Promise<Map<string, SourceDetails>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const { sources } = await graphql(SourcesDocument, { ids: unique });
  return new Map(
    sources.map((s) => [s.id, { title: s.title, url: s.url, publisher: s.publisher, datedText: s.datedText }]),
  );
}
