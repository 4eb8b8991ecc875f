// The networks the page asks the API for, each fetched once per date or scope.
import { ErrorCode } from "../../../schema/contract.js";
import type { Network, NetworkSummary } from "../types.js";
import { ApiError, graphql } from "./api.js";
import { cachedBy } from "./cached-by.js";
import { NetworkDocument, NetworkScopedDocument, SummaryDocument } from "./generated/graphql.js";
import type { Scope } from "./scope.js";

const fetched = new Map<string, Promise<Network>>();
const summaries = new Map<string, Promise<NetworkSummary>>();

/** A root the server answers null only with an error (NOT_FOUND) beside it. */
function present<T>(value: T | null): T {
  if (value === null) throw new ApiError(ErrorCode.NotFound, "the server found nothing to answer");
  return value;
}

export const networks = {
  /** The whole network as of `date` (null: all time). */
  whole(date: string | null): Promise<Network> {
    return cachedBy(fetched, date ?? "all", () =>
      graphql(NetworkDocument, { asOf: date }).then((d) => present(d.network)),
    );
  },
  /** The network the server filtered: a focus's neighbourhood, or the filters' network. */
  scoped(scope: Scope): Promise<Network> {
    return cachedBy(fetched, JSON.stringify(scope), () =>
      graphql(NetworkScopedDocument, { ...scope }).then((d) => present(d.network)),
    );
  },
  /** Forgets every answer: the graph has changed (an edit from this page). */
  forget(): void {
    fetched.clear();
    summaries.clear();
  },
  summary(scope: Scope): Promise<NetworkSummary> {
    return cachedBy(summaries, JSON.stringify(scope), () =>
      graphql(SummaryDocument, { ...scope }).then((d) => present(d.networkSummary)),
    );
  },
};
