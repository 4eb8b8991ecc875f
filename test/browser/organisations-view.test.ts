// The organisations view (issue 16): arrangements, events and groups folded into labelled links
// between the organisations they join, each with the citations of the facts it folds, dated as
// they are; a focus counted in those links; node size by the API's degree or betweenness, with
// "who brokers" ranked in the details; the toggle a browser history entry; axe at 0 violations.
// The desk's picture goes to the artifacts, and to docs/screenshots/ with THT_SCREENSHOTS_TO_DOCS=1.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/axe.js";
import { openOptions } from "../support/page-panels.js";
import {
  artifactsDir,
  type OpenedPage,
  type PageSession,
  pageProblems,
  startPageSession,
  waitReady,
} from "../support/page-session.js";
import { testNeo4j } from "../support/test-neo4j.js";

const desk = { width: 1440, height: 900 };
const phone = { width: 390, height: 844 };

interface DrawnEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  faded: boolean;
}

const drawn = (page: Page) =>
  page.evaluate(() => ({
    nodeTypes: [...new Set(window.cy.nodes().map((n) => String(n.data("nodeType"))))],
    nodes: window.cy.nodes().map((n) => n.id()),
    edges: window.cy.edges().map((e) => ({
      id: e.id(),
      source: e.source().id(),
      target: e.target().id(),
      label: String(e.data("label")),
      faded: e.hasClass("faded"),
    })),
    lit: window.cy
      .nodes()
      .not(".faded")
      .map((n) => n.id()),
  }));

const between = (edges: DrawnEdge[], source: string, target: string) =>
  edges.filter((e) => e.source === source && e.target === target).map((e) => e.label);

/** The control, in the panels the page folds its options into. */
async function control(page: Page, selector: string) {
  await openOptions(page);
  return page.locator(selector);
}

