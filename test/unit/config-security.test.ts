import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../core/config.js";

describe("loadConfig: auth and GraphQL exposure", () => {
  it("has no key, a 10 s query timeout, and introspection and Sandbox on outside production", () => {
    const config = loadConfig({});
    expect(config.auth).toEqual({
      secret: undefined,
      jwksUrl: undefined,
      audience: "tht-graph",
      issuer: "tht-graph",
      oidc: null,
    });
    expect(config.neo4j.queryTimeoutMs).toBe(10_000);
    expect(config.graphql).toMatchObject({ introspection: true, sandbox: true, corsOrigins: [] });
  });

  it("turns introspection and the Sandbox off in production unless asked for", () => {
    expect(loadConfig({ NODE_ENV: "production" }).graphql).toMatchObject({ introspection: false, sandbox: false });
    expect(
      loadConfig({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true", GRAPHQL_SANDBOX: "yes" }).graphql,
    ).toMatchObject({ introspection: true, sandbox: true, corsOrigins: [] });
    expect(loadConfig({ NODE_ENV: "development", GRAPHQL_SANDBOX: "false" }).graphql.sandbox).toBe(false);
  });

  it("refuses a short JWT_SECRET without printing it", () => {
    expect(() => loadConfig({ JWT_SECRET: "hunter2" })).toThrow(ConfigError);
    expect(() => loadConfig({ JWT_SECRET: "hunter2" })).toThrow(/JWT_SECRET=\(hidden\)/);
    expect(() => loadConfig({ JWT_SECRET: "hunter2" })).not.toThrow(/hunter2/);
  });

  it("refuses JWT_SECRET and JWKS_URL together, and a JWKS_URL that is not http(s)", () => {
    const secret = "x".repeat(32);
    expect(() => loadConfig({ JWT_SECRET: secret, JWKS_URL: "https://id.example/jwks.json" })).toThrow(
      /JWT_SECRET and JWKS_URL/,
    );
    expect(() => loadConfig({ JWKS_URL: "ftp://id.example/jwks.json" })).toThrow(/JWKS_URL/);
    expect(loadConfig({ JWKS_URL: "https://id.example/jwks.json" }).auth.jwksUrl).toBe("https://id.example/jwks.json");
  });

  it("takes the page's sign-in provider only with the key set that verifies its tokens, and with a client id", () => {
    const jwks = { JWKS_URL: "https://id.example/jwks.json" };
    const oidc = { OIDC_ISSUER: "https://id.example/realms/nhs", OIDC_CLIENT_ID: "tht-graph-page" };
    expect(() => loadConfig(oidc)).toThrow(/OIDC_ISSUER is set without JWKS_URL/);
    expect(() => loadConfig({ ...jwks, OIDC_ISSUER: oidc.OIDC_ISSUER })).toThrow(
      /OIDC_ISSUER and OIDC_CLIENT_ID together/,
    );
    expect(() => loadConfig({ ...jwks, ...oidc, OIDC_ISSUER: "id.example" })).toThrow(/OIDC_ISSUER="id.example"/);
    expect(() => loadConfig({ ...jwks, ...oidc, OIDC_RESOURCE: "not a uri" })).toThrow(/OIDC_RESOURCE/);
    expect(loadConfig({ ...jwks, ...oidc }).auth.oidc).toEqual({
      issuer: "https://id.example/realms/nhs",
      clientId: "tht-graph-page",
      scope: "openid",
      resource: null,
    });
    expect(loadConfig(jwks).auth.oidc).toBeNull();
  });

  it("rejects a query timeout that is not a positive whole number", () => {
    expect(() => loadConfig({ NEO4J_QUERY_TIMEOUT_MS: "soon" })).toThrow(/NEO4J_QUERY_TIMEOUT_MS="soon"/);
    expect(loadConfig({ NEO4J_QUERY_TIMEOUT_MS: "2500" }).neo4j.queryTimeoutMs).toBe(2_500);
  });
});
