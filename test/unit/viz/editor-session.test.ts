// The editor's sign-in against a fake API (fetch stubbed): the token is checked with the server as
// a write would be, sent only as a bearer header, kept in session storage only, forgotten on
// sign-out or when it no longer verifies; a malformed paste is refused before anything is sent.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createEditorSession, pastedToken, tokenStorageKey } from "../../../viz/src/data/editor-session.js";

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

const sent: { authorization: string | null; body: string }[] = [];
let answer: (authorization: string | null) => { status: number; body: unknown };

beforeEach(() => {
  sent.length = 0;
  answer = (authorization) =>
    authorization === "Bearer good.token.here"
      ? {
          status: 200,
          body: { data: { editor: { name: "alice", roles: ["editor"], expiresAt: "2027-01-01T00:00:00.000Z" } } },
        }
      : {
          status: 401,
          body: { errors: [{ message: "the token is not valid here", extensions: { code: "UNAUTHENTICATED" } }] },
        };
  vi.stubGlobal("fetch", async (_url: string, init: { headers: Record<string, string>; body: string }) => {
    const authorization = init.headers.authorization ?? null;
    sent.push({ authorization, body: init.body });
    const { status, body } = answer(authorization);
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  });
});
afterEach(() => vi.unstubAllGlobals());

describe("the editor session", () => {
  it("takes a token bare or with its scheme", () => {
    expect(pastedToken("  Bearer abc.def.ghi\n")).toBe("abc.def.ghi");
    expect(pastedToken("bearer abc")).toBe("abc");
    expect(pastedToken("abc")).toBe("abc");
  });

  it("signs in with a token the server accepts, keeps it in session storage and tells who is editing", async () => {
    const storage = new MemoryStorage();
    const session = createEditorSession(() => storage as unknown as Storage);
    const told: (string | null)[] = [];
    session.subscribe((s) => told.push(s?.editor.name ?? null));
    expect(await session.signIn("Bearer good.token.here")).toMatchObject({ name: "alice", roles: ["editor"] });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.authorization).toBe("Bearer good.token.here");
    expect(sent[0]?.body).toContain("editor");
    expect(sent[0]?.body).not.toContain("good.token.here");
    expect(storage.items.get(tokenStorageKey)).toBe("good.token.here");
    expect(session.current()?.editor.name).toBe("alice");
    session.signOut();
    expect(storage.items.has(tokenStorageKey)).toBe(false);
    expect(session.current()).toBeNull();
    expect(told).toEqual(["alice", null]);
  });

  it("refuses a token the server does not accept with its code, keeping nothing", async () => {
    const storage = new MemoryStorage();
    const session = createEditorSession(() => storage as unknown as Storage);
    await expect(session.signIn("bad.token")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(storage.items.size).toBe(0);
    expect(session.current()).toBeNull();
  });

  it("refuses an empty paste or one with spaces inside before asking the server", async () => {
    const session = createEditorSession(() => new MemoryStorage() as unknown as Storage);
    await expect(session.signIn("  ")).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    await expect(session.signIn("abc def")).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    expect(sent).toEqual([]);
  });

  it("checks a kept token again on load, and forgets it once it no longer verifies", async () => {
    const storage = new MemoryStorage();
    storage.setItem(tokenStorageKey, "good.token.here");
    const kept = createEditorSession(() => storage as unknown as Storage);
    await kept.restore();
    expect(kept.current()?.editor.name).toBe("alice");
    storage.setItem(tokenStorageKey, "expired.token");
    const expired = createEditorSession(() => storage as unknown as Storage);
    await expired.restore();
    expect(expired.current()).toBeNull();
    expect(storage.items.has(tokenStorageKey)).toBe(false);
  });

  it("works on in memory when the browser refuses storage", async () => {
    const session = createEditorSession(() => {
      throw new Error("SecurityError");
    });
    await session.signIn("good.token.here");
    expect(session.current()?.token).toBe("good.token.here");
  });
});
