// Which sign-in provider the server signs editors in with (GET /auth/sign-in.json: OIDC_ISSUER,
// OIDC_CLIENT_ID, OIDC_SCOPE, OIDC_RESOURCE), or null when editors paste a token.

export interface OidcSettings {
  issuer: string;
  clientId: string;
  scope: string;
  resource: string | null;
}

export async function fetchSignInSettings(): Promise<OidcSettings | null> {
  const response = await fetch("/auth/sign-in.json", { headers: { accept: "application/json" } }).catch(() => null);
  if (!response?.ok) return null;
  const body = (await response.json().catch(() => null)) as { oidc?: OidcSettings | null } | null;
  return body?.oidc ?? null;
}
