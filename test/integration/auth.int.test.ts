// Reads are public; every mutation needs a verified token with the editor role. Each refusal is
// checked for its code and status, and for writing nothing.
import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import express from "express";
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from "jose";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editorRole } from "../../server/auth/create-editor-check.js";
import { signEditorToken } from "../../server/auth/sign-editor-token.js";
import { createFormatError } from "../../server/http/create-format-error.js";
import { buildSchema } from "../../server/schema.js";
import { freePort } from "../support/free-port.js";
import { type RunningApp, startApp } from "../support/start-app.js";
import { isolationId, testDriver, testNeo4j } from "../support/test-neo4j.js";

const secret = randomBytes(32).toString("base64url");
const env = { JWT_SECRET: secret, JWT_AUDIENCE: "tht-graph-test", JWT_ISSUER: "tht-graph-test-issuer" };
const auth = { secret, jwksUrl: undefined, audience: env.JWT_AUDIENCE, issuer: env.JWT_ISSUER };
const run = isolationId("auth");

const createOrganisation = `mutation Create($input: NodeInput!) {
  addOrganisation(input: $input, reason: "auth test") { author changes { id after } }
}`;
const deleteOrganisation = `mutation Delete($id: ID!) { retract(id: $id, reason: "auth test") { changes { id action } } }`;

function organisation(suffix: string) {
  return {
    id: `${run}-${suffix}`,
    name: `Test organisation ${suffix}`,
    kind: "test",
    cite: [{ source: "tht-partners", quote: "Tower Hamlets Together is made up of a number of different partners" }],
  };
}

/** A token like an editor's, changed by `change` before it is signed with `key`. */
function forge(change: (jwt: SignJWT) => SignJWT, key = secret): Promise<string> {
  const jwt = new SignJWT({ roles: [editorRole] })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("test")
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime("10m");
  return change(jwt).sign(new TextEncoder().encode(key));
}

