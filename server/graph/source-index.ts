// Titles and addresses of the cited sources by id, read once per answer to fill in citations.
export type SourceIndex = Map<string, { title: string | null; url: string | null }>;
