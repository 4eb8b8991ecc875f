// POST /graphql as JSON (the server's CSRF prevention accepts application/json), errors by code.
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly code: string,
    message: string,
    /** The error's other `extensions` (NETWORK_TOO_LARGE: `elements`, `limit`). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiError("NETWORK_ERROR", error instanceof Error ? error.message : String(error));
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string; [name: string]: unknown } }[];
  };
  const first = body.errors?.[0];
  if (first) {
    const { code, ...details } = first.extensions ?? {};
    throw new ApiError(code ?? "INTERNAL_SERVER_ERROR", first.message, details);
  }
  if (!response.ok || !body.data) throw new ApiError("HTTP_ERROR", `the server answered ${response.status}`);
  return body.data;
}

export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: "application/json" } });
  if (!response.ok) throw new ApiError("HTTP_ERROR", `${path} answered ${response.status}`);
  return (await response.json()) as T;
}