describe("auth: reads are public, mutations need an editor token", () => {
  let app: RunningApp;
  let driver: Driver;
  const { database } = testNeo4j();

  const nodeCount = async () => {
    const { records } = await driver.executeQuery("MATCH (n) RETURN count(n) AS n", {}, { database });
    return records[0]?.get("n") as number;
  };
  const mine = async () => {
    const { records } = await driver.executeQuery(
      "MATCH (n) WHERE n.id STARTS WITH $run RETURN count(n) AS n",
      { run },
      { database },
    );
    return records[0]?.get("n") as number;
  };

  beforeAll(async () => {
    driver = testDriver();
    app = await startApp(env);
  });
  afterAll(async () => {
    await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $run DETACH DELETE n", { run }, { database });
    await app?.close();
    await driver.close();
  });

  it("answers a read without a token", async () => {
    const answer = await app.gql("{ organisations(limit: 1) { id } }");
    expect(answer.status).toBe(200);
    expect(answer.json.errors).toBeUndefined();
    expect(Array.isArray(answer.json.data?.organisations)).toBe(true);
  });

  const refusals: [string, () => Promise<Record<string, string>>][] = [
    ["no token", async () => ({})],
    ["a token that is not a bearer token", async () => ({ authorization: `Basic ${btoa("editor:editor")}` })],
    ["a badly signed token", async () => bearer(await forge((j) => j, randomBytes(32).toString("base64url")))],
    [
      "an expired token",
      async () => bearer(await forge((j) => j.setIssuedAt(now() - 7200).setExpirationTime(now() - 3600))),
    ],
    ["a token for another audience", async () => bearer(await forge((j) => j.setAudience("another-api")))],
    ["a token from another issuer", async () => bearer(await forge((j) => j.setIssuer("someone-else")))],
    ["a token without an expiry", async () => bearer(await unexpiring())],
    ["an `alg: none` token", async () => bearer(unsigned())],
  ];

  for (const [name, headers] of refusals) {
    it(`refuses a mutation with ${name}: UNAUTHENTICATED, 401, nothing written`, async () => {
      const before = await nodeCount();
      const answer = await app.gql(createOrganisation, { input: organisation("refused") }, await headers());
      expect(answer.status).toBe(401);
      expect(answer.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(answer.json.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
      expect(answer.json.data).toBeUndefined();
      expect(await nodeCount()).toBe(before);
      expect(await mine()).toBe(0);
    });
  }

  describe("the editor query (the page's sign-in)", () => {
    const editor = "{ editor { name roles expiresAt } }";
    it("answers null without a token", async () => {
      const answer = await app.gql(editor);
      expect(answer.status).toBe(200);
      expect(answer.json.errors).toBeUndefined();
      expect(answer.json.data).toEqual({ editor: null });
    });

    it("names the holder of an editor token, its roles and its expiry", async () => {
      const token = await signEditorToken(auth, { subject: "alice" });
      const answer = await app.gql(editor, {}, bearer(token));
      expect(answer.status).toBe(200);
      const got = answer.json.data?.editor as { name: string; roles: string[]; expiresAt: string };
      expect(got).toMatchObject({ name: "alice", roles: ["editor"] });
      expect(Date.parse(got.expiresAt)).toBeGreaterThan(Date.now());
    });

    // (Without a bearer token there is no one to check: null, as for no header at all.)
    for (const [name, headers] of refusals.slice(2)) {
      it(`refuses ${name} as a write would: UNAUTHENTICATED, 401`, async () => {
        const answer = await app.gql(editor, {}, await headers());
        expect(answer.status).toBe(401);
        expect(answer.json.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
        expect(answer.json.data?.editor ?? null).toBeNull();
      });
    }

    it("refuses a token without the editor role: FORBIDDEN, 403", async () => {
      const answer = await app.gql(editor, {}, bearer(await signEditorToken(auth, { roles: ["viewer"] })));
      expect(answer.status).toBe(403);
      expect(answer.json.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    });
  });

  it("refuses a verified token without the editor role: FORBIDDEN, 403, nothing written", async () => {
    const before = await nodeCount();
    const token = await signEditorToken(auth, { roles: ["viewer"] });
    const answer = await app.gql(createOrganisation, { input: organisation("viewer") }, bearer(token));
    expect(answer.status).toBe(403);
    expect(answer.json.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect(await nodeCount()).toBe(before);
    expect(await mine()).toBe(0);
  });

  it("lets an editor add and then retract an Organisation", async () => {
    const headers = bearer(await signEditorToken(auth));
    const created = await app.gql(createOrganisation, { input: organisation("editor") }, headers);
    expect(created.status).toBe(200);
    expect(created.json.errors).toBeUndefined();
    expect(created.json.data).toMatchObject({
      addOrganisation: {
        author: "local-editor",
        changes: [{ id: `${run}-editor`, after: { name: "Test organisation editor" } }],
      },
    });
    expect(await mine()).toBe(1);

    const deleted = await app.gql(deleteOrganisation, { id: `${run}-editor` }, headers);
    expect(deleted.status).toBe(200);
    expect(deleted.json.data).toEqual({ retract: { changes: [{ id: `${run}-editor`, action: "RETRACTED" }] } });
    expect(await mine()).toBe(0);
  });

  it("refuses an editor token signed with another server's secret", async () => {
    const other = { ...auth, secret: randomBytes(32).toString("base64url") };
    const answer = await app.gql(
      createOrganisation,
      { input: organisation("other") },
      bearer(await signEditorToken(other)),
    );
    expect(answer.json.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    expect(await mine()).toBe(0);
  });

  it("refuses every mutation when neither JWT_SECRET nor JWKS_URL is set, reads still answer", async () => {
    const readOnly = await startApp({ NODE_ENV: "development" });
    try {
      const before = await nodeCount();
      const answer = await readOnly.gql(
        createOrganisation,
        { input: organisation("unconfigured") },
        bearer(await signEditorToken(auth)),
      );
      expect(answer.status).toBe(401);
      expect(answer.json.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
      expect(await nodeCount()).toBe(before);
      expect((await readOnly.gql("{ organisations(limit: 1) { id } }")).status).toBe(200);
    } finally {
      await readOnly.close();
    }
  });

  it("verifies RS256 tokens against JWKS_URL, and refuses HS256 ones there", async () => {
    const { privateKey, publicKey } = await generateKeyPair("RS256");
    const jwks = express().get("/jwks.json", async (_req, res) => {
      res.json({ keys: [{ ...(await exportJWK(publicKey)), kid: "test", alg: "RS256", use: "sig" }] });
    });
    const port = await freePort();
    const jwksServer = await new Promise<Server>((resolve) => {
      const listening = jwks.listen(port, "127.0.0.1", () => resolve(listening));
    });
    const withJwks = await startApp({
      JWKS_URL: `http://127.0.0.1:${port}/jwks.json`,
      JWT_AUDIENCE: auth.audience,
      JWT_ISSUER: auth.issuer,
    });
    try {
      const rs256 = await new SignJWT({ roles: [editorRole] })
        .setProtectedHeader({ alg: "RS256", kid: "test" })
        .setSubject("jwks-editor")
        .setIssuer(auth.issuer)
        .setAudience(auth.audience)
        .setExpirationTime("10m")
        .sign(privateKey);
      const refused = await withJwks.gql(
        createOrganisation,
        { input: organisation("jwks-hs256") },
        bearer(await signEditorToken(auth)),
      );
      expect(refused.json.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
      expect(await mine()).toBe(0);

      const created = await withJwks.gql(createOrganisation, { input: organisation("jwks") }, bearer(rs256));
      expect(created.json.errors).toBeUndefined();
      expect(await mine()).toBe(1);
      const deleted = await withJwks.gql(deleteOrganisation, { id: `${run}-jwks` }, bearer(rs256));
      expect(deleted.json.data).toEqual({ retract: { changes: [{ id: `${run}-jwks`, action: "RETRACTED" }] } });
    } finally {
      await withJwks.close();
      jwksServer.closeAllConnections();
      await new Promise<void>((resolve) => jwksServer.close(() => resolve()));
    }
  });

  // The second line of defence: the write resolvers take their author only from the claims the
  // plugin verified; without the plugin there are none, and nothing is written.
  it("refuses in the write resolvers themselves, before any write, when the plugin is not there", async () => {
    const schema = await buildSchema({ driver: app.driver, database, auth: app.config.auth });
    const bare = new ApolloServer({ schema, formatError: createFormatError({ production: false, where: "test" }) });
    await bare.start();
    try {
      const before = await nodeCount();
      for (const token of [undefined, await signEditorToken(auth, { roles: ["viewer"] }), unsigned()]) {
        const result = await bare.executeOperation(
          { query: createOrganisation, variables: { input: organisation("bare") } },
          { contextValue: { token: token && `Bearer ${token}`, sessionConfig: { database } } },
        );
        const body = result.body.kind === "single" ? result.body.singleResult : undefined;
        expect(body?.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
      }
      expect(await nodeCount()).toBe(before);
      expect(await mine()).toBe(0);
    } finally {
      await bare.stop();
    }
  });
});

function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}

function unsigned(): string {
  return new UnsecuredJWT({ roles: [editorRole] })
    .setSubject("test")
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime("10m")
    .encode();
}

function unexpiring(): Promise<string> {
  return new SignJWT({ roles: [editorRole] })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .sign(new TextEncoder().encode(secret));
}
