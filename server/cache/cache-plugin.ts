// The response cache's part inside Apollo: it says whether an answer may be kept (a query whose
// answer carries no error), and it holds back a write's acknowledgement until this instance has
// read the graph's new version, so that no answer from before the write is served after it.
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphClock } from "./graph-clock.js";

/** What the plugin tells the route about one answer. */
export interface AnswerNotes {
  keep: boolean;
  /** The operation's name, for the log line and /metrics of the requests the kept answer serves. */
  operation?: string;
}

/** The plugin reads its notes from the request's context, where the route put them. */
export function cachePlugin<Context extends object>(clock: GraphClock): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, operationName, response, contextValue }) {
          const single = response.body.kind === "single" ? response.body.singleResult : undefined;
          const clean = single !== undefined && !single.errors?.length;
          const notes = (contextValue as { cacheNotes?: AnswerNotes }).cacheNotes;
          if (notes) {
            notes.keep = operation?.operation === "query" && clean;
            notes.operation = operationName ?? (operation ? "(anonymous)" : undefined);
          }
          // A mutation that ran may have written, even one that answered an error beside its data.
          if (operation && operation.operation !== "query")
            await clock.refresh({ wrote: clean }).catch(() => clock.noteWrite());
        },
      };
    },
  };
}
