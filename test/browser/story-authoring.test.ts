// Writing a story in the page (issue 17), against the real server, Neo4j and Chromium: an editor
// takes two views as steps (a focus; a picked relationship), writes their titles and captions and
// picks their quotes from what they highlight, moves a step, is refused a caption its quotes do not
// support (at that step, with its code), saves, and after a reload presents the story from the
// Present menu; the story's YAML for the repository downloads, and is what a shipped story file
// holds. axe finds nothing in the editor.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadConfig } from "../../core/config.js";
import { storyFile } from "../../seed/read/read-stories.js";
import { signEditorToken } from "../../server/auth/sign-editor-token.js";
import { axeViolations } from "../support/axe.js";
import { pageProblems, waitReady } from "../support/page-session.js";
import { testNeo4j } from "../support/test-neo4j.js";
import { signInWithToken, startWritingPageSession, type WritingPageSession } from "../support/writing-page-session.js";

const secret = "story-authoring-secret-story-authoring";
const auth = loadConfig({ JWT_SECRET: secret }).auth;
const lead = "LEAD_MANAGER_OF:gp-care-group->alliance";

describe.skipIf(!testNeo4j().ownsDatabase)("writing a story in the page", () => {
  let session: WritingPageSession;
  let token = "";

  beforeAll(async () => {
    session = await startWritingPageSession({ JWT_SECRET: secret });
    token = await signEditorToken(auth, { subject: "alice" });
  });
  afterAll(() => session?.close());

  it("takes views as steps, refuses an unsupported caption at its step, saves, reloads and presents the story", async () => {
    const o = await session.open("?focus=gp-care-group");
    const { page } = o;
    await waitReady(page);
    await signInWithToken(page, token);
    await page.click("#story-new");
    const editor = page.locator("dialog.story-editor[open]");
    await editor.waitFor();
    await editor.locator("#draft-title").fill("The Care Group and the Alliance");
    expect(await editor.locator("#draft-id").inputValue()).toBe("the-care-group-and-the-alliance");
    await editor.locator("#draft-description").fill("Who leads the Alliance.");

    // Step 1: the focus on the GP Care Group, as it is on screen.
    await page.click("#story-add-step");
    const first = editor.locator(".story-step[data-step='0']");
    await first.waitFor();
    expect(await first.locator(".step-where").textContent()).toContain("focus gp-care-group");
    await first.locator("input[type=text]").fill("The GP Care Group");
    await first.locator("textarea").fill("It was formed in late 2013");
    const quotes = first.locator(".step-quotes label");
    expect(await quotes.allTextContents()).toContain(
      "“The Tower Hamlets GP Care Group was formed in late 2013 to enable General Practices to be more involved in the local commissioning of health services in the borough.”",
    );

    // Step 2: the lead-manager relationship, picked on the graph.
    await page.evaluate((id) => window.cy.getElementById(id).emit("tap"), lead);
    await page.locator("#details-body button[data-edit=end]").waitFor();
    await page.click("#story-add-step");
    const second = editor.locator(".story-step[data-step='1']");
    await second.waitFor();
    expect(await second.locator(".step-where").textContent()).toContain("1 relationships highlighted");
    await second.locator("input[type=text]").fill("Lead manager of the Alliance");
    // A caption naming a number its quotes do not give is refused at its step.
    await second.locator("textarea").fill("It leads 99 services");
    // Its quotes are what the relationship and its ends cite; the one that says so is ticked.
    await second.getByLabel(/is also the lead manager in the/).check();
    expect(await axeViolations(page)).toEqual([]);
    await editor.locator("#draft-reason").fill("for the board");
    await editor.locator("#story-save").click();
    await editor.locator("#story-step-1-error[data-code=STORY_STEP_INVALID]").waitFor();
    expect(await editor.locator("#story-step-1-error").textContent()).toContain("99");
    await second.locator("textarea").fill("The GP Care Group is the lead manager in the Alliance");

    // Move the relationship first, then back; save.
    await second.getByRole("button", { name: "Move up step 2" }).click();
    expect(await editor.locator(".story-step[data-step='0'] input[type=text]").inputValue()).toBe(
      "Lead manager of the Alliance",
    );
    await editor.locator(".story-step[data-step='1']").getByRole("button", { name: "Move up step 2" }).click();
    await editor.locator("#story-save").click();
    await page.locator("#editor-announcer", { hasText: "Saved the story" }).waitFor({ state: "attached" });
    expect(await page.inputValue("#story-select")).toBe("the-care-group-and-the-alliance");

    // The YAML for the repository is a story file as the shipped ones are.
    const downloading = page.waitForEvent("download");
    await editor.locator("#story-yaml").click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe("the-care-group-and-the-alliance.yaml");
    const yaml = storyFile.parse(parse(readFileSync((await file.path()) ?? "", "utf8")));
    expect(yaml.steps.map((s) => s.highlight.edges)).toEqual([[], [lead]]);

    // After a reload, anyone presents it from the Present menu.
    await page.reload();
    await waitReady(page);
    await page.selectOption("#story-select", "the-care-group-and-the-alliance");
    await page.getByRole("button", { name: "Present" }).click();
    await waitReady(page, () => new URL(location.href).searchParams.get("step") === "1");
    expect(await page.textContent("#story-title")).toBe("The GP Care Group");
    await page.keyboard.press("ArrowRight");
    await waitReady(page, () => new URL(location.href).searchParams.get("step") === "2");
    expect(await page.textContent("#story-title")).toBe("Lead manager of the Alliance");
    expect(await page.evaluate((id) => window.cy.getElementById(id).hasClass("story"), lead)).toBe(true);
    const history = await session.app.gql<{ history: { reason: string; author: string }[] }>(
      '{ history(id: "story:the-care-group-and-the-alliance") { reason author } }',
    );
    expect(history.data?.history).toEqual([{ reason: "for the board", author: "alice" }]);
    // Still signed in (this tab), the editor opens the saved story again; a shipped one is not editable here.
    await page.keyboard.press("Escape");
    await page.locator("#story-edit").waitFor();
    await page.selectOption("#story-select", "tower-hamlets-together");
    expect(await page.locator("#story-edit").isDisabled()).toBe(true);
    await page.selectOption("#story-select", "the-care-group-and-the-alliance");
    await page.click("#story-edit");
    await editor.locator(".story-step[data-step='1']").waitFor();
    expect(await editor.locator("#draft-title").inputValue()).toBe("The Care Group and the Alliance");
    expect(
      await editor
        .locator(".story-step input[type=text]")
        .evaluateAll((i) => i.map((x) => (x as HTMLInputElement).value)),
    ).toEqual(["The GP Care Group", "Lead manager of the Alliance"]);
    expect(await pageProblems(o)).toEqual([]);
  });

  it("says beside a story, and at its step, what it names that the graph no longer holds", async () => {
    const retracted = "PARTNER_IN:healthwatch-tower-hamlets->tht";
    const answer = await session.app.gql(
      `mutation { retract(id: "${retracted}", reason: "test: a fact found wrong") { number } }`,
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(answer.errors).toBeUndefined();
    const o = await session.open();
    const { page } = o;
    await waitReady(page);
    const option = page.locator('#story-select option[value="tower-hamlets-together"]');
    expect(await option.textContent()).toMatch(
      /^Tower Hamlets Together \(\d+ steps; steps? [\d, and]+ partly not in this graph\)$/,
    );
    expect(await option.isDisabled()).toBe(false);
    await page.selectOption("#story-select", "tower-hamlets-together");
    await page.getByRole("button", { name: "Present" }).click();
    await waitReady(page, () => new URL(location.href).searchParams.get("step") === "1");
    const note = page.locator("#story-missing");
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe(
      `Not in this graph: 1 relationship (${retracted}) that this step shows. The view draws what is here.`,
    );
    // The rest of the step is drawn as before.
    expect(await page.evaluate(() => window.cy.getElementById("healthwatch-tower-hamlets").hasClass("story"))).toBe(
      true,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(await pageProblems(o)).toEqual([]);
  });
});
