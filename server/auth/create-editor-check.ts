// Verifies a request's bearer token with jose, independently of @neo4j/graphql, and demands the
// editor role. Used by the require-editor-for-mutations plugin.
import { HeaderMap } from "@apollo/server";
import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from "jose";
import type { AuthConfig } from "../../core/config.js";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { bearerToken } from "./bearer-token.js";
import { jwtVerifyOptions } from "./jwt-verify-options.js";

export const editorRole = "editor";

/** Resolves with the verified payload; rejects with UNAUTHENTICATED (401) or FORBIDDEN (403). */
export type EditorCheck = (authorization: string | undefined) => Promise<JWTPayload>;

export function createEditorCheck(auth: AuthConfig): EditorCheck {
  const key: Uint8Array | JWTVerifyGetKey | undefined = auth.secret
    ? new TextEncoder().encode(auth.secret)
    : auth.jwksUrl
      ? createRemoteJWKSet(new URL(auth.jwksUrl))
      : undefined;
  const options = jwtVerifyOptions(auth);

  return async (authorization) => {
    if (!key) {
      throw unauthenticated("mutations are off: the server has neither JWT_SECRET nor JWKS_URL.");
    }
    const token = bearerToken(authorization);
    if (!token) throw unauthenticated("this operation needs an editor token (Authorization: Bearer …).");
    let payload: JWTPayload;
    try {
      // A function key and a Uint8Array key take different overloads of jwtVerify.
      payload =
        key instanceof Uint8Array
          ? (await jwtVerify(token, key, options)).payload
          : (await jwtVerify(token, key, options)).payload;
    } catch (error) {
      throw unauthenticated("the token is not valid here (signature, expiry, audience, issuer or algorithm).", error);
    }
    const roles = payload.roles;
    if (!Array.isArray(roles) || !roles.includes(editorRole)) {
      throw new ThtError(ErrorCode.Forbidden, `this operation needs the role "${editorRole}".`, {
        endsRequest: {},
      });
    }
    return payload;
  };
}

function unauthenticated(message: string, cause?: unknown): ThtError {
  const headers = new HeaderMap([["www-authenticate", 'Bearer realm="tht-graph"']]);
  return new ThtError(ErrorCode.Unauthenticated, message, { cause, endsRequest: { headers } });
}
