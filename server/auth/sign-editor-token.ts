// Signs an HS256 token with JWT_SECRET, for `npm run token` and the tests.
import { SignJWT } from "jose";
import type { AuthConfig } from "../../core/config.js";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { editorRole } from "./create-editor-check.js";

export interface TokenOptions {
  subject?: string;
  roles?: string[];
  /** A jose time span such as "12h" or "30m". */
  expiresIn?: string;
}

export async function signEditorToken(auth: AuthConfig, options: TokenOptions = {}): Promise<string> {
  if (!auth.secret) {
    throw new ThtError(ErrorCode.ConfigInvalid, "JWT_SECRET is not set: there is nothing to sign a local token with.");
  }
  return new SignJWT({ roles: options.roles ?? [editorRole] })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(options.subject ?? "local-editor")
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "12h")
    .sign(new TextEncoder().encode(auth.secret));
}
