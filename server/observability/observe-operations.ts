// Names each GraphQL request's operation in its request scope, for the request's log line and
// /metrics. Runs for every request Apollo's pipeline sees, refused ones included.
import type { ApolloServerPlugin } from "@apollo/server";
import { currentRequest } from "./request-scope.js";

export function observeOperations(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operationName, operation, request }) {
          const scope = currentRequest();
          if (!scope) return;
          const name = operationName ?? request.operationName ?? undefined;
          if (name) scope.operation = name;
          else if (operation) scope.operation = "(anonymous)";
        },
      };
    },
  };
}
