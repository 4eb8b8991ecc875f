// Editing from the page (issue 17), against the real server and Neo4j: an editor signs in by
// pasting a token (a refused one is said at the field with its code), the details panel shows an
// element's history (who, when, why, each field before and after), a revert from the page writes a
// new revision and the graph is drawn after it, a revert that later changes depend on is refused at
// its field writing nothing, and signing out hides the editing controls and forgets the token. The
// sign-in runs from the keyboard alone; axe finds no violations with the dialog open or the history
// shown to an editor.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../core/config.js";
import { readSeed } from "../../seed/read-seed.js";
import { writeSeed } from "../../seed/write/write-seed.js";
import { signEditorToken } from "../../server/auth/sign-editor-token.js";
import { pollEveryMs } from "../../viz/src/views/revision-watch.js";
import { axeViolations } from "../support/axe.js";
import {
  type OpenedPage,
  type PageSession,
  pageProblems,
  startPageSession,
  waitReady,
} from "../support/page-session.js";
import { testNeo4j } from "../support/test-neo4j.js";

const secret = "editing-page-test-secret-editing-page";
const auth = loadConfig({ JWT_SECRET: secret }).auth;
const partners = {
  source: "tht-partners",
  quote: "Tower Hamlets Together is made up of a number of different partners",
};
const id = "editing-test-organisation";

const labelOf = (page: Page) => page.evaluate((i) => window.cy.getElementById(i).data("label") as string, id);
const revisionIds = (page: Page) =>
  page
    .locator("#details-body .history .revision")
    .evaluateAll((items) => items.map((i) => i.getAttribute("data-revision")));

