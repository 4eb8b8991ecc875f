// The API's refusal of a network larger than it answers (NETWORK_TOO_LARGE); the page branches on
// the code only.
import { ErrorCode } from "../../../schema/contract.js";
import { ApiError } from "./api.js";

export interface TooLarge {
  /** Nodes plus relationships of the network asked for. */
  elements: number;
  /** The most the server answers at once (NETWORK_MAX_ELEMENTS). */
  limit: number;
}

export function tooLarge(error: unknown): TooLarge | null {
  if (!(error instanceof ApiError) || error.code !== ErrorCode.NetworkTooLarge) return null;
  const number = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : 0);
  return { elements: number(error.details.elements), limit: number(error.details.limit) };
}
