// The page on a phone (issue 16), at 390×844: the graph first, under a compact header, taking most
// of the screen at a zoom where the organisations' labels read (12 px or more on screen); the
// panels (tools, filters and options, details, the list) in a bottom sheet that its handle opens
// and folds by tap and by keyboard, and that selecting a node opens on its details; axe finds no
// violations, folded or open.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/axe.js";
import {
  clickElement,
  type OpenedPage,
  type PageSession,
  pageProblems,
  startPageSession,
  waitReady,
} from "../support/page-session.js";
import { testNeo4j } from "../support/test-neo4j.js";

const phone = { width: 390, height: 844 };

const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).boundingBox();
  if (!found) throw new Error(`${selector} is not on the page`);
  return found;
};
const expanded = (page: Page) => page.getAttribute("#sheet-handle", "aria-expanded");

/** The organisations' labels as drawn once the page has placed them for the zoom. */
async function organisationLabels(page: Page) {
  await page.waitForFunction(() => window.cy.scratch("labelsPlacedAt") === window.cy.zoom());
  return page.evaluate(() => {
    const { cy } = window;
    const zoom = cy.zoom();
    const organisations = cy.nodes("[nodeType = 'Organisation']");
    const shown = organisations.filter((n) => n.visible() && String(n.style("label")) !== "" && !n.hasClass("lod"));
    return {
      zoom,
      organisations: organisations.length,
      shown: shown.map((n) => ({
        id: n.id(),
        kind: String(n.data("kind")),
        px: Number.parseFloat(String(n.style("font-size"))) * zoom,
      })),
    };
  });
}

