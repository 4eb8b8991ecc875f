// POST /graphql as JSON (the server's CSRF prevention accepts application/json), errors by code:
// the codes of the one enum (schema/contract.ts), never invented here. Every fetch is counted in
// `inFlight` until its body is read, for the page's loading state (views/busy-view.ts), unless
// what waits for it shows its own wait (the details panel's timeline says "Loading…" in place).
import { codeForStatus, ErrorCode, isErrorCode } from "../../../schema/contract.js";
import type { TypedDocumentString } from "./generated/graphql.js";
import { inFlight } from "./in-flight.js";

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

/** Where a fetch's wait is shown: the page's loading state (the default), or only in place. */
export interface FetchOptions {
  /** True when the part of the page that waits shows it itself: the graph is not marked busy. */
  showsOwnWait?: boolean;
  /** An editor's token, sent as `Authorization: Bearer …`; only writes and the sign-in need one. */
  token?: string;
}

/** The response and its JSON body (undefined when it has none). */
async function send(
  path: string,
  init: RequestInit,
  { showsOwnWait = false }: FetchOptions = {},
): Promise<{ response: Response; body: unknown }> {
  const done = showsOwnWait ? () => {} : inFlight.start();
  try {
    const response = await fetch(path, init);
    return { response, body: await response.json().catch(() => undefined) };
  } catch {
    // The browser's own words ("Failed to fetch") tell the reader nothing more.
    throw new ApiError(ErrorCode.ServerUnreachable, "the server could not be reached");
  } finally {
    done();
  }
}

/** One of the page's operations (data/operations.graphql), typed by what it asks. */
export async function graphql<T, V>(
  document: TypedDocumentString<T, V>,
  variables: V,
  options?: FetchOptions,
): Promise<T> {
  const { response, body: read } = await send(
    "/graphql",
    {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...(options?.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
    },
    options,
  );
  const body = (read ?? {}) as {
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
export async function getJson<T>(path: string, options?: FetchOptions): Promise<T> {
  const { response, body: read } = await send(path, { headers: { accept: "application/json" } }, options);
  const body = read as { errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
  const code = body?.errors?.[0]?.extensions?.code;
  if (!response.ok)
    throw new ApiError(
      isErrorCode(code) ? code : codeForStatus(response.status),
      `${path} answered with HTTP status ${response.status}`,
    );
  return body as T;
}
