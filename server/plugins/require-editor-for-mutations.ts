// Defence in depth: @neo4j/graphql before 7.6.8 has published authentication bypasses, and only
// 7.6.3 can be installed. This plugin refuses every operation other than a query unless its bearer
// token verifies with jose and carries the editor role, before any resolver (so any Cypher) runs.
import type { ApolloServerPlugin } from "@apollo/server";
import type { AuthConfig } from "../../core/config.js";
import { createEditorCheck } from "../auth/create-editor-check.js";

export function requireEditorForMutations(auth: AuthConfig): ApolloServerPlugin {
  const check = createEditorCheck(auth);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, contextValue }) {
          // No operation means execution fails on its own without running a resolver.
          if (!operation || operation.operation === "query") return;
          // A throw here answers at once with the error's code and status (401/403). The verified
          // claims are what the write resolvers read the author from.
          const payload = await check(request.http?.headers.get("authorization"));
          (contextValue as { editor?: unknown }).editor = payload;
        },
      };
    },
  };
}
