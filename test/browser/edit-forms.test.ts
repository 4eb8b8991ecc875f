// Editing from the page with its forms (issue 17), against the real server and Neo4j: an editor
// adds an organisation (the form refuses a missing quote and a bad id at their fields, in the
// server's words, before anything is sent), chooses the quote in the source's own text, adds a
// relationship from it with its other end picked on the graph (the server's ENDPOINT_KIND for a
// wrong type is placed at the field), reviews what the set will do and applies it as one revision;
// two editors changing the same organisation: the second Apply is shown the first one's change
// instead of overwriting it. One run is keyboard-only; axe finds nothing on any form.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../core/config.js";
import { signEditorToken } from "../../server/auth/sign-editor-token.js";
import { axeViolations } from "../support/axe.js";
import { clickElement, pageProblems, waitReady } from "../support/page-session.js";
import { testNeo4j } from "../support/test-neo4j.js";
import { signInWithToken, startWritingPageSession, type WritingPageSession } from "../support/writing-page-session.js";

const secret = "edit-forms-test-secret-edit-forms-test";
const auth = loadConfig({ JWT_SECRET: secret }).auth;
/** Not among the GP Care Group's own citations: an update citing it cites it anew. */
const leadSentence = "The GP Care Group is also the lead manager in the “Alliance” between Barts Health and ELFT.";
const cvsSentence =
  "The Tower Hamlets CVS is an independent membership organisation for voluntary, community faith and social enterprise organisations.";

/** Every editing dialog closed and gone: the page has done with what it answered. */
const closed = (page: Page) => page.waitForFunction(() => !document.querySelector("dialog.edit-dialog"));

/** The open editing form (the last dialog opened). */
const openForm = (page: Page) => page.locator("dialog.edit-dialog[open]").last();

async function chooseSentence(page: Page, sentence: string): Promise<void> {
  const picker = page.locator("dialog.citation-picker[open]");
  await picker.waitFor();
  await picker.locator("#picker-source").selectOption("tht-partners");
  await picker.locator("button.sentence", { hasText: sentence }).click();
  expect(await picker.locator("#picker-quote").inputValue()).toBe(sentence);
  await picker.locator("#picker-accept").click();
  await picker.waitFor({ state: "detached" });
  await page.locator("dialog.edit-dialog[open] .chosen-quotes q", { hasText: sentence }).waitFor();
}

