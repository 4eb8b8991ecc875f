// The networks the page asks the API for, each fetched once per date or scope.
import type { Network, NetworkSummary } from "../types.js";
import { graphql } from "./api.js";
import { cachedBy } from "./cached-by.js";
import { queries } from "./queries.js";
import type { Scope } from "./scope.js";

const fetched = new Map<string, Promise<Network>>();
const summaries = new Map<string, Promise<NetworkSummary>>();

export const networks = {
  /** The whole network as of `date` (null: all time). */
  whole(date: string | null): Promise<Network> {
    return cachedBy(fetched, date ?? "all", () =>
      graphql<{ network: Network }>(queries.network, { asOf: date }).then((d) => d.network),
    );
  },
  /** The network the server filtered: a focus's neighbourhood, or the filters' network. */
  scoped(scope: Scope): Promise<Network> {
    return cachedBy(fetched, JSON.stringify(scope), () =>
      graphql<{ network: Network }>(queries.networkScoped, { ...scope }).then((d) => d.network),
    );
  },
  summary(scope: Scope): Promise<NetworkSummary> {
    return cachedBy(summaries, JSON.stringify(scope), () =>
      graphql<{ networkSummary: NetworkSummary }>(queries.summary, { ...scope }).then((d) => d.networkSummary),
    );
  },
};
