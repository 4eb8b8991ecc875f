// The graph from the keyboard (issue 16), at a desk's and a phone's size: the first Tab stop is the
// skip link to the graph, which takes focus, and Tab alone reaches the graph within five stops (the
// filters and options are behind one disclosure after it); the arrow keys move a cursor to
// connected nodes, said in words by a live region; Enter focuses on the node as a click would; axe
// finds no violations.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/axe.js";
import {
  type OpenedPage,
  type PageSession,
  pageProblems,
  startPageSession,
  waitReady,
} from "../support/page-session.js";
import { testNeo4j } from "../support/test-neo4j.js";

const viewports = [
  { name: "desk", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

const cursorId = (page: Page) => page.evaluate(() => window.cy.nodes(".keyboard-cursor").map((n) => n.id()));
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent);

describe.skipIf(!testNeo4j().ownsDatabase)("the graph from the keyboard", () => {
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
    it(`reaches the graph within five Tab presses without the skip link, the filters one disclosure after it (${viewport.name})`, async () => {
      const o = await session.open("?hideTypes=Site&known=only", viewport);
      opened.push(o);
      const { page } = o;
      // From the page's load, Tab alone: the skip links and Find, then the graph.
      const stops: string[] = [];
      while (stops.length < 5 && (await activeId(page)) !== "cy") {
        await page.keyboard.press("Tab");
        stops.push(String(await activeId(page)));
      }
      console.log(`${viewport.name}: Tab stops to the graph: ${stops.join(" → ")}`);
      expect(stops.at(-1), stops.join(" → ")).toBe("cy");
      expect(stops.length).toBeLessThanOrEqual(5);
      // On from the graph: every filter and option is behind one disclosure, which counts the active
      // filters (Site hidden, known facts only); on a phone it is in the bottom sheet, opened first.
      const summary = page.locator("#options > summary");
      let presses = 0;
      while (!(await summary.evaluate((s) => s === document.activeElement)) && presses < 25) {
        if ((await activeId(page)) === "sheet-handle") await page.keyboard.press("Enter");
        await page.keyboard.press("Tab");
        presses++;
      }
      expect(await summary.evaluate((s) => s === document.activeElement)).toBe(true);
      expect(await summary.textContent()).toMatch(/^Filters and options \(2 active\)$/);
      expect(await page.getAttribute("#options", "open")).toBeNull();
      await page.keyboard.press("Enter");
      expect(await page.getAttribute("#options", "open")).not.toBeNull();
      await page.keyboard.press("Tab");
      expect(await activeId(page)).toBe("year-slider");
      expect(await pageProblems(o)).toEqual([]);
    });

  for (const viewport of viewports)
    it(`reaches the graph in one Tab stop, moves between neighbours and focuses with Enter (${viewport.name})`, async () => {
      const o = await session.open("?date=2023-06-01", viewport);
      opened.push(o);
      const { page } = o;
      await page.keyboard.press("Tab");
      expect(await activeId(page)).toBe("Skip to the graph");
      await page.keyboard.press("Enter");
      expect(await activeId(page)).toBe("cy");
      // The address is untouched by the skip link (the view lives in its query, not a #fragment).
      expect(new URL(page.url()).hash).toBe("");
      // Focus puts the cursor on the best-connected node and says so.
      const [first] = await cursorId(page);
      expect(first).toBeDefined();
      const label = await page.evaluate((id) => String(window.cy.getElementById(id).data("label")), first ?? "");
      expect(await page.textContent("#graph-announcer")).toContain(label);
      // Each arrow moves to a neighbour lying that way when there is one.
      let moved = 0;
      let at = first ?? "";
      for (const key of ["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp", "ArrowRight", "ArrowDown"]) {
        const before = at;
        await page.keyboard.press(key);
        const [now] = await cursorId(page);
        at = now ?? before;
        expect(await cursorId(page), key).toHaveLength(1);
        if (at !== before) {
          moved++;
          const said = await page.textContent("#graph-announcer");
          expect(said).toContain(await page.evaluate((id) => String(window.cy.getElementById(id).data("label")), at));
        }
      }
      expect(moved).toBeGreaterThan(2);
      // Enter focuses on the node under the cursor, as a click would.
      await page.keyboard.press("Enter");
      await waitReady(page, (id) => new URL(location.href).searchParams.get("focus") === id, at);
      const name = await page.evaluate((id) => String(window.cy.getElementById(id).data("label")), at);
      expect(await page.textContent("#details-body")).toContain(name);
      // Escape puts the cursor away.
      await page.locator("#cy").focus();
      await page.keyboard.press("Escape");
      expect(await cursorId(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(await pageProblems(o)).toEqual([]);
    });
});
