// A focus that does not hold on the date (NOT_FOUND) has nothing around it on that date.
import { ErrorCode } from "../../../schema/contract.js";
import type { Network } from "../types.js";
import { ApiError } from "./api.js";

export const emptyNetwork: Network = { nodes: [], edges: [] };

export function absentAsEmpty(network: Promise<Network>): Promise<Network> {
  return network.catch((error: unknown) => {
    if (error instanceof ApiError && error.code === ErrorCode.NotFound) return emptyNetwork;
    throw error;
  });
}
