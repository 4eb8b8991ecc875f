// One set of JWT checks for @neo4j/graphql and for the require-editor plugin, so the two can
// never disagree about which tokens are good.
import type { JWTVerifyOptions } from "jose";
import type { AuthConfig } from "../../core/config.js";

/** Asymmetric algorithms only with a key set: an HS256 token must never be checked against a public key. */
const jwksAlgorithms = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];

export function jwtVerifyOptions(auth: AuthConfig): JWTVerifyOptions {
  return {
    // An explicit allow-list: `alg: none` and algorithm confusion are refused by construction.
    algorithms: auth.secret ? ["HS256"] : jwksAlgorithms,
    audience: auth.audience,
    issuer: auth.issuer,
    // A token without an expiry would be good forever.
    requiredClaims: ["exp"],
    clockTolerance: 5,
  };
}
