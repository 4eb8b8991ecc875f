// Selecting a relationship (issue 16, "Inconsistent selection"): picked in the graph or in the list,
// with a node in focus, it shows the relationship's details and keeps the focus, the framing and the
// history entry; focusing on a node again shows the node.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenedPage, type PageSession, pageProblems, startPageSession } from "../support/page-session.js";
import { testNeo4j } from "../support/test-neo4j.js";

const camera = (page: Page) =>
  page.evaluate(() => ({
    zoom: window.cy.zoom(),
    pan: window.cy.pan(),
    search: location.search,
    length: history.length,
  }));

describe.skipIf(!testNeo4j().ownsDatabase)("selecting a relationship", () => {
  let session: PageSession;
  const opened: OpenedPage[] = [];
  beforeAll(async () => {
    session = await startPageSession();
  });
  afterAll(async () => {
    for (const o of opened) await o.close();
    await session?.close();
  });

  it("keeps the focus, the view and the history when a relationship is picked in the graph", async () => {
    const o = await session.open("?focus=elft&depth=1", { width: 1440, height: 900 });
    opened.push(o);
    const { page } = o;
    const id = "PARTY_TO:elft->alliance";
    const before = await camera(page);
    const box = await page.locator("#cy").boundingBox();
    const at = await page.evaluate((edge) => window.cy.getElementById(edge).renderedMidpoint(), id);
    await page.mouse.click((box?.x ?? 0) + at.x, (box?.y ?? 0) + at.y);
    await page.waitForSelector(`#details-body .edge-details[data-id="${id}"]`);
    // Nothing moved: the click loaded nothing.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await camera(page)).toEqual(before);
    expect(await page.evaluate(() => window.cy.nodes(".focus").map((n) => n.id()))).toEqual(["elft"]);
    expect(await pageProblems(o)).toEqual([]);
  });

  it("shows the relationship picked in the list, not the node in focus", async () => {
    const o = await session.open("?focus=barts-health&depth=1", { width: 1440, height: 900 });
    opened.push(o);
    const { page } = o;
    const id = "PARTY_TO:barts-health->alliance";
    await page.locator(`#edge-table tr[data-id="${id}"] button`).first().click();
    await page.waitForSelector(`#details-body .edge-details[data-id="${id}"]`);
    expect(new URL(page.url()).searchParams.get("focus")).toBe("barts-health");
    // Focusing on the node again shows the node.
    await page.locator('#node-table tr[data-id="barts-health"] button').first().click();
    await page.waitForSelector('#details-body .node-details[data-id="barts-health"]');
  });
});
