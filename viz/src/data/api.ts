// GET /graphql for reads (by persisted document), POST as JSON for writes, errors by code:
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

/** A document's operation: its type and name, as the first operation definition in its text says. */
export function operationOf(text: string): { type: string; name: string } | null {
  const found = /(?:^|[\s}])(query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(text);
  return found ? { type: found[1] as string, name: found[2] as string } : null;
}

/**
 * How the page asks one operation. A read without a token goes as a GET naming the persisted
 * document (`documentId`, npm run schema:print writes the server's list): the same address for
 * every visitor and every visit, which the server answers from its cache and browsers and proxies
 * revalidate with a 304. Writes, and anything with a token, are POSTed with the document's text.
 */
export function requestOf(
  document: { toString(): string; __meta__?: Record<string, unknown> | undefined },
  variables: unknown,
  options: { token?: string | undefined; byText?: boolean } = {},
): { path: string; init: RequestInit } {
  const text = document.toString();
  const operation = operationOf(text);
  const hash = document.__meta__?.hash;
  const accept = { accept: "application/json" };
  if (operation?.type === "query" && typeof hash === "string" && !options.token && !options.byText) {
    const search = new URLSearchParams({ documentId: hash, variables: JSON.stringify(variables ?? {}) });
    // Apollo's CSRF prevention asks a GET for a header no plain link or form can send.
    return {
      path: `/graphql?${search}`,
      init: { method: "GET", headers: { ...accept, "x-apollo-operation-name": operation.name } },
    };
  }
  return {
    path: "/graphql",
    init: {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...accept,
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query: text, variables }),
    },
  };
}

/** One of the page's operations (data/operations.graphql), typed by what it asks. */
export async function graphql<T, V>(
  document: TypedDocumentString<T, V>,
  variables: V,
  options?: FetchOptions,
): Promise<T> {
  let request = requestOf(document, variables, { token: options?.token });
  let { response, body: read } = await send(request.path, request.init, options);
  // A page older than the server (kept open across a release) may name a document it no longer has.
  if (request.init.method === "GET" && firstCode(read) === ErrorCode.PersistedQueryNotFound) {
    request = requestOf(document, variables, { token: options?.token, byText: true });
    ({ response, body: read } = await send(request.path, request.init, options));
  }
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

const firstCode = (body: unknown) =>
  (body as { errors?: { extensions?: { code?: unknown } }[] } | undefined)?.errors?.[0]?.extensions?.code;

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