describe.skipIf(!testNeo4j().ownsDatabase)("editing from the page", () => {
  let session: PageSession;
  let token: string;
  const opened: OpenedPage[] = [];
  const write = async (query: string, variables: Record<string, unknown>) => {
    const answer = await session.app.gql<Record<string, { id: string }>>(query, variables, {
      authorization: `Bearer ${token}`,
    });
    expect(answer.errors).toBeUndefined();
    return Object.values(answer.data ?? {})[0]?.id ?? "";
  };
  const rename = (name: string) =>
    write(
      `mutation ($id: ID!, $name: String!) { updateOrganisation(id: $id, set: { name: $name }, cite: [{ source: "tht-partners", quote: "${partners.quote}" }], reason: "renamed by the test") { id } }`,
      { id, name },
    );

  beforeAll(async () => {
    session = await startPageSession({ JWT_SECRET: secret });
    await writeSeed(session.app.driver, readSeed(), { database: testNeo4j().database, reset: true });
    token = await signEditorToken(auth, { subject: "alice" });
    await write(
      `mutation ($input: NodeInput!) { addOrganisation(input: $input, reason: "added by the test") { id } }`,
      { input: { id, name: "Test Organisation A", kind: "test", cite: [partners] } },
    );
  });
  afterAll(async () => {
    for (const o of opened) await o.close();
    // The next files see the shipped seed again.
    if (session) await writeSeed(session.app.driver, readSeed(), { database: testNeo4j().database, reset: true });
    await session?.close();
  });

  it("signs in with a pasted token, shows history, reverts, refuses a conflicting revert, and signs out", async () => {
    const renamed = await rename("Test Organisation B");
    const o = await session.open(`?focus=${id}`);
    opened.push(o);
    const { page } = o;
    expect(await labelOf(page)).toBe("Test Organisation B");

    // History is public: the rename, field by field, with who and why; no editing controls yet.
    const history = page.locator("#details-body .history");
    await history.locator(".revision").first().waitFor();
    expect(await revisionIds(page)).toEqual([renamed, expect.stringMatching(/^rev-\d+$/)]);
    const latest = history.locator(".revision").first();
    expect(await latest.textContent()).toContain("alice");
    expect(await latest.textContent()).toContain("“renamed by the test”");
    expect(await latest.locator(".field-change").allTextContents()).toEqual([
      "name: Test Organisation A → Test Organisation B",
    ]);
    expect(await page.locator("button.revert").first().isVisible()).toBe(false);

    // A refused token is said at the field, with its code; nothing is kept.
    await page.click("#editor-sign-in");
    const dialog = page.locator("#sign-in-dialog");
    expect(await dialog.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("editor-token");
    expect(await axeViolations(page)).toEqual([]);
    await page.fill("#editor-token", `${token.slice(0, -4)}AAAA`);
    await page.click("#sign-in-submit");
    await page.locator("#editor-token-error[data-code='UNAUTHENTICATED']").waitFor();
    expect(await page.getAttribute("#editor-token", "aria-invalid")).toBe("true");
    expect(await page.textContent("#editor-token-error")).not.toContain("UNAUTHENTICATED");
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

    // The right one signs in: who is editing is said, the token is in this tab's storage only.
    await page.fill("#editor-token", `Bearer ${token}`);
    await page.click("#sign-in-submit");
    await page.locator("#editor-signed-in").waitFor();
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.textContent("#editor-name")).toBe("alice");
    expect(await page.evaluate(() => Object.values(sessionStorage))).toEqual([token]);
    expect(page.url()).not.toContain(token.slice(0, 20));
    expect(await page.inputValue("#editor-token")).toBe("");
    expect(await page.locator("button.revert").first().isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // A revert needs a reason; then it writes a revision and the graph is drawn after it.
    await latest.locator("button.revert").click();
    const form = latest.locator("form.revert-form");
    await form.locator("button[type=submit]").click();
    expect(await form.locator(".field-error").getAttribute("data-code")).toBe("BAD_USER_INPUT");
    await form.locator("input").fill("the old name was right");
    await form.locator("button[type=submit]").click();
    await waitReady(page, (i) => window.cy.getElementById(i).data("label") === "Test Organisation A", id);
    await page.locator(`#details-body .history .revision[data-revision='${renamed}']`).nth(0).waitFor();
    const after = await revisionIds(page);
    expect(after).toHaveLength(3);
    expect(after.slice(1)).toEqual([renamed, expect.stringMatching(/^rev-\d+$/)]);
    const revert = history.locator(".revision").first();
    expect(await revert.textContent()).toContain("(a revert)");
    expect(await revert.textContent()).toContain("“the old name was right”");
    expect(await page.textContent("#status")).toContain(`Reverted ${renamed}`);
    // The page's own revert is no news to it: no banner after the next poll.
    await page.waitForTimeout(pollEveryMs + 1_000);
    expect(await page.isVisible("#revision-banner")).toBe(false);

    // Another editor renames it meanwhile: undoing the first rename now would undo theirs too.
    const theirs = await rename("Test Organisation C");
    const stale = history.locator(`.revision[data-revision='${renamed}']`);
    await stale.locator("button.revert").click();
    await stale.locator("form.revert-form input").fill("try again");
    await stale.locator("form.revert-form button[type=submit]").click();
    await stale.locator(".field-error[data-code='REVERT_CONFLICT']").waitFor();
    const names = await session.app.gql<{ organisations: { name: string }[] }>(
      `{ organisations(where: { id: { eq: "${id}" } }) { name } }`,
    );
    expect(names.data?.organisations).toEqual([{ name: "Test Organisation C" }]);
    expect(theirs).toMatch(/^rev-\d+$/);
    // Meanwhile the page noticed the other rename: it says whose and why, and offers the graph as it is now.
    const banner = page.locator("#revision-banner");
    await banner.waitFor({ timeout: 3 * pollEveryMs });
    expect(await banner.textContent()).toContain(`${theirs} by alice: “renamed by the test”`);
    expect(await labelOf(page)).toBe("Test Organisation A");
    await banner.locator("button").click();
    await waitReady(page, (i) => window.cy.getElementById(i).data("label") === "Test Organisation C", id);
    expect(await banner.isVisible()).toBe(false);

    // Signing out hides the controls and forgets the token.
    await page.click("#editor-sign-out");
    expect(await page.isVisible("#editor-sign-in")).toBe(true);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await page.locator("button.revert").first().isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("editor-sign-in");
    // The refused token was answered 401, which Chromium logs; nothing else went wrong.
    expect(await pageProblems(o)).toEqual([
      "console: Failed to load resource: the server responded with a status of 401 (Unauthorized)",
    ]);
  });

  it("signs in from the keyboard alone, and keeps the sign-in across a reload of the tab", async () => {
    const o = await session.open("");
    opened.push(o);
    const { page } = o;
    await page.focus("#editor-sign-in");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("editor-token");
    await page.keyboard.insertText(token);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("sign-in-submit");
    await page.keyboard.press("Enter");
    await page.locator("#editor-signed-in").waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("editor-sign-out");
    await page.reload();
    await waitReady(page);
    await page.locator("#editor-signed-in").waitFor();
    expect(await page.textContent("#editor-name")).toBe("alice");
    // Escape closes the dialog without signing in.
    await page.click("#editor-sign-out");
    await page.keyboard.press("Enter");
    await page.locator("#sign-in-dialog").waitFor();
    await page.keyboard.press("Escape");
    expect(await page.isVisible("#sign-in-dialog")).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("editor-sign-in");
    expect(await pageProblems(o)).toEqual([]);
  });
});
