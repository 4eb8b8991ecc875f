// The page router on its own: headers, caching, stories, and the answers when something is missing.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy, servePage } from "../../server/page/serve-page.js";

describe("servePage", () => {
  const root = mkdtempSync(join(tmpdir(), "tht-graph-page-"));
  const dist = join(root, "dist");
  const stories = join(root, "stories");
  let server: Server;
  let url: string;

  beforeAll(async () => {
    mkdirSync(dist);
    mkdirSync(stories);
    writeFileSync(join(dist, "index.html"), '<!doctype html><script type="module" src="/app-ABCDEFGH.js"></script>');
    writeFileSync(join(dist, "app-ABCDEFGH.js"), "export {};");
    writeFileSync(join(dist, ".inputs.sha256"), "secret-ish");
    const app = express();
    app.use(servePage({ distDir: dist, storiesDir: stories }));
    app.use("/missing", servePage({ distDir: join(root, "nothing"), storiesDir: stories }));
    app.use(
      "/with-sign-in",
      servePage({
        distDir: dist,
        storiesDir: stories,
        oidc: { issuer: "https://login.example.org/realms/nhs", clientId: "page", scope: "openid", resource: null },
      }),
    );
    server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
    });
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("serves the page with its security headers, revalidated on every load", async () => {
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toBe(contentSecurityPolicy);
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect(page.headers.get("cache-control")).toBe("no-cache");
  });

  it("lets browsers keep content-hashed files for a year", async () => {
    const asset = await fetch(`${url}/app-ABCDEFGH.js`);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(asset.headers.get("content-type")).toContain("javascript");
  });

  it("does not serve dotfiles", async () => {
    expect((await fetch(`${url}/.inputs.sha256`)).status).toBe(404);
  });

  it("answers PAGE_NOT_BUILT before the page is built", async () => {
    const answer = await fetch(`${url}/missing/`);
    expect(answer.status).toBe(503);
    expect(await answer.json()).toEqual({
      errors: [expect.objectContaining({ extensions: { code: "PAGE_NOT_BUILT" } })],
    });
  });

  it("serves valid stories and reports a broken one with SEED_INVALID", async () => {
    expect(await (await fetch(`${url}/stories/index.json`)).json()).toEqual([]);
    writeFileSync(join(stories, "broken.yaml"), "title: Broken\nsteps: []\n");
    const answer = await fetch(`${url}/stories/index.json`);
    expect(answer.status).toBe(500);
    const body = (await answer.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("SEED_INVALID");
    expect(body.errors[0]?.message).toContain("broken.yaml");
  });
  it("tells the page its sign-in provider, and lets the page fetch from that origin only", async () => {
    expect(await (await fetch(`${url}/auth/sign-in.json`)).json()).toEqual({ oidc: null });
    const settings = await fetch(`${url}/with-sign-in/auth/sign-in.json`);
    expect(await settings.json()).toEqual({
      oidc: { issuer: "https://login.example.org/realms/nhs", clientId: "page", scope: "openid", resource: null },
    });
    const page = await fetch(`${url}/with-sign-in/`);
    expect(page.headers.get("content-security-policy")).toContain("connect-src 'self' https://login.example.org;");
    expect(page.headers.get("content-security-policy")).toBe(
      contentSecurityPolicy.replace("connect-src 'self'", "connect-src 'self' https://login.example.org"),
    );
    const plain = await fetch(`${url}/`);
    expect(plain.headers.get("content-security-policy")).toBe(contentSecurityPolicy);
  });
});
