// Framing, history and failed actions on the network page, in headless Chromium against the real
// app and the seed graph, at a desk's and a phone's viewport: every view change is one history
// entry that Back and Forward restore; every change frames what it shows; a failed action keeps
// the view and the address and says what went wrong in words, its error code in data-code.
// Assertions read window.cy, the controls, the address and the history, never pixels or timings.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/axe.js";
import { openOptions } from "../support/page-panels.js";
import {
  graphqlOperation,
  graphqlRoute,
  type OpenedPage,
  type PageSession,
  pageProblems,
  startPageSession,
  type Viewport,
  waitReady,
} from "../support/page-session.js";
import { testNeo4j } from "../support/test-neo4j.js";

const viewports: [string, Viewport][] = [
  ["1440×900", { width: 1440, height: 900 }],
  ["390×844", { width: 390, height: 844 }],
];

const historyLength = (page: Page) => page.evaluate(() => history.length);
const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);
const litIds = (page: Page) =>
  page.evaluate(() =>
    window.cy
      .nodes()
      .not(".faded")
      .map((n) => n.id())
      .sort(),
  );
const focused = (page: Page) => page.evaluate(() => window.cy.$("node.focus").map((n) => n.id()));
const status = async (page: Page) => ({
  text: (await page.textContent("#status")) ?? "",
  code: await page.getAttribute("#status", "data-code"),
});

/**
 * Whether the camera frames `selector`'s elements ("lit": those not faded): all of them inside
 * the extent, and large in it (one side at least half of what the camera's fit gives, the view
 * less its 60 px padding each side, or the fit's closest zoom, 1.5). Their boxes leave out labels,
 * whose size follows the zoom.
 */
const framing = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const cy = window.cy;
    const eles = s === "lit" ? cy.elements().not(".faded") : cy.elements(s);
    const box = eles.boundingBox({ includeLabels: false });
    const view = cy.extent();
    const inside = box.x1 >= view.x1 - 1 && box.x2 <= view.x2 + 1 && box.y1 >= view.y1 - 1 && box.y2 <= view.y2 + 1;
    const filling =
      Math.max(box.w / view.w, box.h / view.h) >= 0.5 * Math.min(1 - 120 / cy.width(), 1 - 120 / cy.height());
    return { count: eles.length, inside, fills: filling || cy.zoom() >= 1.49 };
  }, selector);

/**
 * Waits until `condition` holds and then the page is ready. In this order: once what a change does
 * shows (the address moved by Back, the elements drawn), the page is already loading it, so the
 * ready that follows is that change's, never the one before it.
 */
