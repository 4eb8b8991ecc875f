// Presenter mode in headless Chromium: the shipped story, step by step from the keyboard, with
// the step's date, highlights and citations.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactsDir, type PageSession, pageProblems, startPageSession, waitReady } from "../support/page-session.js";
import { testNeo4j } from "../support/test-neo4j.js";

const stepOf = (page: Page) => new URL(page.url()).searchParams.get("step");

describe.skipIf(!testNeo4j().ownsDatabase)("presenter mode", () => {
  let session: PageSession;
  beforeAll(async () => {
    session = await startPageSession();
  });
  afterAll(() => session?.close());

  it("walks through the Tower Hamlets Together story with the arrow keys", async () => {
    const o = await session.open();
    const { page } = o;
    await page.getByRole("button", { name: "Present" }).click();
    await waitReady(page, () => new URL(location.href).searchParams.get("step") === "1");
    expect(await page.isVisible("#presenter")).toBe(true);
    expect(await page.textContent("#story-indicator")).toBe("Step 1 of 6");
    expect(await page.textContent("#story-caption")).toContain("made up of a number of different partners");
    const partners = await page.evaluate(() => window.cy.$("edge.story").map((e) => e.id()));
    expect(partners).toHaveLength(6);
    expect(await page.evaluate(() => window.cy.getElementById("PARTNER_IN:elft->tht").data("display"))).toMatch(
      /\[\d\]$/,
    );
    await page.screenshot({ path: join(artifactsDir, "story-step-1.png") });

    await page.keyboard.press("ArrowRight");
    await waitReady(page, () => new URL(location.href).searchParams.get("step") === "2");
    expect(await page.textContent("#story-title")).toBe("The Alliance and its lead manager");
    expect(
      await page.evaluate(() => window.cy.getElementById("LEAD_MANAGER_OF:gp-care-group->alliance").hasClass("story")),
    ).toBe(true);
    expect(await page.evaluate(() => window.cy.getElementById("luton").hasClass("faded"))).toBe(true);
    // The highlighted relationships' citations are on screen, numbered like their marks on the graph.
    expect(await page.textContent("#story-citations")).toContain(
      "Tower Hamlets GP Care Group is lead manager of Alliance",
    );
    expect(await page.textContent("#story-citations")).toContain(
      "The GP Care Group is also the lead manager in the “Alliance” between Barts Health and ELFT.",
    );
    await page.screenshot({ path: join(artifactsDir, "story-step-2.png") });

    await page.keyboard.press("ArrowLeft");
    await waitReady(page, () => new URL(location.href).searchParams.get("step") === "1");
    expect(await page.textContent("#story-indicator")).toBe("Step 1 of 6");

    for (const step of ["2", "3", "4"]) {
      await page.keyboard.press("ArrowRight");
      await waitReady(page, (s) => new URL(location.href).searchParams.get("step") === s, step);
    }
    expect(await page.textContent("#story-title")).toContain("TUPE");
    expect(new URL(page.url()).searchParams.get("date")).toBe("2016-04-01");
    expect(await page.textContent("#story-citations")).toContain(
      "taking on 140 staff under TUPE transfer from Barts Health",
    );
    expect(await page.evaluate(() => window.cy.getElementById("nhs-north-east-london").nonempty())).toBe(false);

    await page.keyboard.press("ArrowRight");
    await waitReady(page, () => new URL(location.href).searchParams.get("step") === "5");
    expect(
      await page.evaluate(() =>
        window.cy.getElementById("SUCCEEDED:nhs-north-east-london->north-east-london-ccg").hasClass("story"),
      ),
    ).toBe(true);
    await page.keyboard.press("ArrowRight");
    await waitReady(page, () => new URL(location.href).searchParams.get("step") === "6");
    expect(await page.textContent("#story-indicator")).toBe("Step 6 of 6");
    expect(await page.textContent("#story-caption")).toContain("nearly £4 billion");
    // The last step stays the last.
    await page.keyboard.press("ArrowRight");
    await waitReady(page);
    expect(stepOf(page)).toBe("6");
    await page.screenshot({ path: join(artifactsDir, "story-step-6.png") });

    await page.keyboard.press("Escape");
    await waitReady(page, () => !new URL(location.href).searchParams.has("story"));
    expect(await page.isVisible("#presenter")).toBe(false);
    expect(await page.evaluate(() => window.cy.$(".story").length)).toBe(0);
    expect(await pageProblems(o)).toEqual([]);
    await o.close();
  });

  it("opens a story step from a link", async () => {
    const o = await session.open("?story=tower-hamlets-together&step=4");
    const { page } = o;
    expect(await page.textContent("#story-indicator")).toBe("Step 4 of 6");
    expect(new URL(page.url()).searchParams.get("date")).toBe("2016-04-01");
    expect(await page.evaluate(() => window.cy.getElementById("health-visiting-tupe-transfer").hasClass("story"))).toBe(
      true,
    );
    // Opened directly, the highlighted relationships carry their citation numbers too.
    expect(
      await page.evaluate(() =>
        window.cy.getElementById("TRANSFERRED_TO:health-visiting-tupe-transfer->gp-care-group").data("display"),
      ),
    ).toMatch(/ \[\d\]$/);
    expect(await pageProblems(o)).toEqual([]);
    await o.close();
  });
});
