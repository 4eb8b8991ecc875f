// Each organisation's degree and betweenness on a date (the API's `centrality`), for "Size nodes
// by"; asked once per date and "known facts only".

import { graphql } from "./api.js";
import { cachedBy } from "./cached-by.js";
import { CentralityDocument } from "./generated/graphql.js";

export interface CentralityOf {
  degree: number;
  betweenness: number;
}

const asked = new Map<string, Promise<Map<string, CentralityOf>>>();

export function fetchCentrality(asOf: string | null, certainOnly: boolean): Promise<Map<string, CentralityOf>> {
  return cachedBy(asked, `${asOf ?? ""}|${certainOnly}`, () =>
    graphql(CentralityDocument, { asOf, certainOnly }).then(
      (d) => new Map(d.centrality.map((c) => [c.node.id, { degree: c.degree, betweenness: c.betweenness }])),
    ),
  );
}

/** Forgets every answer: the graph has changed. */
export function forgetCentrality(): void {
  asked.clear();
}