async function waitFor(page: Page, condition: (arg: string) => boolean, arg = "", timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const holds = await page.evaluate(condition, arg);
    const state = await page.evaluate(() => document.body.dataset.state);
    if (state === "error") throw new Error(`the page reported an error: ${await page.textContent("#status")}`);
    if (holds && state === "ready") return;
    if (Date.now() > deadline) throw new Error(`not ready with the condition within ${timeoutMs} ms (${state})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What a refused request leaves in the console: the browser's own line for the failed fetch. */
const withoutFailedFetches = (problems: string[]) => problems.filter((p) => !p.includes("Failed to load resource"));

describe.skipIf(!testNeo4j().ownsDatabase)("framing, history and failed actions on the page", () => {
  let session: PageSession;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    session = await startPageSession();
  });
  afterAll(async () => {
    for (const o of opened) await o.close();
    await session?.close();
  });

  describe.each(viewports)("at %s", (_name, viewport) => {
    const open = async (query = "") => {
      const o = await session.open(query, viewport);
      opened.push(o);
      return o;
    };

    it("makes each view change one history entry, which Back restores and Forward applies again", async () => {
      const o = await open();
      const { page } = o;
      const start = await historyLength(page);
      const allNodes = await page.evaluate(() => window.cy.nodes().length);
      await openOptions(page);

      await page.getByRole("button", { name: "Focus on Tower Hamlets GP Care Group", exact: true }).click();
      await waitFor(page, () => window.cy.getElementById("gp-care-group").hasClass("focus"));
      const depth1 = await litIds(page);
      expect(await historyLength(page)).toBe(start + 1);

      await page.locator("#depth-select").selectOption("2");
      await waitFor(page, () => new URL(location.href).searchParams.get("depth") === "2");
      const depth2 = await litIds(page);
      expect(depth2.length).toBeGreaterThan(depth1.length);
      expect(await historyLength(page)).toBe(start + 2);

      await page.locator("#year-slider").fill("2021");
      await waitFor(page, () => new URL(location.href).searchParams.get("date") === "2021-12-31");
      expect(await page.evaluate(() => window.cy.getElementById("nhs-north-east-london").empty())).toBe(true);
      expect(await historyLength(page)).toBe(start + 3);

      // Nothing changes: no entry.
      await page.locator("#depth-select").selectOption("2");
      await waitReady(page);
      expect(await historyLength(page)).toBe(start + 3);

      await page.evaluate(() => history.back());
      await waitFor(
        page,
        () => !location.search.includes("date=") && window.cy.getElementById("nhs-north-east-london").nonempty(),
      );
      expect(params(page)).toEqual({ focus: "gp-care-group", depth: "2" });
      expect(await litIds(page)).toEqual(depth2);
      expect(await page.inputValue("#year-slider")).not.toBe("2021");

      await page.evaluate(() => history.back());
      await waitFor(page, () => !location.search.includes("depth="));
      expect(await page.inputValue("#depth-select")).toBe("1");
      expect(await litIds(page)).toEqual(depth1);

      await page.evaluate(() => history.back());
      await waitFor(page, () => window.cy.$("node.focus").empty());
      expect(params(page)).toEqual({});
      expect(await page.evaluate(() => window.cy.$(".faded").length)).toBe(0);
      expect(await page.evaluate(() => window.cy.nodes().length)).toBe(allNodes);

      await page.evaluate(() => history.forward());
      await waitFor(page, () => window.cy.getElementById("gp-care-group").hasClass("focus"));
      expect(await litIds(page)).toEqual(depth1);
      await page.evaluate(() => history.forward());
      await waitFor(page, () => new URL(location.href).searchParams.get("depth") === "2");
      expect(await page.inputValue("#depth-select")).toBe("2");
      expect(await litIds(page)).toEqual(depth2);

      // Restoring never adds an entry; a new change after Back drops the entries ahead of it.
      expect(await historyLength(page)).toBe(start + 3);
      await page.getByRole("button", { name: "Clear focus" }).first().click();
      await waitFor(page, () => window.cy.$("node.focus").empty());
      expect(await historyLength(page)).toBe(start + 3);
      expect(await pageProblems(o)).toEqual([]);
    });

    it("frames the focus and its neighbourhood after each focus, depth, filter and date change", async () => {
      const o = await open();
      const { page } = o;
      expect(await framing(page, "lit")).toMatchObject({ inside: true, fills: true });
      await openOptions(page);

      await page.getByRole("button", { name: "Focus on Healthwatch Tower Hamlets", exact: true }).click();
      await waitFor(page, () => window.cy.getElementById("healthwatch-tower-hamlets").hasClass("focus"));
      expect(await framing(page, "lit")).toMatchObject({ inside: true, fills: true });
      const zoom1 = await page.evaluate(() => window.cy.zoom());

      await page.locator("#depth-select").selectOption("3");
      await waitFor(page, () => new URL(location.href).searchParams.get("depth") === "3");
      const deep = await framing(page, "lit");
      expect(deep).toMatchObject({ inside: true, fills: true });
      expect(await page.evaluate(() => window.cy.zoom())).toBeLessThan(zoom1);

      await page.getByRole("checkbox", { name: "Site", exact: true }).uncheck();
      await waitFor(page, () => window.cy.$("node[nodeType = 'Site']").empty());
      expect(await focused(page)).toEqual(["healthwatch-tower-hamlets"]);
      expect(await framing(page, "lit")).toMatchObject({ inside: true, fills: true });

      await page.locator("#year-slider").fill("2023");
      await waitFor(page, () => new URL(location.href).searchParams.get("date") === "2023-12-31");
      expect(await framing(page, "lit")).toMatchObject({ inside: true, fills: true });

      // Leaving the focus frames the whole view again.
      await page.getByRole("button", { name: "Clear focus" }).first().click();
      await waitFor(page, () => window.cy.$("node.focus").empty());
      expect(await framing(page, "lit")).toMatchObject({ inside: true, fills: true });

      await page.locator("#path-from").selectOption("healthwatch-tower-hamlets");
      await page.locator("#path-to").selectOption("barts-health");
      await page.getByRole("button", { name: "Show shortest paths" }).click();
      await waitFor(page, () => window.cy.$(".path").nonempty());
      expect(await framing(page, ".path")).toMatchObject({ inside: true, fills: true });
      expect(await pageProblems(o)).toEqual([]);
    });

    it("keeps the view and the address when a focus fails, and says why in words with the code apart", async () => {
      const o = await open("?date=2021-12-31");
      const { page } = o;
      // Find offers a node the graph does not have (as when it was removed since the page loaded).
      await page.route(graphqlRoute, async (route) => {
        if (graphqlOperation(route.request()) !== "Search") return route.fallback();
        const node = {
          id: "no-such-organisation",
          label: "No Such Organisation",
          kind: "NHS trust",
          nodeType: "Organisation",
          shortNames: [],
          aliases: [],
        };
        return route.fulfill({ json: { data: { search: { edges: [{ node }] } } } });
      });
      const before = { url: page.url(), length: await historyLength(page), nodes: await litIds(page) };
      const camera = await page.evaluate(() => ({ zoom: window.cy.zoom(), pan: window.cy.pan() }));
      await page.locator("#search-input").pressSequentially("No Such", { delay: 20 });
      await page.locator('#search-suggestions [data-id="no-such-organisation"]').waitFor();
      await page.keyboard.press("Enter");
      await waitFor(page, () => document.querySelector<HTMLElement>("#status")?.dataset.code === "NOT_FOUND");
      expect(page.url()).toBe(before.url);
      expect(await historyLength(page)).toBe(before.length);
      expect(await litIds(page)).toEqual(before.nodes);
      expect(await focused(page)).toEqual([]);
      expect(await page.inputValue("#year-slider")).toBe("2021");
      expect(await page.evaluate(() => ({ zoom: window.cy.zoom(), pan: window.cy.pan() }))).toEqual(camera);
      const said = await status(page);
      expect(said.text).not.toMatch(/\[|\]|NOT_FOUND/);
      expect(said.text).toMatch(/^[A-Z].*\. .*\.$/);
      expect(await axeViolations(page)).toEqual([]);
      // The page goes on: the next focus works, and clears the failure's code.
      await openOptions(page);
      await page.getByRole("button", { name: "Focus on ELFT", exact: true }).click();
      await waitFor(page, () => window.cy.getElementById("elft").hasClass("focus"));
      expect((await status(page)).code).toBeNull();
      expect(await historyLength(page)).toBe(before.length + 1);
      expect(await pageProblems(o)).toEqual([]);
    });

    it("keeps the view when no path can be found on the date, and says what to try", async () => {
      const o = await open("?date=2023-12-31");
      const { page } = o;
      const before = { url: page.url(), length: await historyLength(page) };
      // The CCG ended in 2022: there is no path from it on 31 December 2023.
      await openOptions(page);
      await page.locator("#path-from").selectOption("north-east-london-ccg");
      await page.locator("#path-to").selectOption("barts-health");
      await page.getByRole("button", { name: "Show shortest paths" }).click();
      await waitFor(page, () => document.querySelector<HTMLElement>("#status")?.dataset.code === "NOT_FOUND");
      expect(page.url()).toBe(before.url);
      expect(await historyLength(page)).toBe(before.length);
      expect(await page.evaluate(() => window.cy.$(".path, .faded").length)).toBe(0);
      const said = await status(page);
      expect(said.text).not.toMatch(/\[|\]|NOT_FOUND/);
      expect(said.text).toMatch(/^[A-Z].*\. .*\.$/);
      expect(await pageProblems(o)).toEqual([]);
    });

    it("keeps the view when the server cannot be reached or answers an HTTP error, and recovers", async () => {
      const o = await open("?focus=gp-care-group");
      const { page } = o;
      const before = { url: page.url(), length: await historyLength(page), lit: await litIds(page) };
      await openOptions(page);

      await page.route(graphqlRoute, (route) => route.abort("connectionrefused"));
      await page.locator("#depth-select").selectOption("3");
      await waitFor(page, () => document.querySelector<HTMLElement>("#status")?.dataset.code === "SERVER_UNREACHABLE");
      expect(page.url()).toBe(before.url);
      expect(await historyLength(page)).toBe(before.length);
      expect(await page.inputValue("#depth-select")).toBe("1");
      expect(await litIds(page)).toEqual(before.lit);
      expect((await status(page)).text).not.toMatch(/\[|\]|SERVER_UNREACHABLE/);

      await page.unroute(graphqlRoute);
      await page.route(graphqlRoute, (route) =>
        route.fulfill({ status: 500, contentType: "text/html", body: "<h1>Internal Server Error</h1>" }),
      );
      await page.locator("#depth-select").selectOption("2");
      await waitFor(
        page,
        () => document.querySelector<HTMLElement>("#status")?.dataset.code === "INTERNAL_SERVER_ERROR",
      );
      expect(page.url()).toBe(before.url);
      expect(await page.inputValue("#depth-select")).toBe("1");
      const said = await status(page);
      expect(said.text).not.toMatch(/\[|\]|INTERNAL_SERVER_ERROR|HTTP_ERROR/);

      await page.unroute(graphqlRoute);
      await page.locator("#depth-select").selectOption("2");
      await waitFor(page, () => new URL(location.href).searchParams.get("depth") === "2");
      expect((await litIds(page)).length).toBeGreaterThan(before.lit.length);
      expect(await historyLength(page)).toBe(before.length + 1);
      expect(withoutFailedFetches(await pageProblems(o))).toEqual([]);
    });
  });
});
