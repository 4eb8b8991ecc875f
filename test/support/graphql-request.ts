// What one of the page's GraphQL requests asks, read back from fetch's arguments by a fake API:
// a GET names its persisted document and its operation (header), a POST carries the document's text.

export interface AskedOperation {
  operation: string;
  variables: Record<string, unknown>;
}

/** The operation and variables of a request to /graphql, or null for any other address. */
export function readGraphqlRequest(url: string, init?: RequestInit): AskedOperation | null {
  const address = new URL(url, "http://page.test");
  if (address.pathname !== "/graphql") return null;
  if ((init?.method ?? "GET") === "GET") {
    const operation = new Headers(init?.headers).get("x-apollo-operation-name") ?? "";
    const variables = JSON.parse(address.searchParams.get("variables") ?? "{}") as Record<string, unknown>;
    return { operation, variables };
  }
  const { query, variables } = JSON.parse(typeof init?.body === "string" ? init.body : "{}") as {
    query?: string;
    variables?: Record<string, unknown>;
  };
  return { operation: /(?:query|mutation)\s+(\w+)/.exec(query ?? "")?.[1] ?? "", variables: variables ?? {} };
}
