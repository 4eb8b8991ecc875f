// The id of a request: the caller's `x-request-id` when it is a sane token (a proxy's or a
// client's, so lines can be matched across systems), else a new UUID.
import { randomUUID } from "node:crypto";

export const requestIdHeader = "x-request-id";

/** Letters, digits and `._:-`, at most 128: no spaces, quotes or control characters reach a log line. */
const sane = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestId(incoming: string | string[] | undefined): string {
  const given = Array.isArray(incoming) ? incoming[0] : incoming;
  return given !== undefined && sane.test(given) ? given : randomUUID();
}