describe.skipIf(!testNeo4j().ownsDatabase)("the organisations view", () => {
  let session: PageSession;
  const opened: OpenedPage[] = [];
  const open = async (query: string, viewport = desk) => {
    const o = await session.open(query, viewport);
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

  it("folds the Alliance, the TUPE transfer and the succession into links between organisations", async () => {
    const o = await open("?view=organisations");
    const { nodeTypes, edges } = await drawn(o.page);
    expect(nodeTypes).toEqual(["Organisation"]);
    expect(between(edges, "barts-health", "elft")).toEqual(["Alliance partner"]);
    expect(between(edges, "gp-care-group", "barts-health")).toEqual(["lead manager of the Alliance with"]);
    expect(between(edges, "gp-care-group", "elft")).toEqual(["lead manager of the Alliance with"]);
    expect(between(edges, "barts-health", "gp-care-group")).toEqual(["transferred 140 staff to (TUPE transfer, 2016)"]);
    // The succession is said once: by the direct "replaced", not again through the event.
    expect(between(edges, "nhs-north-east-london", "north-east-london-ccg")).toEqual(["replaced"]);
    expect(between(edges, "north-east-london-ccg", "nhs-north-east-london")).toEqual([]);
    // The partnership's own relationships stay as they are.
    expect(between(edges, "elft", "tht")).toEqual(["is a partner in"]);
    expect(await pageProblems(o)).toEqual([]);
  });

  it("holds a folded link only on the dates its facts hold", async () => {
    const before = await open("?view=organisations&date=2016-03-31");
    expect(between((await drawn(before.page)).edges, "barts-health", "gp-care-group")).toEqual([]);
    const on = await open("?view=organisations&date=2016-04-01");
    expect(between((await drawn(on.page)).edges, "barts-health", "gp-care-group")).toEqual([
      "transferred 140 staff to (TUPE transfer, 2016)",
    ]);
  });

  it("shows a link's sentence, what it folds and every citation of the facts folded", async () => {
    const o = await open("?view=organisations");
    const { page } = o;
    const id = (await drawn(page)).edges.find((e) => e.label === "lead manager of the Alliance with")?.id ?? "";
    const box = await page.locator("#cy").boundingBox();
    const at = await page.evaluate((edge) => window.cy.getElementById(edge).renderedMidpoint(), id);
    await page.mouse.click((box?.x ?? 0) + at.x, (box?.y ?? 0) + at.y);
    await page.waitForSelector(`#details-body .edge-details[data-id="${id}"]`);
    const details = (await page.textContent("#details-body")) ?? "";
    expect(details).toMatch(
      /Tower Hamlets GP Care Group is lead manager of the Alliance, to which (ELFT|Barts Health) is party/,
    );
    expect(details).toContain("A link through Alliance (organisations view)");
    expect(details).toContain("folded from two stated facts");
    expect(details).toContain(
      "The GP Care Group is also the lead manager in the “Alliance” between Barts Health and ELFT.",
    );
  });

  it("counts a focus's neighbours in links between organisations", async () => {
    const o = await open("?view=organisations&focus=elft&depth=1");
    const { lit } = await drawn(o.page);
    // Barts Health and the GP Care Group are one link away through the Alliance.
    expect(lit).toEqual(expect.arrayContaining(["elft", "barts-health", "gp-care-group", "tht"]));
    expect(lit).not.toContain("north-east-london-ccg");
  });

  it("turns on and off from its control, each a history entry, and refuses a focus that is no organisation", async () => {
    const o = await open("?focus=alliance");
    const { page } = o;
    const length = await page.evaluate(() => history.length);
    // A click, not check(): the refused change puts the box back, as it should.
    await (await control(page, "#organisations-view")).click();
    // The focus on the Alliance cannot be kept: the view stays as it was and says why.
    await page.waitForFunction(() => document.querySelector("#status")?.getAttribute("data-code") === "NOT_FOUND");
    expect(new URL(page.url()).searchParams.get("focus")).toBe("alliance");
    expect(await page.isChecked("#organisations-view")).toBe(false);
    expect(await page.evaluate(() => history.length)).toBe(length);

    await page.goto(`${session.app.url}/`);
    await waitReady(page);
    const before = await page.evaluate(() => history.length);
    await (await control(page, "#organisations-view")).check();
    await waitReady(page, () => new URL(location.href).searchParams.get("view") === "organisations");
    expect((await drawn(page)).nodeTypes).toEqual(["Organisation"]);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await page.goBack();
    await waitReady(page, () => !location.search.includes("view="));
    expect((await drawn(page)).nodeTypes.length).toBeGreaterThan(1);
    expect(await page.isChecked("#organisations-view")).toBe(false);
  });

  it("sizes organisations by the API's betweenness and ranks who brokers", async () => {
    const answer = await session.app.gql<{
      centrality: { node: { key: string }; degree: number; betweenness: number }[];
    }>("{ centrality { node { key } degree betweenness } }");
    const ranked = [...(answer.data?.centrality ?? [])].sort((a, b) => b.betweenness - a.betweenness);
    const top = ranked[0]?.node.key ?? "";
    const o = await open("?size=betweenness");
    const { page } = o;
    const sizes = await page.evaluate(() =>
      Object.fromEntries(window.cy.nodes('[nodeType = "Organisation"]').map((n) => [n.id(), n.width()])),
    );
    const biggest = Object.entries(sizes).sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(biggest).toBe(top);
    const least = ranked.at(-1)?.node.key ?? "";
    expect(sizes[least]).toBeLessThan(sizes[top] ?? 0);
    expect(await page.textContent("#details-body .centrality-ranking")).toContain("Who brokers");
    const first = await page.textContent("#details-body .centrality-ranking li:first-child button");
    expect(first).toBe(await page.evaluate((id) => String(window.cy.getElementById(id).data("label")), top));
    expect(await page.inputValue("#size-by")).toBe("betweenness");
    // Back to one size for all.
    await (await control(page, "#size-by")).selectOption("none");
    await waitReady(page, () => !location.search.includes("size="));
    const same = await page.evaluate(() =>
      window.cy.nodes('[nodeType = "Organisation"][kind = "NHS trust"]').map((n) => n.width()),
    );
    expect(new Set(same).size).toBe(1);
  });

  for (const [name, viewport] of [
    ["desk", desk],
    ["phone", phone],
  ] as const)
    it(`passes axe with the organisations view and brokerage sizes (${name})`, async () => {
      const o = await open("?view=organisations&size=betweenness", viewport);
      const picture = `organisations-view-${name}.png`;
      await o.page.screenshot({ path: join(artifactsDir, picture) });
      if (process.env.THT_SCREENSHOTS_TO_DOCS === "1" && name === "desk")
        await o.page.screenshot({
          path: join(import.meta.dirname, "..", "..", "docs", "screenshots", "organisations-view.png"),
        });
      expect(await axeViolations(o.page)).toEqual([]);
      expect(await pageProblems(o)).toEqual([]);
    });
});
