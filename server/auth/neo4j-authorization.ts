// features.authorization for @neo4j/graphql: how it verifies the bearer token it is given.
import type { Neo4jGraphQLConstructor } from "@neo4j/graphql";
import type { AuthConfig } from "../../core/config.js";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { jwtVerifyOptions } from "./jwt-verify-options.js";

type Neo4jAuthorizationSettings = NonNullable<NonNullable<Neo4jGraphQLConstructor["features"]>["authorization"]>;

/**
 * With neither JWT_SECRET nor JWKS_URL nothing is generated in their place: the key lookup fails,
 * @neo4j/graphql treats every token as unverified and refuses every mutation (reads stay public).
 */
export function neo4jAuthorization(auth: AuthConfig | undefined): Neo4jAuthorizationSettings {
  const key = auth?.secret ?? (auth?.jwksUrl ? { url: auth.jwksUrl } : undefined);
  if (!auth || !key) {
    return {
      key: () => {
        throw new ThtError(ErrorCode.Unauthenticated, "neither JWT_SECRET nor JWKS_URL is set.");
      },
    };
  }
  return { key, verify: true, verifyOptions: jwtVerifyOptions(auth) };
}
