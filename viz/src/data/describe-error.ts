// An error as the status line says it: the API's message with its code, or the error's message.
import { ApiError } from "./api.js";

export function describeError(error: unknown): string {
  if (error instanceof ApiError) return `${error.message} [${error.code}]`;
  return error instanceof Error ? error.message : String(error);
}
