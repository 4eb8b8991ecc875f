// Signing in through an OpenID Connect provider (issue 17), against a real provider (oidc-provider,
// a certified OpenID Provider implementation, run here on its own port) and the real server and
// Neo4j: the page leaves for the provider with an authorization code request and PKCE, the editor
// signs in there, and back on the page the code is exchanged for the provider's access token (a
// JWT the server verifies with the provider's key set); the code leaves the address, the view the
// editor left from is restored, and the token is kept in this tab only. A refusal at the provider
// is said in the sign-in dialog with its code. Writes then carry the provider's subject as author.
import type { Server } from "node:http";
import Provider from "oidc-provider";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/axe.js";
import { freePort } from "../support/free-port.js";
import { pageProblems, waitReady } from "../support/page-session.js";
import { testNeo4j } from "../support/test-neo4j.js";
import { startWritingPageSession, type WritingPageSession } from "../support/writing-page-session.js";

const clientId = "tht-graph-page";
const audience = "tht-graph-api";

/** Console errors of this server's pages only: the provider's development pages log their own. */
function ownProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && page.url().startsWith(origin)) problems.push(message.text());
  });
  return problems;
}
let origin = "";

/** Signs in at the provider's own (development) login and consent pages. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.locator("input[name=login]").waitFor();
  await page.fill("input[name=login]", login);
  await page.fill("input[name=password]", "any");
  await page.click("button[type=submit]");
  await page.locator("button[type=submit]", { hasText: "Continue" }).click();
}

describe.skipIf(!testNeo4j().ownsDatabase)("signing in through an OpenID Connect provider", () => {
  let session: WritingPageSession;
  let provider: Server;
  let issuer: string;
  let refuse = false;

  beforeAll(async () => {
    issuer = `http://127.0.0.1:${await freePort()}`;
    session = await startWritingPageSession({
      JWKS_URL: `${issuer}/jwks`,
      JWT_ISSUER: issuer,
      JWT_AUDIENCE: audience,
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: clientId,
      OIDC_SCOPE: "openid",
    });
    origin = session.app.url;
    const oidc = new Provider(issuer, {
      clients: [
        {
          client_id: clientId,
          token_endpoint_auth_method: "none",
          redirect_uris: [`${session.app.url}/`],
          grant_types: ["authorization_code"],
          response_types: ["code"],
        },
      ],
      pkce: { required: () => true },
      findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub }) }),
      features: {
        devInteractions: { enabled: true },
        resourceIndicators: {
          enabled: true,
          // Every token is for this API: a JWT with its audience, which the server verifies.
          defaultResource: () => "urn:tht-graph",
          getResourceServerInfo: () => ({ scope: "", audience, accessTokenFormat: "jwt" }),
          useGrantedResource: () => true,
        },
      },
      // The organisation's directory says who may edit.
      extraTokenClaims: () => (refuse ? { roles: [] } : { roles: ["editor"] }),
    });
    await new Promise<void>((resolve) => {
      provider = oidc.listen(Number(new URL(issuer).port), "127.0.0.1", () => resolve());
    });
  });
  afterAll(async () => {
    await new Promise((resolve) => provider?.close(resolve));
    await session?.close();
  });

  it("signs in at the provider with PKCE, comes back to the same view without the code, and writes as the provider's subject", async () => {
    const o = await session.open("?focus=elft");
    const { page } = o;
    const problems = ownProblems(page);
    await page.click("#editor-sign-in");
    const button = page.locator("#editor-oidc");
    await button.waitFor();
    expect(await button.textContent()).toBe(`Sign in with ${new URL(issuer).host}`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("editor-oidc");
    expect(await axeViolations(page)).toEqual([]);
    const asked = page.waitForRequest((r) => r.url().startsWith(`${issuer}/auth`));
    await button.click();
    const authorization = new URL((await asked).url());
    expect(authorization.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorization.searchParams.get("client_id")).toBe(clientId);
    await signInAtProvider(page, "carol");

    await page.waitForURL((url) => url.origin === session.app.url && url.searchParams.get("focus") === "elft");
    await waitReady(page);
    await page.locator("#editor-signed-in").waitFor();
    expect(await page.textContent("#editor-name")).toBe("carol");
    expect(page.url()).not.toMatch(/[?&](code|state)=/);
    const kept = await page.evaluate(() => Object.values(sessionStorage));
    expect(kept).toHaveLength(1);
    expect(kept[0]?.split(".")).toHaveLength(3);

    // The provider's token is the page's bearer token: a write records its subject.
    const written = await session.app.gql<{ updateOrganisation: { author: string } }>(
      'mutation { updateOrganisation(id: "elft", set: { aliases: ["East London NHS FT"] }, cite: [{ source: "tht-partners", quote: "Tower Hamlets Together is made up of a number of different partners" }], reason: "as carol") { author } }',
      {},
      { authorization: `Bearer ${kept[0]}` },
    );
    expect(written.errors).toBeUndefined();
    expect(written.data?.updateOrganisation.author).toBe("carol");
    expect(problems).toEqual([]);
    expect(await pageProblems(o).then((all) => all.filter((p) => p.startsWith("csp:")))).toEqual([]);
  });

  it("says in the dialog, with its code, when the provider's token does not carry the editor role", async () => {
    refuse = true;
    const o = await session.open("");
    const { page } = o;
    const problems = ownProblems(page);
    await page.click("#editor-sign-in");
    await page.click("#editor-oidc");
    await signInAtProvider(page, "dave");
    await page.waitForURL((url) => url.origin === session.app.url);
    await page.locator("#editor-oidc-error[data-code=FORBIDDEN]").waitFor();
    expect(await page.isVisible("#sign-in-dialog")).toBe(true);
    expect(await page.isVisible("#editor-signed-in")).toBe(false);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(page.url()).not.toMatch(/[?&](code|state)=/);
    refuse = false;
    // The server answered the sign-in check 403, which Chromium logs; nothing else went wrong.
    expect(problems).toEqual(["Failed to load resource: the server responded with a status of 403 (Forbidden)"]);
  });
});
