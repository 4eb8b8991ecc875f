// The network page in headless Chromium against the real app and the seed graph: drawing, search,
// filters, time, focus, paths, deep links and exports. Assertions read the Cytoscape instance
// (window.cy) and the DOM, never pixels.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

const ids = (page: Page, selector: string) => page.evaluate((s) => window.cy.$(s).map((e) => e.id()), selector);
const has = (page: Page, id: string) => page.evaluate((i) => window.cy.getElementById(i).nonempty(), id);
/** Nodes the view does not fade (Cytoscape selectors have no :not()). */
const litNodes = (page: Page) =>
  page.evaluate(() =>
    window.cy
      .nodes()
      .not(".faded")
      .map((e) => e.id()),
  );
const classesOf = (page: Page, id: string) => page.evaluate((i) => window.cy.getElementById(i).classes(), id);

describe.skipIf(!testNeo4j().ownsDatabase)("the network page", () => {
  let session: PageSession;
  const opened: OpenedPage[] = [];
  const open = async (query = "") => {
    const o = await session.open(query);
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

  it("draws the whole seed graph, each kind with its own shape, and says when it is done", async () => {
    const started = Date.now();
    const o = await open();
    const wallMs = Date.now() - started;
    const { page } = o;
    const api = await session.app.gql<{ network: { nodes: { id: string }[]; edges: { id: string }[] } }>(
      "{ network { nodes { id: key } edges { id: key } } }",
    );
    const counts = await page.evaluate(() => ({ nodes: window.cy.nodes().length, edges: window.cy.edges().length }));
    expect(counts).toEqual({ nodes: api.data?.network.nodes.length, edges: api.data?.network.edges.length });
    await page.evaluate(() => window.thtReady);
    const shapes = await page.evaluate(() =>
      Object.fromEntries(
        [
          "tht",
          "barts-health",
          "nhs-north-east-london",
          "alliance",
          "health-visiting-tupe-transfer",
          "tower-hamlets",
        ].map((id) => [id, window.cy.getElementById(id).style("shape")]),
      ),
    );
    expect(shapes).toEqual({
      tht: "star",
      "barts-health": "ellipse",
      "nhs-north-east-london": "hexagon",
      alliance: "diamond",
      "health-visiting-tupe-transfer": "tag",
      "tower-hamlets": "rectangle",
    });
    // All time: what has ended is drawn dashed.
    expect(await classesOf(page, "north-east-london-ccg")).toContain("ended");
    expect(await classesOf(page, "PROVIDES:barts-health->health-visiting")).toContain("ended");
    expect(
      await page.evaluate(() => window.cy.getElementById("PROVIDES:barts-health->health-visiting").style("line-style")),
    ).toBe("dashed");
    expect(await page.textContent("#counts")).toContain(`${counts.nodes} nodes and ${counts.edges} relationships`);
    expect(await page.locator("#node-table tbody tr").count()).toBe(counts.nodes);
    expect(await page.locator("#edge-table tbody tr").count()).toBe(counts.edges);
    expect(await pageProblems(o)).toEqual([]);
    console.log(
      `time to first drawing of the seed graph in headless Chromium: ${Math.round(o.firstDrawingMs)} ms from navigation start (page mark), ${wallMs} ms from page.goto to ready`,
    );
    await page.screenshot({ path: join(artifactsDir, "all-time.png") });
  });

  it("asks for the first network before it builds the rest of the page, and polls for changes only once it is drawn", async () => {
    const o = await open();
    const { page } = o;
    // Whether Cytoscape (start-page.ts) existed when the page first asked the API anything.
    await page.addInitScript(() => {
      const seen = window as unknown as { firstAsk?: { cytoscape: boolean }; firstPoll?: { drawn: boolean } };
      const ask = window.fetch.bind(window);
      window.fetch = (input, init) => {
        // The revision watch (views/revision-watch.ts) polls only once the first view is drawn.
        if (new Headers(init?.headers).get("x-apollo-operation-name") === "GraphRevision")
          seen.firstPoll ??= { drawn: document.body.dataset.state === "ready" };
        // (window.cy is the graph's element, by its id, until start-page.ts makes it Cytoscape.)
        const cy = (window as unknown as { cy?: { elements?: unknown } }).cy;
        if (String(input).includes("/graphql")) seen.firstAsk ??= { cytoscape: typeof cy?.elements === "function" };
        return ask(input, init);
      };
    });
    await page.reload();
    await waitReady(page);
    expect(await page.evaluate(() => (window as unknown as { firstAsk?: unknown }).firstAsk)).toEqual({
      cytoscape: false,
    });
    expect(await page.evaluate(() => window.cy.nodes().length)).toBeGreaterThan(50);
    await page.waitForFunction(() => "firstPoll" in window);
    expect(await page.evaluate(() => (window as unknown as { firstPoll?: unknown }).firstPoll)).toEqual({
      drawn: true,
    });
    expect(await pageProblems(o)).toEqual([]);
  });

  it("draws the same picture on every load (seeded layout)", async () => {
    const positions = (o: OpenedPage) =>
      o.page.evaluate(() =>
        window.cy.nodes().map((n) => [n.id(), Math.round(n.position("x")), Math.round(n.position("y"))]),
      );
    const a = await open();
    const b = await open();
    expect(await positions(b)).toEqual(await positions(a));
  });

  it("suggests names, aliases and ODS codes as you type and focuses the one picked", async () => {
    const o = await open();
    const { page } = o;
    await page.locator("#search-input").pressSequentially("NHS NE", { delay: 30 });
    await page.locator('#search-suggestions [data-id="nhs-north-east-london"]').waitFor();
    // An alias finds its organisation too.
    await page.locator("#search-input").fill("");
    await page.locator("#search-input").pressSequentially("East London NHS Foundation", { delay: 30 });
    await page.locator('#search-suggestions [data-id="elft"]').waitFor();
    // So does an ODS code, which the suggestion shows.
    await page.locator("#search-input").fill("");
    await page.locator("#search-input").pressSequentially("rwk", { delay: 30 });
    const byCode = page.locator('#search-suggestions [data-id="elft"]');
    await byCode.waitFor();
    expect(await byCode.locator(".option-kind").textContent()).toContain("ODS RWK");
    await page.keyboard.press("Enter");
    await waitReady(page, () => window.cy.getElementById("elft").hasClass("focus"));
    expect(page.url()).toContain("focus=elft");
    expect(await page.textContent("#details-body .details-title")).toBe("ELFT");
    expect(await pageProblems(o)).toEqual([]);
  });

  it("filters by node type, organisation kind and relationship type, and exports with the same filters", async () => {
    const o = await open();
    const { page } = o;
    const serviceCount = (await ids(page, "node[nodeType = 'Service']")).length;
    expect(serviceCount).toBeGreaterThan(10);
    await openOptions(page);
    await page.getByRole("checkbox", { name: "Service", exact: true }).uncheck();
    await waitReady(page, () => window.cy.$("node[nodeType = 'Service']").empty());
    await page.getByRole("checkbox", { name: "serves (SERVES)" }).uncheck();
    await waitReady(page, () => window.cy.$("edge[type = 'SERVES']").empty());
    await page.getByRole("checkbox", { name: "NHS trust" }).uncheck();
    await waitReady(page, () => window.cy.getElementById("elft").empty());
    expect(await has(page, "barts-health")).toBe(false);
    expect(await has(page, "gp-care-group")).toBe(true);
    expect(page.url()).toMatch(/hideTypes=Service/);
    expect(page.url()).toMatch(/hideRels=SERVES/);
    const href = await page.locator("#export-links a", { hasText: "Nodes (CSV)" }).getAttribute("href");
    const url = new URL(href ?? "", session.app.url);
    expect(url.pathname).toBe("/export/nodes.csv");
    expect(url.searchParams.get("kinds")?.split(",")).not.toContain("Service");
    expect(url.searchParams.get("kinds")?.split(",")).not.toContain("NHS trust");
    expect(url.searchParams.get("relationshipTypes")?.split(",")).not.toContain("SERVES");
    const csv = await (await fetch(url)).text();
    expect(csv).toContain("gp-care-group");
    expect(csv).not.toContain("barts-health");
    expect(await page.locator("#node-table tbody tr").count()).toBe(
      await page.evaluate(() => window.cy.nodes().length),
    );
    await page.getByRole("checkbox", { name: "Service", exact: true }).check();
    await waitReady(page, () => window.cy.$("node[nodeType = 'Service']").nonempty());
    expect(await pageProblems(o)).toEqual([]);
  });

  it("follows the year slider: the CCG in 2021, NHS North East London in 2023", async () => {
    const o = await open();
    const { page } = o;
    await openOptions(page);
    const slider = page.locator("#year-slider");
    await slider.fill("2021");
    await waitReady(page, () => new URL(location.href).searchParams.get("date") === "2021-12-31");
    expect(await has(page, "north-east-london-ccg")).toBe(true);
    expect(await has(page, "nhs-north-east-london")).toBe(false);
    expect(await classesOf(page, "north-east-london-ccg")).not.toContain("ended");
    const in2021 = await page.evaluate(() => window.cy.nodes().length);
    expect(await page.textContent("#counts")).toContain(`${in2021} nodes`);
    await page.screenshot({ path: join(artifactsDir, "year-2021.png") });
    // The keyboard moves the slider too: two years on.
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await waitReady(page, () => new URL(location.href).searchParams.get("date") === "2023-12-31");
    expect(await has(page, "north-east-london-ccg")).toBe(false);
    expect(await has(page, "nhs-north-east-london")).toBe(true);
    // Play steps from one dated event to the next, marking what each added and removed; Pause stops it.
    await page.getByRole("button", { name: "All time" }).click();
    await waitReady(page, () => !new URL(location.href).searchParams.has("date"));
    await page.getByRole("button", { name: "Play" }).click();
    await waitReady(page, () => new URL(location.href).searchParams.get("compare") === "2013-12-30..2013-12-31");
    expect(await classesOf(page, "gp-care-group")).toContain("added");
    expect(await has(page, "health-visiting-tupe-transfer")).toBe(false);
    await waitReady(page, () => new URL(location.href).searchParams.get("compare") === "2016-03-31..2016-04-01");
    expect(await classesOf(page, "health-visiting-tupe-transfer")).toContain("added");
    expect(await classesOf(page, "PROVIDES:barts-health->health-visiting")).toContain("removed");
    expect(await classesOf(page, "PROVIDES:gp-care-group->health-visiting")).toContain("added");
    await page.getByRole("button", { name: "Pause" }).click();
    expect(await page.getAttribute("#play-button", "aria-pressed")).toBe("false");
    await page.getByRole("button", { name: "All time" }).click();
    await waitReady(page, () => !new URL(location.href).searchParams.has("date"));
    expect(await has(page, "north-east-london-ccg")).toBe(true);
    expect(await has(page, "nhs-north-east-london")).toBe(true);
    expect(await pageProblems(o)).toEqual([]);
  });

  it("marks time: uncertain dates, former ends, event days to jump to, known facts only", async () => {
    const o = await open("?date=1990-01-01");
    const { page } = o;
    // 1990: nothing is dated that early, so everything drawn may hold but is not known to.
    const classes = await page.evaluate(() => window.cy.elements().map((e) => e.hasClass("uncertain")));
    expect(classes.length).toBeGreaterThan(20);
    expect(new Set(classes)).toEqual(new Set([true]));
    expect(await page.textContent("#legend")).toContain("date not known");
    await openOptions(page);
    await page.getByLabel("Known facts only").check();
    await waitReady(page, () => new URL(location.href).searchParams.get("known") === "only");
    expect(await page.evaluate(() => window.cy.elements().length)).toBe(0);
    await page.getByLabel("Known facts only").uncheck();
    await waitReady(page, () => !new URL(location.href).searchParams.has("known"));
    // The slider's range comes from the data, with a tick and a button for each dated event.
    expect(await page.getAttribute("#year-slider", "min")).toBe("2013");
    expect(
      await page.$$eval("#event-ticks option", (options) => options.map((x) => (x as HTMLOptionElement).value)),
    ).toEqual(["2013", "2016", "2022"]);
    await page.getByRole("button", { name: "Show 1 July 2022: NHS North East London replaces the CCG" }).click();
    await waitReady(page, () => new URL(location.href).searchParams.get("date") === "2022-07-01");
    // The day of the succession: the CCG is there as former, with the succession drawn.
    expect(await classesOf(page, "north-east-london-ccg")).toContain("ended");
    expect(await has(page, "SUCCEEDED:nhs-north-east-london->north-east-london-ccg")).toBe(true);
    expect(await page.getAttribute("#event-days button[data-day='2022-07-01']", "aria-pressed")).toBe("true");
    // An exclusive end reads as the last day it held.
    expect(await page.textContent("#list-body")).toContain("until 30 June 2022");
    expect(await page.textContent("#list-body")).not.toContain("until 1 July 2022");
    expect(await pageProblems(o)).toEqual([]);
  });

  it("compares two dates: what was added and what was removed", async () => {
    const o = await open();
    const { page } = o;
    await openOptions(page);
    await page.locator("#compare summary").click();
    await page.locator("#compare-from").fill("2021-12-31");
    await page.locator("#compare-to").fill("2023-12-31");
    await page.getByRole("button", { name: "Compare", exact: true }).click();
    await waitReady(page, () => window.cy.$(".added").nonempty());
    expect(await classesOf(page, "nhs-north-east-london")).toContain("added");
    expect(await classesOf(page, "north-east-london-ccg")).toContain("removed");
    // Marked in words too, not by colour alone.
    expect(await page.evaluate(() => window.cy.getElementById("nhs-north-east-london").data("display"))).toBe(
      "NHS North East London (added)",
    );
    expect(page.url()).toContain("compare=2021-12-31..2023-12-31");
    expect(await page.textContent("#details-body")).toContain("North East London Clinical Commissioning Group");
    await page.screenshot({ path: join(artifactsDir, "compare.png") });
    expect(await pageProblems(o)).toEqual([]);
  });

  it("focuses a clicked node's neighbourhood, 1 to 3 steps deep, and fades the rest", async () => {
    const o = await open();
    const { page } = o;
    await clickElement(page, "gp-care-group");
    await waitReady(page, () => window.cy.getElementById("gp-care-group").hasClass("focus"));
    const lit = await litNodes(page);
    expect(lit).toEqual(expect.arrayContaining(["gp-care-group", "alliance", "tht", "health-visiting"]));
    expect(lit).not.toContain("luton");
    expect(await classesOf(page, "luton")).toContain("faded");
    expect(await page.textContent("#details-body")).toContain("late 2013");
    expect(await page.textContent("#details-body")).toContain("37 practices");
    expect(await page.textContent("#details-body")).toContain("The GP Care Group allowed all 37 practices");
    await page.locator("#details-body .timeline li").first().waitFor();
    await page.screenshot({ path: join(artifactsDir, "focus.png") });
    await openOptions(page);
    await page.locator("#depth-select").selectOption("2");
    await waitReady(page, () => new URL(location.href).searchParams.get("depth") === "2");
    const deeper = await litNodes(page);
    expect(deeper.length).toBeGreaterThan(lit.length);
    expect(deeper).toContain("elft");
    await page.getByRole("button", { name: "Clear focus" }).first().click();
    await waitReady(page, () => window.cy.$(".faded").empty());
    // From the keyboard: the list view's buttons focus a node too.
    await page.getByRole("button", { name: "Focus on Healthwatch Tower Hamlets" }).focus();
    await page.keyboard.press("Enter");
    await waitReady(page, () => window.cy.getElementById("healthwatch-tower-hamlets").hasClass("focus"));
    expect(await classesOf(page, "luton")).toContain("faded");
    expect(await pageProblems(o)).toEqual([]);
  });

  it("highlights the shortest paths from Healthwatch Tower Hamlets to Barts Health, each step explained and cited", async () => {
    const o = await open();
    const { page } = o;
    await openOptions(page);
    await page.locator("#path-from").selectOption("healthwatch-tower-hamlets");
    await page.locator("#path-to").selectOption("barts-health");
    await page.getByRole("button", { name: "Show shortest paths" }).click();
    await waitReady(page, () => window.cy.$(".path").nonempty());
    expect(await ids(page, "node.path")).toEqual(
      expect.arrayContaining(["healthwatch-tower-hamlets", "barts-health", "tht", "tower-hamlets"]),
    );
    expect(await ids(page, "edge.path")).toEqual(
      expect.arrayContaining(["PARTNER_IN:healthwatch-tower-hamlets->tht", "PARTNER_IN:barts-health->tht"]),
    );
    expect(await classesOf(page, "luton")).toContain("faded");
    const details = await page.textContent("#details-body");
    expect(details).toContain("Healthwatch Tower Hamlets is a partner in Tower Hamlets Together");
    expect(details).toContain("Barts Health serves Tower Hamlets");
    expect(details).toContain("Barts Health is the largest NHS Trust in the country");
    expect(details).toContain("Tower Hamlets Together partners");
    expect(page.url()).toContain("from=healthwatch-tower-hamlets");
    await page.screenshot({ path: join(artifactsDir, "paths.png") });
    expect(await pageProblems(o)).toEqual([]);
  });

  it("arranges the graph with each layout of the menu, the same way each time", async () => {
    const o = await open();
    const { page } = o;
    const picture = () =>
      page.evaluate(() =>
        window.cy
          .nodes()
          .map((n) => `${n.id()}@${Math.round(n.position("x"))},${Math.round(n.position("y"))}`)
          .sort()
          .join(" "),
      );
    const pictures = new Map<string, string>([["fcose", await picture()]]);
    for (const layout of ["concentric", "breadthfirst", "dagre", "fcose"]) {
      await page.locator("#layout-select").selectOption(layout);
      await waitReady(page, (l) => (new URL(location.href).searchParams.get("layout") ?? "fcose") === l, layout);
      const now = await picture();
      if (pictures.has(layout)) expect(now, layout).toBe(pictures.get(layout));
      pictures.set(layout, now);
    }
    expect(new Set(pictures.values()).size).toBe(4);
    await page.locator("#layout-select").selectOption("dagre");
    await waitReady(page, () => new URL(location.href).searchParams.get("layout") === "dagre");
    await page.screenshot({ path: join(artifactsDir, "layout-dagre.png") });
    expect(await pageProblems(o)).toEqual([]);
  });

  it("reopens a shared link in the same state", async () => {
    const query =
      "?date=2021-12-31&layout=concentric&focus=elft&depth=2&hideRels=SERVES&hideTypes=Site&from=healthwatch-tower-hamlets&to=elft";
    const o = await open(query);
    const { page } = o;
    await openOptions(page);
    expect(await page.inputValue("#year-slider")).toBe("2021");
    expect(await page.inputValue("#layout-select")).toBe("concentric");
    expect(await page.inputValue("#depth-select")).toBe("2");
    expect(await page.inputValue("#path-from")).toBe("healthwatch-tower-hamlets");
    expect(await page.getByRole("checkbox", { name: "Site", exact: true }).isChecked()).toBe(false);
    expect(await has(page, "north-east-london-ccg")).toBe(true);
    expect(await has(page, "nhs-north-east-london")).toBe(false);
    expect(await ids(page, "edge[type = 'SERVES']")).toEqual([]);
    expect(await ids(page, "node[nodeType = 'Site']")).toEqual([]);
    expect(await ids(page, "node.path")).toEqual(expect.arrayContaining(["healthwatch-tower-hamlets", "elft", "tht"]));
    // The page writes the state back to the URL unchanged, so the link it shows is the link it was given.
    const params = (url: string) => Object.fromEntries(new URL(url, session.app.url).searchParams);
    expect(params(page.url())).toEqual(params(query));
    // Round trip: a change is written to the URL, and that URL reopens the change.
    await page.locator("#layout-select").selectOption("dagre");
    await waitReady(page, () => new URL(location.href).searchParams.get("layout") === "dagre");
    const again = await open(new URL(page.url()).search);
    expect(await again.page.inputValue("#layout-select")).toBe("dagre");
    expect(params(again.page.url())).toEqual(params(page.url()));
    expect(await pageProblems(o)).toEqual([]);
  });

  it("exports the view as a PNG and an SVG picture, and the data in the API's formats", async () => {
    const o = await open("?date=2023-12-31");
    const { page } = o;
    await page.locator(".export-menu summary").click();
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Picture (PNG)" }).click(),
    ]);
    expect(png.suggestedFilename()).toBe("tht-graph-2023-12-31.png");
    const pngBytes = readFileSync((await png.path()) ?? "");
    expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngBytes.length).toBeGreaterThan(5_000);
    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Drawing (SVG)" }).click(),
    ]);
    const svgText = readFileSync((await svg.path()) ?? "", "utf8");
    expect(svgText).toMatch(/<svg[\s>]/);
    // A label the view shows (short enough not to wrap) is text in the drawing.
    const shownLabel = await page.evaluate(
      () =>
        window.cy
          .nodes()
          .map((n) => String(n.style("label")))
          .find((label) => label !== "" && label.length < 16 && !label.includes("&")) ?? "",
    );
    expect(shownLabel).not.toBe("");
    expect(svgText.includes(`>${shownLabel}</text>`), shownLabel).toBe(true);
    for (const [label, type] of [
      ["GraphML", "application/graphml+xml"],
      ["GEXF", "application/gexf+xml"],
      ["Nodes (CSV)", "text/csv"],
      ["Relationships (CSV)", "text/csv"],
      ["Cytoscape JSON", "application/json"],
    ] as const) {
      const href = await page.locator("#export-links a", { hasText: label }).getAttribute("href");
      expect(href).toContain("asOf=2023-12-31");
      const response = await fetch(new URL(href ?? "", session.app.url));
      expect(response.status, label).toBe(200);
      expect(response.headers.get("content-type")).toContain(type);
    }
    expect(await pageProblems(o)).toEqual([]);
  });

  it("pictures a focus as the focus only, and names every file after the view it shows", async () => {
    const o = await open("?date=2023-12-31&focus=healthwatch-tower-hamlets&depth=1");
    const { page } = o;
    const lit = await page.evaluate(() =>
      window.cy
        .nodes()
        .not(".faded")
        .not(".label-hidden")
        .map((n) => String(n.data("display"))),
    );
    const faded = await page.evaluate(() => window.cy.nodes(".faded").map((n) => String(n.data("display"))));
    expect(lit.length).toBeGreaterThan(1);
    expect(faded.length).toBeGreaterThan(lit.length);
    await page.locator(".export-menu summary").click();
    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Drawing (SVG)" }).click(),
    ]);
    expect(svg.suggestedFilename()).toBe("tht-graph-2023-12-31-healthwatch-tower-hamlets-depth-1.svg");
    const text = readFileSync((await svg.path()) ?? "", "utf8");
    // Each label as drawn: a wrapped label is one <text> per line, at the same x, one line apart.
    const lines = [...text.matchAll(/<text[^>]* x="([^"]*)" y="([^"]*)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({
      x: m[1],
      y: Number(m[2]),
      text: (m[3] ?? "").replaceAll("&amp;", "&").trim(),
    }));
    const labels = new Set<string>();
    for (let i = 0; i < lines.length; i++) {
      let label = lines[i]?.text ?? "";
      while (lines[i + 1]?.x === lines[i]?.x && Math.abs((lines[i + 1]?.y ?? 0) - (lines[i]?.y ?? 0) - 14) < 6) {
        i++;
        label = `${label} ${lines[i]?.text}`;
      }
      labels.add(label);
    }
    const inPicture = (label: string) => labels.has(label);
    // The lit part is all there; the faded rest is left out, not drawn at 12% opacity.
    expect(lit.filter((label) => !inPicture(label))).toEqual([]);
    expect(faded.filter(inPicture)).toEqual([]);
    // After the picture, the page is as it was: the rest still drawn, faded.
    expect(await page.evaluate(() => window.cy.nodes(".faded").filter((n) => n.visible()).length)).toBe(faded.length);
    // The drawing for Gephi: the same lit part, each node where the page placed it.
    const [gexf] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Drawing for Gephi (GEXF)" }).click(),
    ]);
    expect(gexf.suggestedFilename()).toBe("tht-graph-2023-12-31-healthwatch-tower-hamlets-depth-1-drawn.gexf");
    const gexfText = readFileSync((await gexf.path()) ?? "", "utf8");
    const placed = Object.fromEntries(
      [...gexfText.matchAll(/<node id="([^"]+)"[^>]*>[\s\S]*?<viz:position x="([^"]+)" y="([^"]+)"/g)].map((m) => [
        m[1],
        { x: Number(m[2]), y: -Number(m[3]) },
      ]),
    );
    const drawn = await page.evaluate(() =>
      Object.fromEntries(
        window.cy
          .nodes()
          .not(".faded")
          .nodes()
          .map((n) => [n.id(), n.position()]),
      ),
    );
    expect(Object.keys(placed).sort()).toEqual(Object.keys(drawn).sort());
    for (const [id, at] of Object.entries(drawn)) {
      expect(placed[id]?.x, id).toBeCloseTo(at.x, 1);
      expect(placed[id]?.y, id).toBeCloseTo(at.y, 1);
    }
    expect(gexfText).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"\/>/);
    // The data files carry the same name, from the page and from the server.
    const link = page.locator("#export-links a", { hasText: "Nodes (CSV)" });
    expect(await link.getAttribute("download")).toBe(
      "tht-graph-2023-12-31-healthwatch-tower-hamlets-depth-1-nodes.csv",
    );
    const response = await fetch(new URL((await link.getAttribute("href")) ?? "", session.app.url));
    expect(response.headers.get("content-disposition")).toContain(
      'filename="tht-graph-2023-12-31-healthwatch-tower-hamlets-depth-1-nodes.csv"',
    );
    expect(await pageProblems(o)).toEqual([]);
  });

  it("writes a briefing of the view: its picture, its facts in sentences and every quote once", async () => {
    const o = await open("?date=2023-06-01&focus=alliance&depth=1");
    const { page } = o;
    const lit = await page.evaluate(() =>
      window.cy
        .edges()
        .not(".faded")
        .map((e) => e.id()),
    );
    const api = await session.app.gql<{ neighbourhood: { edges: { key: string; citations: { quote: string }[] }[] } }>(
      '{ neighbourhood(id: "alliance", depth: 1, asOf: "2023-06-01") { edges { key citations { quote } } } }',
    );
    await page.locator(".export-menu summary").click();
    const [briefing] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Briefing (HTML)" }).click(),
    ]);
    expect(briefing.suggestedFilename()).toBe("tht-graph-2023-06-01-alliance-depth-1-briefing.html");
    const html = readFileSync((await briefing.path()) ?? "", "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toMatch(/<svg[\s>]/);
    expect(html).toContain("As of 1 June 2023");
    // Nothing fetched; one inline script, which only shows its Print button.
    expect(html).not.toMatch(/<link|src=/i);
    expect(html.match(/<script/gi)).toHaveLength(1);
    // One numbered sentence per relationship the view lights, and each of their quotes once.
    const factList = html.slice(html.indexOf('<ol class="facts">'), html.indexOf("</ol>"));
    expect(factList.match(/<li>/g)?.length).toBe(lit.length);
    const quotes = new Set(
      (api.data?.neighbourhood.edges ?? [])
        .filter((e) => lit.includes(e.key))
        .flatMap((e) => e.citations.map((c) => c.quote)),
    );
    expect(quotes.size).toBeGreaterThan(0);
    const asHtml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
    for (const quote of quotes) expect(html.split(`<q>${asHtml(quote)}</q>`).length - 1, quote).toBe(1);
    // It opens on its own: the file, offline, shows the picture and the evidence.
    const offline = await session.browser.newPage();
    await offline.setContent(html);
    expect(await offline.locator("svg").count()).toBeGreaterThan(0);
    expect(await offline.locator("ol.evidence li").count()).toBe(quotes.size);
    await offline.close();
    expect(await pageProblems(o)).toEqual([]);
  });

  it("opens a citation's source document with the quoted passage marked", async () => {
    const o = await open("?date=2023-06-01&focus=gp-care-group&depth=1");
    const { page } = o;
    const link = page.locator("#details-body a.quote-link:visible").first();
    const quote = (await link.textContent()) ?? "";
    expect(quote.length).toBeGreaterThan(10);
    // A reader's click on the quote itself (Playwright's own aim at an inline link can miss it).
    await link.scrollIntoViewIfNeeded();
    const box = await link.locator("q").boundingBox();
    if (!box) throw new Error("the quote is not on screen");
    await Promise.all([
      page.waitForURL(/\/sources\//),
      page.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
    ]);
    expect(new URL(page.url()).hash).toBe("#quote");
    expect(await page.textContent("mark#quote")).toBe(quote);
    // Back returns to the view it came from.
    await page.goBack();
    await waitReady(page);
    expect(new URL(page.url()).searchParams.get("focus")).toBe("gp-care-group");
  });
});
