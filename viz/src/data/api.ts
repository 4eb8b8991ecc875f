// POST /graphql as JSON (the server's CSRF prevention accepts application/json), errors by code:
// the codes of the one enum (schema/contract.ts), never invented here.
import { codeForStatus, ErrorCode, isErrorCode } from "../../../schema/contract.js";
import type { TypedDocumentString } from "./generated/graphql.js";

export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The error's other `extensions` (NETWORK_TOO_LARGE: `elements`, `limit`). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, init);
  } catch {
    // The browser's own words ("Failed to fetch") tell the reader nothing more.
    throw new ApiError(ErrorCode.ServerUnreachable, "the server could not be reached");
  }
}

/** One of the page's operations (data/operations.graphql), typed by what it asks. */
export async function graphql<T, V>(document: TypedDocumentString<T, V>, variables: V): Promise<T> {
  const response = await send("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json().catch(() => ({}))) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string; [name: string]: unknown } }[];
  };
  const first = body.errors?.[0];
  if (first) {
    const { code, ...details } = first.extensions ?? {};
    throw new ApiError(isErrorCode(code) ? code : ErrorCode.InternalError, first.message, details);
  }
  if (!response.ok || !body.data)
    throw new ApiError(codeForStatus(response.status), `the server answered with HTTP status ${response.status}`);
  return body.data;
}

/** A GET of the server's JSON routes (stories); their errors come in the same envelope as GraphQL's. */
export async function getJson<T>(path: string): Promise<T> {
  const response = await send(path, { headers: { accept: "application/json" } });
  const body = (await response.json().catch(() => undefined)) as
    | { errors?: { message: string; extensions?: { code?: string } }[] }
    | undefined;
  const code = body?.errors?.[0]?.extensions?.code;
  if (!response.ok)
    throw new ApiError(
      isErrorCode(code) ? code : codeForStatus(response.status),
      `${path} answered with HTTP status ${response.status}`,
    );
  return body as T;
}