describe.skipIf(!testNeo4j().ownsDatabase)("the page on a phone", () => {
  let session: PageSession;
  const opened: OpenedPage[] = [];
  const open = async (query = "") => {
    const o = await session.open(query, phone);
    opened.push(o);
    return o;
  };
  beforeAll(async () => {
    session = await startPageSession();
  });
  afterAll(async () => {
    for (const o of opened) await o.close();
    await session?.close();
  });

  it("shows the graph first, taking most of the screen, with readable organisation labels", async () => {
    const o = await open();
    const { page } = o;
    const graph = await box(page, "#cy");
    const header = await box(page, "header.top");
    console.log(
      `phone: header ${Math.round(header.height)} px, graph from ${Math.round(graph.y)} px, ${Math.round(graph.height)} px tall`,
    );
    // Folded, the sheet is its handle, at the bottom of the screen, over the bottom edge of the graph.
    const handle = await box(page, "#sheet-handle");
    expect(handle.y + handle.height).toBeLessThanOrEqual(phone.height + 0.5);
    expect(handle.y).toBeGreaterThan(phone.height - 80);
    expect(await expanded(page)).toBe("false");
    expect(await page.locator("#sheet-body").isVisible()).toBe(false);
    expect(await page.locator("#details").isVisible()).toBe(false);
    // The graph starts on the first screen (it was 2,552 px down the page) and most of it is in sight.
    expect(graph.y).toBeLessThan(200);
    expect(Math.min(graph.y + graph.height, handle.y) - graph.y).toBeGreaterThanOrEqual(phone.height * 0.5);
    expect(graph.width).toBeGreaterThanOrEqual(phone.width - 1);
    // The fit's zoom: organisations' labels at 12 px or more, the partnership's and most others' shown.
    const labels = await organisationLabels(page);
    console.log(
      `phone: zoom ${labels.zoom.toFixed(2)}, ${labels.shown.length} of ${labels.organisations} organisations labelled, smallest ${Math.min(...labels.shown.map((s) => s.px)).toFixed(1)} px`,
    );
    expect(labels.zoom).toBeGreaterThan(0.33);
    expect(labels.shown.filter((s) => s.px < 12)).toEqual([]);
    expect(labels.shown.map((s) => s.kind)).toContain("partnership");
    expect(labels.shown.length).toBeGreaterThanOrEqual(Math.ceil(labels.organisations * 0.6));
    expect(await axeViolations(page)).toEqual([]);
    expect(await pageProblems(o)).toEqual([]);
  });

  it("opens and folds the sheet by tap and by keyboard", async () => {
    const o = await open();
    const { page } = o;
    const graphBefore = await box(page, "#cy");
    await page.locator("#sheet-handle").click();
    expect(await expanded(page)).toBe("true");
    const sheet = await box(page, "#sheet");
    expect(sheet.height).toBeGreaterThan(phone.height * 0.45);
    expect(sheet.height).toBeLessThan(phone.height * 0.7);
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(phone.height + 0.5);
    // The tools and the filters are in it, and the graph is the part of the screen above it.
    expect(await page.locator("#layout-select").isVisible()).toBe(true);
    expect(await page.locator("#options > summary").isVisible()).toBe(true);
    const graphOpen = await box(page, "#cy");
    expect(graphOpen.y + graphOpen.height).toBeLessThanOrEqual(sheet.y + 1);
    await page.locator("#sheet-handle").click();
    expect(await expanded(page)).toBe("false");
    expect(await page.locator("#sheet-body").isVisible()).toBe(false);
    expect((await box(page, "#cy")).height).toBeCloseTo(graphBefore.height, 0);

    // The keyboard: the handle is a button; Tab goes on into the sheet; Escape folds it and comes back.
    await page.locator("#sheet-handle").focus();
    await page.keyboard.press("Enter");
    expect(await expanded(page)).toBe("true");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.getElementById("sheet-body")?.contains(document.activeElement))).toBe(
      true,
    );
    await page.keyboard.press("Escape");
    expect(await expanded(page)).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("sheet-handle");
    await page.keyboard.press("Space");
    expect(await expanded(page)).toBe("true");
    expect(await axeViolations(page)).toEqual([]);
    expect(await pageProblems(o)).toEqual([]);
  });

  it("opens the sheet on the details of a node selected in the graph, the graph above still showing it", async () => {
    const o = await open();
    const { page } = o;
    await clickElement(page, "elft");
    await waitReady(page, () => window.cy.getElementById("elft").hasClass("focus"));
    expect(await expanded(page)).toBe("true");
    expect(await page.textContent("#details-body .details-title")).toBe("ELFT");
    expect(await page.textContent("#sheet-handle")).toContain("ELFT");
    // The details are at the top of the sheet, on screen.
    const body = await box(page, "#sheet-body");
    const title = await box(page, "#details-body .details-title");
    expect(title.y).toBeGreaterThanOrEqual(body.y - 1);
    expect(title.y + title.height).toBeLessThanOrEqual(body.y + body.height);
    // The focus is framed in the graph above the sheet.
    const graph = await box(page, "#cy");
    const at = await page.evaluate(() => window.cy.getElementById("elft").renderedPosition());
    expect(at.x).toBeGreaterThanOrEqual(0);
    expect(at.x).toBeLessThanOrEqual(graph.width);
    expect(at.y).toBeGreaterThanOrEqual(0);
    expect(at.y).toBeLessThanOrEqual(graph.height);
    expect(graph.y + graph.height).toBeLessThanOrEqual(body.y);
    expect(await axeViolations(page)).toEqual([]);
    // Presenting hides the sheet: the step is over the graph.
    await page.locator("#present-button").click();
    await waitReady(page, () => new URL(location.href).searchParams.has("story"));
    expect(await page.locator("#sheet").isVisible()).toBe(false);
    expect(await page.locator("#story-title").isVisible()).toBe(true);
    expect(await pageProblems(o)).toEqual([]);
  });

  it("opens the sheet for the skip link to the list", async () => {
    const o = await open();
    const { page } = o;
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Skip to the list of nodes and relationships",
    );
    await page.keyboard.press("Enter");
    expect(await expanded(page)).toBe("true");
    expect(await page.locator("#list-view").isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("list-view");
    expect(await pageProblems(o)).toEqual([]);
  });
});
