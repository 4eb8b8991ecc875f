// Signing an editor in through the organisation's OpenID Connect provider: the authorization code
// flow with PKCE for a public client (no secret in the page), with oauth4webapi (RFC-checked, no
// dependencies). The server says which provider (GET /auth/sign-in.json, from OIDC_ISSUER,
// OIDC_CLIENT_ID, OIDC_SCOPE, OIDC_RESOURCE); the provider's access token is then what the page
// sends as its bearer token, checked by the server with the provider's key set (JWKS_URL).
// Loaded only when an editor signs in this way.
import * as oauth from "oauth4webapi";
import { ErrorCode } from "../../../schema/contract.js";
import { ApiError } from "./api.js";
import { type PendingSignIn, savePendingSignIn } from "./sign-in-return.js";

import type { OidcSettings } from "./sign-in-settings.js";

export type { OidcSettings };

/** The page's own address, registered with the provider as the client's redirect URI. */
const redirectUri = () => `${location.origin}/`;

type Insecure = { [oauth.allowInsecureRequests]: boolean };

async function providerOf(settings: OidcSettings): Promise<{ as: oauth.AuthorizationServer; http: Insecure }> {
  const issuer = new URL(settings.issuer);
  // A provider configured at an http:// address (a local one) is reached as configured.
  const http: Insecure = { [oauth.allowInsecureRequests]: issuer.protocol === "http:" };
  try {
    const response = await oauth.discoveryRequest(issuer, { ...http, algorithm: "oidc" });
    return { as: await oauth.processDiscoveryResponse(issuer, response), http };
  } catch (error) {
    throw new ApiError(
      ErrorCode.Unauthenticated,
      `the sign-in provider at ${issuer.origin} could not be reached or did not describe itself (${(error as Error).message})`,
    );
  }
}

/** Leaves for the provider's sign-in; the page comes back to this view with a code. */
export async function startSignIn(settings: OidcSettings): Promise<void> {
  const { as } = await providerOf(settings);
  if (!as.authorization_endpoint)
    throw new ApiError(ErrorCode.Unauthenticated, "the sign-in provider names no authorization endpoint");
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const url = new URL(as.authorization_endpoint);
  url.searchParams.set("client_id", settings.clientId);
  url.searchParams.set("redirect_uri", redirectUri());
  url.searchParams.set("response_type", "code");
  url.searchParams.set("scope", settings.scope);
  url.searchParams.set("code_challenge", await oauth.calculatePKCECodeChallenge(codeVerifier));
  url.searchParams.set("code_challenge_method", "S256");
  url.searchParams.set("state", state);
  if (settings.resource) url.searchParams.set("resource", settings.resource);
  const pending: PendingSignIn = { state, codeVerifier, returnTo: location.search };
  savePendingSignIn(pending);
  location.assign(url);
}

/** The provider's answer exchanged for an access token; refused with UNAUTHENTICATED and the provider's words. */
export async function finishSignIn(settings: OidcSettings, answer: URL, pending: PendingSignIn): Promise<string> {
  const { as, http } = await providerOf(settings);
  const client: oauth.Client = { client_id: settings.clientId };
  const clientAuth = oauth.None();
  try {
    const params = oauth.validateAuthResponse(as, client, answer, pending.state);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      clientAuth,
      params,
      redirectUri(),
      pending.codeVerifier,
      http,
    );
    const tokens = await oauth.processAuthorizationCodeResponse(as, client, response);
    return tokens.access_token;
  } catch (error) {
    const words =
      error instanceof oauth.AuthorizationResponseError || error instanceof oauth.ResponseBodyError
        ? `${error.error}${error.error_description ? `: ${error.error_description}` : ""}`
        : (error as Error).message;
    throw new ApiError(ErrorCode.Unauthenticated, `the sign-in provider did not sign you in (${words})`, {
      hint: "Try signing in again; if it keeps failing, ask whoever runs the sign-in provider.",
    });
  }
}
