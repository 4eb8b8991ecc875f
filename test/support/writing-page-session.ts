// A page session for the tests that write through the page: the shipped seed written afresh (and
// no saved stories) before, the pages it opened closed and the seed written back after, so the
// next file sees the graph it expects; and an editor's sign-in by pasting a token.
import type { Page } from "playwright-core";
import { readSeed } from "../../seed/read-seed.js";
import { writeSeed } from "../../seed/write/write-seed.js";
import { type OpenedPage, type PageSession, startPageSession, type Viewport } from "./page-session.js";
import { testNeo4j } from "./test-neo4j.js";

export interface WritingPageSession {
  app: PageSession["app"];
  open(query?: string, viewport?: Viewport): Promise<OpenedPage>;
  close(): Promise<void>;
}

export async function startWritingPageSession(env: Record<string, string>): Promise<WritingPageSession> {
  const session = await startPageSession(env);
  const { database } = testNeo4j();
  const fresh = async () => {
    await writeSeed(session.app.driver, readSeed(), { database, reset: true });
    await session.app.driver.executeQuery("MATCH (s:Story) DELETE s", {}, { database });
  };
  await fresh();
  const opened: OpenedPage[] = [];
  return {
    app: session.app,
    async open(query, viewport) {
      const o = await session.open(query, viewport);
      opened.push(o);
      return o;
    },
    async close() {
      for (const o of opened) await o.close();
      await fresh();
      await session.close();
    },
  };
}

/** Signs in by pasting `token` in the sign-in dialog, and waits for the editing tools. */
export async function signInWithToken(page: Page, token: string): Promise<void> {
  await page.click("#editor-sign-in");
  await page.fill("#editor-token", token);
  await page.click("#sign-in-submit");
  await page.locator("#add-node").waitFor();
}
