// Labels readable at every zoom (issue 16), on the seed graph, in every layout on the menu, on a
// desk's screen and a phone's: every label shown is at least 12 px on screen (organisations 13 px),
// no two shown labels overlap (the lower-priority one is hidden instead), organisations keep their
// labels before other nodes, and relationship labels show only when they would be readable. On the
// desk every layout's first fit is at zoom 0.6 or more with most organisations labelled (breadth
// first and hierarchy were one-row strips at 0.35, concentric piled organisations in the centre).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { relationshipVocabulary } from "../../schema/contract.js";
import { familyColours } from "../../viz/src/drawing/edge-styles.js";
import { type OpenedPage, type PageSession, pageProblems, startPageSession } from "../support/page-session.js";
import { testNeo4j } from "../support/test-neo4j.js";

const viewports = [
  { name: "desk", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;
const layouts = ["fcose", "concentric", "breadthfirst", "dagre"] as const;

/** What the page shows of its labels once drawn (and its label pass has run). */
async function labelFacts(page: Page) {
  // The page re-places labels once the zoom has rested (label-density.ts), and says so.
  await page.waitForFunction(() => window.cy.scratch("labelsPlacedAt") === window.cy.zoom());
  return page.evaluate(() => {
    const { cy } = window;
    const zoom = cy.zoom();
    const shown = cy.nodes().filter((n) => n.visible() && String(n.style("label")) !== "" && !n.hasClass("lod"));
    const boxes = shown.map((n) =>
      n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }),
    );
    let overlapping = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (a && b && a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5) overlapping++;
      }
    const organisations = cy.nodes("[nodeType = 'Organisation']");
    return {
      zoom,
      nodes: cy.nodes().length,
      sizes: shown.map((n) => ({
        id: n.id(),
        organisation: n.data("nodeType") === "Organisation",
        px: Number.parseFloat(String(n.style("font-size"))) * zoom,
      })),
      overlapping,
      organisations: organisations.length,
      organisationsLabelled: organisations.filter((n) => shown.contains(n)).length,
      othersLabelled: shown.filter((n) => n.data("nodeType") !== "Organisation").length,
      unlitEdgeMinPx: Math.min(
        ...cy
          .edges()
          .not(".path, .story")
          .map((e) => Number.parseFloat(String(e.style("min-zoomed-font-size")))),
      ),
    };
  });
}

describe.skipIf(!testNeo4j().ownsDatabase)("labels readable at every zoom", () => {
  let session: PageSession;
  const opened: OpenedPage[] = [];
  beforeAll(async () => {
    session = await startPageSession();
  });
  afterAll(async () => {
    for (const o of opened) await o.close();
    await session?.close();
  });

  for (const viewport of viewports)
    for (const layout of layouts)
      it(`on a ${viewport.name} (${viewport.width}×${viewport.height}), laid out by ${layout}, zoomed out and in`, async () => {
        const o = await session.open(`?layout=${layout}`, viewport);
        opened.push(o);
        const facts = await labelFacts(o.page);
        const where = `${viewport.name}, ${layout}, zoom ${facts.zoom.toFixed(2)}`;
        if (viewport.name === "desk") {
          // Every layout on the menu is tested here, and reads at its first fit.
          const menu = await o.page.$$eval("#layout-select option", (options) =>
            options.map((x) => (x as HTMLOptionElement).value),
          );
          expect(menu).toEqual([...layouts]);
          expect(facts.zoom, where).toBeGreaterThanOrEqual(0.6);
          expect(facts.organisationsLabelled, where).toBeGreaterThanOrEqual(Math.ceil(facts.organisations * 0.75));
        }
        console.log(
          `${where}: ${facts.sizes.length} of ${facts.nodes} labels shown (organisations ${facts.organisationsLabelled} of ${facts.organisations}), smallest ${Math.min(...facts.sizes.map((s) => s.px)).toFixed(1)} px`,
        );
        expect(
          facts.sizes.filter((s) => s.px < (s.organisation ? 13 : 12) - 0.01),
          where,
        ).toEqual([]);
        expect(facts.overlapping, where).toBe(0);
        // Hiding is by priority: organisations keep their labels before any other node does.
        expect(facts.organisationsLabelled, where).toBeGreaterThanOrEqual(Math.min(3, facts.organisations));
        if (facts.othersLabelled > 0) expect(facts.organisationsLabelled, where).toBeGreaterThan(0);
        expect(facts.unlitEdgeMinPx, where).toBeGreaterThanOrEqual(10);
        // Zoomed out to a third and in to three times: still no label under the floor, none overlapping.
        for (const factor of [1 / 3, 3]) {
          await o.page.evaluate((f) => {
            // Nothing returned: the page would otherwise send the whole Cytoscape instance back.
            window.cy.zoom({ level: window.cy.zoom() * f, renderedPosition: { x: 200, y: 200 } });
          }, factor);
          const zoomed = await labelFacts(o.page);
          const at = `${where} ×${factor.toFixed(2)}`;
          expect(
            zoomed.sizes.filter((s) => s.px < (s.organisation ? 13 : 12) - 0.01),
            at,
          ).toEqual([]);
          expect(zoomed.overlapping, at).toBe(0);
        }
        expect(await pageProblems(o)).toEqual([]);
      });

  for (const viewport of viewports)
    it(`keeps the legend beside the graph, one colour per relationship family (${viewport.name})`, async () => {
      const o = await session.open("", viewport);
      opened.push(o);
      const { page } = o;
      const graph = await page.locator("#cy").boundingBox();
      const legend = await page.locator("#legend-panel").boundingBox();
      expect(graph && legend).toBeTruthy();
      if (!graph || !legend) return;
      // Right under the graph, across it (it was 1,700 px down the side column).
      expect(legend.y - (graph.y + graph.height)).toBeLessThan(80);
      expect(legend.y).toBeGreaterThanOrEqual(graph.y + graph.height - 1);
      expect(legend.x).toBeGreaterThanOrEqual(graph.x - 20);
      expect(legend.x).toBeLessThan(graph.x + graph.width);
      expect(await page.locator("#legend-panel").getAttribute("open")).not.toBeNull();
      // Every drawn relationship is in its family's colour, and the legend names the families.
      const drawn = await page.evaluate(() =>
        window.cy.edges().map((e) => ({ type: String(e.data("type")), colour: String(e.style("line-color")) })),
      );
      const hex = (rgb: string) =>
        `#${(rgb.match(/\d+/g) ?? [])
          .slice(0, 3)
          .map((n) => Number(n).toString(16).padStart(2, "0"))
          .join("")}`.toUpperCase();
      for (const { type, colour } of drawn) {
        const family = relationshipVocabulary[type as keyof typeof relationshipVocabulary].family;
        expect(hex(colour), type).toBe(familyColours[family].toUpperCase());
      }
      const legendText = await page.textContent("#legend");
      for (const family of new Set(
        drawn.map((d) => relationshipVocabulary[d.type as keyof typeof relationshipVocabulary].family),
      ))
        expect(legendText).toContain(family);
      // Folded away on request, and back.
      await page.locator("#legend-panel > summary").click();
      expect(await page.locator("#legend").isVisible()).toBe(false);
      await page.locator("#legend-panel > summary").click();
      expect(await page.locator("#legend").isVisible()).toBe(true);
      expect(await pageProblems(o)).toEqual([]);
    });
});