describe.skipIf(!testNeo4j().ownsDatabase)("editing forms in the page", () => {
  let session: WritingPageSession;
  const tokens: Record<string, string> = {};
  const organisation = async (id: string) =>
    (
      await session.app.gql<{ organisations: { name: string; aliases: string[] }[] }>(
        `{ organisations(where: { id: { eq: "${id}" } }) { name aliases } }`,
      )
    ).data?.organisations[0];
  const revision = async () =>
    (await session.app.gql<{ graphRevision: number }>("{ graphRevision }")).data?.graphRevision;

  beforeAll(async () => {
    session = await startWritingPageSession({ JWT_SECRET: secret });
    tokens.alice = await signEditorToken(auth, { subject: "alice" });
    tokens.bob = await signEditorToken(auth, { subject: "bob" });
  });
  afterAll(() => session?.close());

  it("adds a cited organisation and a relationship picked on the graph, refused fields at their place, reviewed and applied as one revision", async () => {
    const o = await session.open("");
    const { page } = o;
    await signInWithToken(page, tokens.alice ?? "");
    const before = await revision();

    // The form for an organisation has every field of its record; the id follows the name.
    await page.selectOption("#add-node-type", "Organisation");
    await page.click("#add-node");
    const form = openForm(page);
    await form.waitFor();
    const fields = await form.locator("[data-field]").evaluateAll((f) => f.map((e) => e.getAttribute("data-field")));
    expect(fields).toEqual(
      expect.arrayContaining([
        "id",
        "name",
        "kind",
        "aliases",
        "validFrom",
        "validTo",
        "odsCode",
        "charityNumber",
        "cite",
      ]),
    );
    expect(await axeViolations(page)).toEqual([]);
    await form.getByLabel("Name (required)").fill("Bromley by Bow Centre");
    expect(await form.getByLabel("Id (required)").inputValue()).toBe("bromley-by-bow-centre");
    await form.getByLabel("Kind (required)").fill("charity");

    // Refused in the form first: no evidence, and an id the schema refuses, each at its field.
    await form.getByLabel("Id (required)").fill("Bromley By Bow");
    await form.locator("button[type=submit]").click();
    await form.locator("[data-field=cite] .field-error[data-code=BAD_USER_INPUT]").waitFor();
    expect(await form.locator("[data-field=id] .field-error").getAttribute("data-code")).toBe("SCHEMA_INVALID");
    expect(await form.locator("[data-field=id] .field-error").textContent()).toContain(
      "lower-case letters, digits and hyphens",
    );
    expect(await form.getByLabel("Id (required)").getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/-id$/);
    await form.getByLabel("Id (required)").fill("bromley-by-bow-centre");

    // The quote is chosen in the source's text, verbatim.
    await form.locator("button.choose-evidence").click();
    expect(await axeViolations(page)).toEqual([]);
    await chooseSentence(page, cvsSentence);
    expect(await form.locator(".chosen-quotes q").allTextContents()).toEqual([cvsSentence]);
    await form.locator("button[type=submit]").click();
    await closed(page);
    expect(await page.textContent("#review-changes")).toBe("Review changes (1)");
    // Nothing is written before Apply.
    expect(await revision()).toBe(before);
    expect(await organisation("bromley-by-bow-centre")).toBeUndefined();

    // Review: what the set will do, with its quote; a reason is required; Apply writes one revision.
    await page.click("#review-changes");
    const review = page.locator("dialog.review[open]");
    await review.locator(".diff li[data-element='bromley-by-bow-centre']").waitFor();
    expect(await review.locator(".diff").textContent()).toContain("Added organisation “Bromley by Bow Centre”");
    expect(await review.locator(".diff-quotes q").allTextContents()).toEqual([cvsSentence]);
    expect(await axeViolations(page)).toEqual([]);
    await review.locator("#review-apply").click();
    await review.locator("#review-error[data-code=BAD_USER_INPUT]").waitFor();
    await review.locator("#review-reason").fill("a partner the source names");
    await review.locator("#review-apply").click();
    await closed(page);
    await waitReady(page, () => window.cy.getElementById("bromley-by-bow-centre").nonempty());
    expect(await revision()).toBe((before ?? 0) + 1);
    expect(await organisation("bromley-by-bow-centre")).toEqual({ name: "Bromley by Bow Centre", aliases: [] });
    expect(await page.textContent("#status")).toContain(`Applied as rev-${(before ?? 0) + 1}`);

    // From its details: a relationship whose other end is picked on the graph.
    await page.locator("#details-body button[data-edit=relate]").click();
    const relate = openForm(page);
    await relate.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await relate.getByLabel("Relationship (required)").selectOption("PARTY_TO");
    await relate.locator("button.pick-on-graph").click();
    await page.locator(".pick-banner").waitFor();
    // Picking shows every node (the new organisation's focus frames it alone); the CVS is clicked where it is drawn.
    await clickElement(page, "tower-hamlets-cvs");
    await relate.waitFor();
    expect(await relate.getByLabel("To (required)").inputValue()).toBe("tower-hamlets-cvs");
    await relate.locator("button.choose-evidence").click();
    await chooseSentence(page, cvsSentence);
    // The server's refusal (an arrangement's party must be party to an arrangement) at the field.
    await relate.locator("button[type=submit]").click();
    await relate.locator("[data-field=to] .field-error[data-code=ENDPOINT_KIND]").waitFor();
    await relate.getByLabel("Relationship (required)").selectOption("MEMBER_OF");
    await relate.locator("button[type=submit]").click();
    await closed(page);
    await page.click("#review-changes");
    await review.locator(".diff li[data-element='MEMBER_OF:bromley-by-bow-centre->tower-hamlets-cvs']").waitFor();
    await review.locator("#review-reason").fill("a member of the CVS");
    await review.locator("#review-apply").click();
    await closed(page);
    await waitReady(page, () =>
      window.cy.getElementById("MEMBER_OF:bromley-by-bow-centre->tower-hamlets-cvs").nonempty(),
    );
    // History in the page: the organisation's revision, and the relationship's on its own.
    await page.locator("#details-body .history .revision").first().waitFor();
    expect(await page.locator("#details-body .history .revision-reason").allTextContents()).toEqual([
      "“a partner the source names”",
    ]);
    const member = await session.app.gql<{ history: { reason: string; author: string }[] }>(
      '{ history(id: "MEMBER_OF:bromley-by-bow-centre->tower-hamlets-cvs") { reason author } }',
    );
    expect(member.data?.history).toEqual([{ reason: "a member of the CVS", author: "alice" }]);
    expect(await pageProblems(o)).toEqual([]);
  });

  it("shows the second of two editors the first one's change instead of overwriting it", async () => {
    const a = await session.open("?focus=gp-care-group");
    const b = await session.open("?focus=gp-care-group");
    await signInWithToken(a.page, tokens.alice ?? "");
    await signInWithToken(b.page, tokens.bob ?? "");
    /** An alias added to the editor's change set (checked against the graph as the page shows it). */
    const addAlias = async (page: Page, alias: string) => {
      await page.locator("#details-body button[data-edit=update]").click();
      const form = openForm(page);
      await form.waitFor();
      if (alias === "GPCG") expect(await axeViolations(page)).toEqual([]);
      const aliases = form.getByLabel("Other names");
      await aliases.fill(`${await aliases.inputValue()}\n${alias}`.trim());
      await form.locator("button.choose-evidence").click();
      await chooseSentence(page, leadSentence);
      await form.locator("button[type=submit]").click();
      await closed(page);
    };
    const review = async (page: Page, reason: string) => {
      await page.click("#review-changes");
      const dialog = page.locator("dialog.review[open]");
      await dialog.locator(".diff li, #review-error *").first().waitFor();
      await dialog.locator("#review-reason").fill(reason);
      return dialog;
    };
    // Both read GP Care Group as it is and make a change; Alice applies hers first.
    await addAlias(a.page, "GPCG");
    await addAlias(b.page, "Care Group");
    const first = await review(a.page, "the federation's own short name");
    expect(await first.locator(".diff li[data-element='gp-care-group']").textContent()).toContain("aliases");
    // A change shows the quotes it cites anew, as an addition does.
    expect(await first.locator(".diff-quotes q").allTextContents()).toEqual([leadSentence]);
    await first.locator("#review-apply").click();
    await closed(a.page);
    // Bob's review is shown Alice's change instead of writing over it; his Apply is off.
    const second = await review(b.page, "as the source calls it");
    await second.locator("#review-error[data-code=EDIT_CONFLICT]").waitFor();
    expect(await second.locator(".conflicts").textContent()).toContain("by alice: “the federation's own short name”");
    expect(await second.locator("#review-apply").isDisabled()).toBe(true);
    expect(await axeViolations(b.page)).toEqual([]);
    expect((await organisation("gp-care-group"))?.aliases).toContain("GPCG");
    expect((await organisation("gp-care-group"))?.aliases).not.toContain("Care Group");
    // Bob looks at the graph as it is now, keeping his change, and applies it knowingly.
    await second.locator("#review-reload").click();
    await closed(b.page);
    await waitReady(b.page);
    const again = await review(b.page, "as the source calls it");
    await again.locator(".diff li[data-element='gp-care-group']").waitFor();
    await again.locator("#review-apply").click();
    await closed(b.page);
    expect((await organisation("gp-care-group"))?.aliases).toContain("Care Group");
    expect(await pageProblems(a)).toEqual([]);
    expect(await pageProblems(b)).toEqual([]);
  });

  it("adds and applies from the keyboard alone", async () => {
    const o = await session.open("");
    const { page } = o;
    await signInWithToken(page, tokens.alice ?? "");
    await page.focus("#add-node-type");
    await page.keyboard.press("End");
    expect(await page.inputValue("#add-node-type")).toBe("Site");
    await page.keyboard.press("Home");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await openForm(page).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/-id$/);
    await page.keyboard.press("Tab");
    await page.keyboard.insertText("Keyboard Trust");
    await page.keyboard.press("Tab");
    await page.keyboard.insertText("NHS trust");
    // To the evidence button, then a sentence, then Use this quote.
    while (!(await page.evaluate(() => document.activeElement?.classList.contains("choose-evidence"))))
      await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.locator("dialog.citation-picker[open]").waitFor();
    // Source, Add a new source, then the text's first sentence.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("picker-new-source");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("sentence"))).toBe(true);
    await page.keyboard.press("Enter");
    await page.focus("#picker-accept");
    await page.keyboard.press("Enter");
    await page.locator("dialog.citation-picker").waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.classList.contains("choose-evidence"))).toBe(true);
    // Submit with Enter from a text field, then review from the tools.
    await openForm(page).getByLabel("Kind (required)").focus();
    await page.keyboard.press("Enter");
    await closed(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("review-changes");
    await page.keyboard.press("Enter");
    await page.locator("dialog.review[open] .diff li").first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("review-reason");
    await page.keyboard.insertText("added from the keyboard");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("review-apply");
    await page.keyboard.press("Enter");
    await closed(page);
    await waitReady(page, () => window.cy.getElementById("keyboard-trust").nonempty());
    expect((await organisation("keyboard-trust"))?.name).toBe("Keyboard Trust");
    expect(await pageProblems(o)).toEqual([]);
  });
  it("adds a new source from a text file in the picker, and cites its sentence in the same change set", async () => {
    const o = await session.open("");
    const { page } = o;
    await signInWithToken(page, tokens.alice ?? "");
    // A service's Kind suggests the kinds the graph's services have; Escape closes the form.
    await page.selectOption("#add-node-type", "Service");
    await page.click("#add-node");
    const kinds = openForm(page).locator("[data-field=kind] datalist option");
    await kinds.first().waitFor({ state: "attached" });
    expect(await kinds.evaluateAll((o) => o.map((x) => x.getAttribute("value")))).toContain(
      "commissioned health services",
    );
    await page.keyboard.press("Escape");
    await closed(page);
    await page.selectOption("#add-node-type", "Organisation");
    await page.click("#add-node");
    const form = openForm(page);
    await form.getByLabel("Name (required)").fill("Poplar Union");
    await form.getByLabel("Kind (required)").fill("community centre");
    await form.locator("button.choose-evidence").click();
    const picker = page.locator("dialog.citation-picker[open]");
    await picker.locator("#picker-new-source").click();
    const source = page.locator("dialog.edit-dialog[data-form=addSource][open]");
    await source.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Neither text nor address: refused at the text's field before anything is sent.
    await source.getByLabel("Title (required)").fill("Poplar Union annual review");
    expect(await source.getByLabel("Id (required)").inputValue()).toBe("poplar-union-annual-review");
    await source.locator("button[type=submit]").click();
    await source.locator("[data-field=text] .field-error[data-code=BAD_USER_INPUT]").waitFor();
    const text = "Poplar Union is a community centre in Poplar.\nIt opened its doors in 2019.\n";
    await source.locator("input[type=file]").setInputFiles({
      name: "review.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(text),
    });
    await page.waitForFunction(
      () => (document.querySelector("[data-form=addSource] textarea") as HTMLTextAreaElement)?.value !== "",
    );
    await source.locator("button[type=submit]").click();
    // The new source is offered with its text; its sentence is the quote.
    await picker.locator("button.sentence", { hasText: "It opened its doors in 2019." }).click();
    await picker.locator("#picker-accept").click();
    await page
      .locator("dialog.edit-dialog[open] .chosen-quotes q", { hasText: "It opened its doors in 2019." })
      .waitFor();
    await form.locator("button[type=submit]").click();
    await closed(page);
    expect(await page.textContent("#review-changes")).toBe("Review changes (2)");
    await page.click("#review-changes");
    const review = page.locator("dialog.review[open]");
    await review.locator(".diff li[data-element='poplar-union-annual-review']").waitFor();
    await review.locator("#review-reason").fill("from its annual review");
    await review.locator("#review-apply").click();
    await closed(page);
    const answer = await session.app.gql<{
      sources: { title: string; text: string }[];
      organisations: { citationSources: string[] }[];
    }>(
      '{ sources(where: { id: { eq: "poplar-union-annual-review" } }) { title text } organisations(where: { id: { eq: "poplar-union" } }) { citationSources } }',
    );
    expect(answer.data?.sources).toEqual([{ title: "Poplar Union annual review", text }]);
    expect(answer.data?.organisations).toEqual([{ citationSources: ["poplar-union-annual-review"] }]);
    expect(await pageProblems(o)).toEqual([]);
  });
  it("ends a relationship on a day and retracts an organisation from the details panel, each reviewed and applied", async () => {
    const o = await session.open("?focus=elft");
    const { page } = o;
    await signInWithToken(page, tokens.alice ?? "");
    const edge = "PARTY_TO:elft->alliance";
    // A relationship picked in the graph shows its details, with End and Retract for an editor.
    await page.evaluate((id) => window.cy.getElementById(id).emit("tap"), edge);
    await page.locator("#details-body button[data-edit=end]").click();
    const end = openForm(page);
    await end.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await end.getByLabel("Day", { exact: true }).fill("2024-03-31");
    await end.locator("button.choose-evidence").click();
    await chooseSentence(
      page,
      "The GP Care Group is also the lead manager in the “Alliance” between Barts Health and ELFT.",
    );
    await end.locator("button[type=submit]").click();
    await closed(page);
    await page.click("#review-changes");
    const review = page.locator("dialog.review[open]");
    const ended = review.locator(`.diff li[data-element='${edge}']`);
    await ended.waitFor();
    expect(await ended.textContent()).toContain("Ended relationship: elft is party to alliance");
    expect(await ended.textContent()).toContain("validTo: none → 2024-03-31");
    await review.locator("#review-reason").fill("the Alliance contract ended");
    await review.locator("#review-apply").click();
    await closed(page);
    const after = await session.app.gql<{ network: { edges: { id: string; validTo: string | null }[] } }>(
      '{ network(focus: "elft", depth: 1) { edges { id: key validTo } } }',
    );
    expect(after.data?.network.edges.find((e) => e.id === edge)?.validTo).toBe("2024-03-31");

    // Retracting asks why, and the reason is offered for the revision.
    await page.goto(`${session.app.url}/?focus=healthwatch-tower-hamlets`);
    await waitReady(page);
    await page.locator("#details-body button[data-edit=retract]").click();
    const retract = openForm(page);
    await retract.locator("button[type=submit]").click();
    await retract.locator("[data-field=why] .field-error[data-code=BAD_USER_INPUT]").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await retract.getByLabel("Why is it wrong? (required)").fill("added in error by the test");
    await retract.locator("button[type=submit]").click();
    await closed(page);
    await page.click("#review-changes");
    await review.locator(".diff li[data-element='healthwatch-tower-hamlets']").waitFor();
    expect(await review.locator("#review-reason").inputValue()).toBe("added in error by the test");
    expect(await review.locator(".diff li.diff-retracted").count()).toBeGreaterThan(1);
    await review.locator("#review-apply").click();
    await closed(page);
    expect(await organisation("healthwatch-tower-hamlets")).toBeUndefined();
    // The focus on what is gone is let go of: the page shows the graph after it, not an error.
    await waitReady(page, () => window.cy.getElementById("healthwatch-tower-hamlets").empty());
    expect(new URL(page.url()).searchParams.get("focus")).toBeNull();
    expect(await pageProblems(o)).toEqual([]);
  });
});
