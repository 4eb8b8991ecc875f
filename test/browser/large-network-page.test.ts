// The network page on a graph too large to draw: the app runs with NETWORK_MAX_ELEMENTS below the
// seed graph's size, so the page must show the summary and say why, draw a searched organisation's
// neighbourhood instead of the whole network, open a focused link straight into that view, and
// show one kind when a group is selected (staying in summary mode while that is still too large).
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/axe.js";
import { openOptions } from "../support/page-panels.js";
import {
  artifactsDir,
  clickElement,
  type OpenedPage,
  type PageSession,
  pageProblems,
  startPageSession,
  waitReady,
} from "../support/page-session.js";
import { testNeo4j } from "../support/test-neo4j.js";

const limit = 40;

const cyIds = (page: Page, selector: string) => page.evaluate((s) => window.cy.$(s).map((e) => e.id()), selector);
const has = (page: Page, id: string) => page.evaluate((i) => window.cy.getElementById(i).nonempty(), id);
const bannerShown = (page: Page) => page.evaluate(() => !document.getElementById("summary-banner")?.hidden);

describe.skipIf(!testNeo4j().ownsDatabase)("the network page on a graph too large to draw", () => {
  let session: PageSession;
  const opened: OpenedPage[] = [];
  const open = async (query = "") => {
    const o = await session.open(query);
    opened.push(o);
    return o;
  };
  const api = async <T>(query: string) => (await session.app.gql<T>(query)).data as T;
  const neighbourhood = (id: string, depth: number) =>
    api<{ network: { nodes: { id: string }[]; edges: { id: string }[] } }>(
      `{ network(focus: "${id}", depth: ${depth}) { nodes { id: key } edges { id: key } } }`,
    ).then((d) => d.network);

  beforeAll(async () => {
    session = await startPageSession({ NETWORK_MAX_ELEMENTS: String(limit) });
  });
  afterAll(async () => {
    for (const o of opened) await o.close();
    await session?.close();
  });

  it("draws the summary, one node per kind sized and labelled by count, under a banner that says why", async () => {
    const o = await open();
    const { page } = o;
    const refused = await session.app.gql("{ network { nodes { id: key } } }");
    const elements = (refused.errors?.[0]?.extensions as { elements?: number } | undefined)?.elements ?? 0;
    expect(elements).toBeGreaterThan(limit);
    const { networkSummary } = await api<{
      networkSummary: { groups: { id: string; count: number }[]; links: { id: string; count: number }[] };
    }>("{ networkSummary { groups { id: key count } links { id: key count } } }");

    expect(await bannerShown(page)).toBe(true);
    const banner = await page.textContent("#summary-banner");
    expect(banner).toContain("too large to draw");
    expect(banner).toContain(`${elements} nodes and relationships`);
    expect(banner).toContain(`at most ${limit}`);
    expect(banner).toMatch(/find an organisation/i);
    expect((await cyIds(page, "node")).sort()).toEqual(networkSummary.groups.map((g) => g.id).sort());
    expect((await cyIds(page, "edge")).sort()).toEqual(networkSummary.links.map((l) => l.id).sort());
    expect(await page.evaluate(() => window.cy.getElementById("Organisation:NHS trust").data("display"))).toBe(
      "NHS trust (2)",
    );
    // Kinds keep their look (an NHS trust is a blue circle); bigger groups are drawn bigger.
    expect(await page.evaluate(() => window.cy.getElementById("Organisation:NHS trust").style("shape"))).toBe(
      "ellipse",
    );
    const biggest = networkSummary.groups[0];
    const size = (id: string) => page.evaluate((i) => window.cy.getElementById(i).width(), id);
    expect(await size(biggest?.id ?? "")).toBeGreaterThan(await size("Organisation:NHS trust"));
    const link = networkSummary.links[0];
    expect(await page.evaluate((i) => window.cy.getElementById(i).data("display"), link?.id ?? "")).toMatch(
      new RegExp(`\\(${link?.count}\\)$`),
    );
    expect(await page.textContent("#counts")).toMatch(/^Summary: /);
    expect(await page.locator("#node-table tbody tr").count()).toBe(networkSummary.groups.length);
    expect(await axeViolations(page)).toEqual([]);
    expect(await pageProblems(o)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, "large-summary.png") });
  });

  it("draws an organisation's neighbourhood, fetched on its own, when it is picked in Find", async () => {
    const o = await open();
    const { page } = o;
    await page.locator("#search-input").pressSequentially("Healthwatch", { delay: 30 });
    await page.locator('#search-suggestions [data-id="healthwatch-tower-hamlets"]').waitFor();
    await page.keyboard.press("Enter");
    await waitReady(page, () => window.cy.getElementById("healthwatch-tower-hamlets").hasClass("focus"));
    const expected = await neighbourhood("healthwatch-tower-hamlets", 1);
    expect((await cyIds(page, "node")).sort()).toEqual(expected.nodes.map((n) => n.id).sort());
    expect((await cyIds(page, "edge")).sort()).toEqual(expected.edges.map((e) => e.id).sort());
    expect(await cyIds(page, ".faded")).toEqual([]);
    expect(await bannerShown(page)).toBe(false);
    expect(page.url()).toContain("focus=healthwatch-tower-hamlets");
    expect(await page.textContent("#details-body .details-title")).toBe("Healthwatch Tower Hamlets");
    // Two steps out reach the partnership and everything around it: too large, so its summary.
    const two = await session.app.gql(
      '{ network(focus: "healthwatch-tower-hamlets", depth: 2) { nodes { id: key } } }',
    );
    expect(two.errors?.[0]?.extensions?.code).toBe("NETWORK_TOO_LARGE");
    await openOptions(page);
    await page.locator("#depth-select").selectOption("2");
    await waitReady(page, () => new URL(location.href).searchParams.get("depth") === "2");
    expect(await bannerShown(page)).toBe(true);
    expect(await page.textContent("#summary-banner")).toContain("2 steps deep, is too large");
    expect(await has(page, "Organisation:partnership")).toBe(true);
    // Clearing the focus goes back to the whole network's summary.
    await page.getByRole("button", { name: "Clear focus" }).first().click();
    await waitReady(page, () => !new URL(location.href).searchParams.has("focus"));
    await waitReady(page, () => window.cy.getElementById("Organisation:NHS trust").nonempty());
    expect(await bannerShown(page)).toBe(true);
    expect(await pageProblems(o)).toEqual([]);
  });

  it("opens a link with a focus straight into the focused view", async () => {
    const o = await open("?focus=gp-care-group&depth=1&date=2023-12-31");
    const { page } = o;
    expect(await has(page, "gp-care-group")).toBe(true);
    expect(await page.evaluate(() => window.cy.getElementById("gp-care-group").hasClass("focus"))).toBe(true);
    expect(await bannerShown(page)).toBe(false);
    expect(await has(page, "Organisation:NHS trust")).toBe(false);
    const expected = await api<{ network: { nodes: { id: string }[] } }>(
      '{ network(focus: "gp-care-group", depth: 1, asOf: "2023-12-31") { nodes { id: key } } }',
    );
    expect((await cyIds(page, "node")).sort()).toEqual(expected.network.nodes.map((n) => n.id).sort());
    expect(await page.inputValue("#year-slider")).toBe("2023");
    const params = Object.fromEntries(new URL(page.url()).searchParams);
    expect(params).toEqual({ focus: "gp-care-group", date: "2023-12-31" });
    // A relationship's details, without leaving the focus (the neighbourhood is all that is drawn).
    await page.locator("#edge-table tbody tr button").first().click();
    await page.locator("#details-body .edge-details").waitFor();
    expect(page.url()).toContain("focus=gp-care-group");
    expect(await axeViolations(page)).toEqual([]);
    expect(await pageProblems(o)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, "large-focus.png") });
  });

  it("shows a neighbourhood that is itself too large as its summary, and says so", async () => {
    const o = await open("?focus=tht&depth=3");
    const { page } = o;
    expect(await bannerShown(page)).toBe(true);
    expect(await page.textContent("#summary-banner")).toMatch(/neighbourhood, 3 steps deep, is too large/);
    expect(await has(page, "tht")).toBe(false);
    expect(page.url()).toContain("focus=tht");
    expect(await pageProblems(o)).toEqual([]);
  });

  it("shows only a kind when its group is selected, and stays in summary while that is still too large", async () => {
    const o = await open();
    const { page } = o;
    await clickElement(page, "Organisation:NHS trust");
    await waitReady(page, () => window.cy.getElementById("elft").nonempty());
    expect((await cyIds(page, "node")).sort()).toEqual(["barts-health", "elft"]);
    expect(await bannerShown(page)).toBe(false);
    expect(page.url()).toMatch(/hideTypes=/);
    expect(page.url()).toMatch(/hideKinds=/);
    await openOptions(page);
    expect(await page.getByRole("checkbox", { name: "NHS trust" }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: "GP federation" }).isChecked()).toBe(false);

    // Everything but sites is still more than the limit: the summary stays, and says it is filtered.
    const filtered = await open("?hideTypes=Site");
    await waitReady(filtered.page, () => !document.getElementById("summary-banner")?.hidden);
    expect(await filtered.page.textContent("#summary-banner")).toContain("Still too large to draw with these filters");
    expect(await cyIds(filtered.page, "node[nodeType = 'Site']")).toEqual([]);
    // The list's buttons select a group from the keyboard.
    await filtered.page.getByRole("button", { name: "Show only NHS trust (2)" }).focus();
    await filtered.page.keyboard.press("Enter");
    await waitReady(filtered.page, () => window.cy.getElementById("barts-health").nonempty());
    expect(await bannerShown(filtered.page)).toBe(false);
    expect(await pageProblems(o)).toEqual([]);
    expect(await pageProblems(filtered)).toEqual([]);
  });
});
