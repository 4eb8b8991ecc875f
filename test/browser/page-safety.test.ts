// The page's safety and accessibility in headless Chromium: data shown as text (never markup),
// the Content-Security-Policy and caching headers, and axe-core with no serious or critical
// violations on the main views.
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openOptions } from "../support/page-panels.js";
import { type PageSession, pageProblems, startPageSession, waitReady } from "../support/page-session.js";
import { isolationId, testNeo4j } from "../support/test-neo4j.js";

async function axe(page: Page, view: string) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const byImpact: Record<string, number> = {};
  for (const v of results.violations) byImpact[v.impact ?? "unknown"] = (byImpact[v.impact ?? "unknown"] ?? 0) + 1;
  console.log(
    `axe (${view}): ${results.passes.length} rules passed, ${results.violations.length} violated ${JSON.stringify(byImpact)}, ${results.incomplete.length} need review`,
  );
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe.skipIf(!testNeo4j().ownsDatabase)("the page's safety and accessibility", () => {
  let session: PageSession;
  beforeAll(async () => {
    session = await startPageSession();
  });
  afterAll(() => session?.close());

  it("serves the page with a strict Content-Security-Policy, nosniff and caching headers", async () => {
    const page = await fetch(`${session.app.url}/`);
    expect(page.status).toBe(200);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("cache-control")).toBe("no-cache");
    const html = await page.text();
    const script = html.match(/src="\/(app-[A-Z0-9]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    // The page's body is preloaded beside the entry, which imports it once it has asked for data.
    expect(html).toMatch(/<link rel="modulepreload" href="\/start-page-[A-Z0-9]+\.js" \/>/);
    // No inline script or style anywhere in the page.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=/);
    const asset = await fetch(`${session.app.url}/${script}`);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(asset.headers.get("content-type")).toContain("javascript");
    expect(asset.headers.get("x-content-type-options")).toBe("nosniff");
    const index = await fetch(`${session.app.url}/stories/index.json`);
    expect(await index.json()).toEqual([expect.objectContaining({ id: "tower-hamlets-together", steps: 6 })]);
    for (const path of [
      "/stories/nothing-here.json",
      "/stories/..%2Fdata%2Fsources.json",
      "/stories/tower-hamlets-together.yaml",
    ]) {
      const missing = await fetch(`${session.app.url}${path}`);
      expect(missing.status, path).toBe(404);
      expect(
        ((await missing.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
      ).toBe("NOT_FOUND");
    }
  });

  it("shows an organisation named <img src=x onerror=alert(1)> literally and runs nothing", async () => {
    const id = isolationId("xss");
    const name = "<img src=x onerror=alert(1)>";
    const description = '"><svg onload=alert(2)><script>alert(3)</script>';
    const { driver } = session.app;
    const database = testNeo4j().database;
    await driver.executeQuery(
      `CREATE (:Entity:Organisation {id: $id, name: $name, kind: 'NHS trust', description: $description,
         shortNames: [$name], aliases: [], citationQuotes: [$name], citationSources: ['tht-partners']})`,
      { id, name, description },
      { database },
    );
    try {
      const o = await session.open();
      const { page } = o;
      expect(await page.evaluate((i) => window.cy.getElementById(i).data("label"), id)).toBe(name);
      const row = page.locator(`#node-table tr[data-id="${id}"] button`);
      expect(await row.textContent()).toBe(name);
      await row.click();
      await waitReady(page, (i) => window.cy.getElementById(i).hasClass("focus"), id);
      expect(await page.textContent("#details-body .details-title")).toBe(name);
      expect(await page.textContent("#details-body")).toContain(description);
      expect(await page.locator("img, svg[onload], script:not([src])").count()).toBe(0);
      await page.locator("#search-input").pressSequentially("<img", { delay: 20 });
      await page.waitForTimeout(500);
      await openOptions(page);
      await page.locator("#path-from").selectOption(id);
      expect(await page.evaluate(() => (window as unknown as { alerted?: boolean }).alerted)).toBeUndefined();
      expect(await pageProblems(o)).toEqual([]);
      await o.close();
    } finally {
      await driver.executeQuery("MATCH (n:Entity {id: $id}) DETACH DELETE n", { id }, { database });
    }
  });

  it("has no serious or critical axe violations on the main views", async () => {
    const main = await session.open();
    expect(await axe(main.page, "all time")).toEqual([]);
    await main.page.locator("#node-table button", { hasText: "Tower Hamlets GP Care Group" }).click();
    await waitReady(main.page, () => window.cy.getElementById("gp-care-group").hasClass("focus"));
    await main.page.locator("#details-body .timeline li").first().waitFor();
    expect(await axe(main.page, "focus and details")).toEqual([]);
    await main.page.locator("#search-input").pressSequentially("Barts", { delay: 20 });
    await main.page.locator("#search-suggestions [role=option]").first().waitFor();
    expect(await axe(main.page, "search suggestions")).toEqual([]);
    expect(await pageProblems(main)).toEqual([]);
    await main.close();

    const story = await session.open("?story=tower-hamlets-together&step=2");
    expect(await axe(story.page, "presenter")).toEqual([]);
    expect(await pageProblems(story)).toEqual([]);
    await story.close();

    const paths = await session.open("?from=healthwatch-tower-hamlets&to=barts-health&compare=2021-12-31..2023-12-31");
    expect(await axe(paths.page, "paths while comparing")).toEqual([]);
    expect(await pageProblems(paths)).toEqual([]);
    await paths.close();
  });
});
