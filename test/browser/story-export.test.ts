// Export story (issue 16, "Briefings"): the shipped story from the page as one self-contained
// HTML file that presents offline. Opened from disk with the network blocked, it has a section per
// step (title, caption, picture, each quote once), moves with the keys and buttons ("Step 2 of 6"),
// passes axe, reads at 1920×1080, 1280×720 and 390×844, shows every step without JavaScript and
// prints without its buttons. The page's view and history are as they were after the export.
// And `npm run briefing`: a view's briefing (or the story) as a PDF from headless Chromium, with
// clear errors and a non-zero exit for a bad address, a server not answering and no Chromium.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Story } from "../../core/story.js";
import { axeViolations } from "../support/axe.js";
import { freePort } from "../support/free-port.js";
import { artifactsDir, type PageSession, pageProblems, startPageSession, waitReady } from "../support/page-session.js";
import { testNeo4j } from "../support/test-neo4j.js";

const root = join(import.meta.dirname, "..", "..");
const screens = [
  { name: "projector", width: 1920, height: 1080 },
  { name: "laptop", width: 1280, height: 720 },
  { name: "phone", width: 390, height: 844 },
] as const;
const squash = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

/** `npm run briefing -- …` as a user runs it (asynchronously: the test app serves from this process). */
function runBriefing(args: string[]): Promise<{ status: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "scripts/briefing.ts"), ...args],
      { cwd: root, encoding: "utf8", timeout: 240_000, env: { PATH: process.env.PATH, HOME: process.env.HOME } },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ status, output: `${stdout}${stderr}` });
      },
    );
  });
}

const pdfPages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe.skipIf(!testNeo4j().ownsDatabase)("exporting a story and a briefing's PDF", () => {
  let session: PageSession;
  let story: Story;
  /** Per step, the quotes the presenter lists: the step's own and those of its drawn highlighted lines. */
  let expectedQuotes: string[][];
  let file = "";
  let html = "";
  const contexts: BrowserContext[] = [];
  const work = mkdtempSync(join(tmpdir(), "tht-story-export-"));

  beforeAll(async () => {
    session = await startPageSession();
    story = (await (await fetch(`${session.app.url}/stories/tower-hamlets-together.json`)).json()) as Story;
    expectedQuotes = [];
    for (const step of story.steps) {
      const answer = await session.app.gql<{ network: { edges: { key: string; citations: { quote: string }[] }[] } }>(
        "query ($asOf: Date) { network(asOf: $asOf) { edges { key citations { quote } } } }",
        { asOf: step.date },
      );
      const byKey = new Map((answer.data?.network.edges ?? []).map((e) => [e.key, e]));
      const quotes = [
        ...step.cite,
        ...step.highlight.edges.flatMap((key) => byKey.get(key)?.citations.map((c) => c.quote) ?? []),
      ];
      expectedQuotes.push([...new Set(quotes)].sort());
    }
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await session?.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** The exported file, opened from disk in a fresh context where every request but the file's is refused. */
  async function openOffline(viewport: { width: number; height: number }, javaScriptEnabled = true) {
    const context = await session.browser.newContext({ viewport, javaScriptEnabled });
    contexts.push(context);
    const requests: string[] = [];
    await context.route("**", (route) => {
      const url = route.request().url();
      requests.push(url);
      return url.startsWith("file:") ? route.continue() : route.abort();
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(pathToFileURL(file).href);
    return { page, problems, requests };
  }

  const indicator = (page: Page) => page.textContent("#indicator");
  const visibleSteps = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("section.step")]
        .filter((s) => s.offsetParent !== null)
        .map((s) => s.id),
    );

  it("exports the story from the page and leaves the reader's view and history as they were", async () => {
    const o = await session.open("?date=2021-12-31&focus=elft&depth=1");
    const { page } = o;
    const before = { url: page.url(), history: await page.evaluate(() => history.length) };
    await page.locator(".export-menu summary").click();
    const button = page.getByRole("button", { name: "Story (HTML)" });
    await expect.poll(() => button.isEnabled()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 90_000 }), button.click()]);
    const dates = story.steps
      .map((s) => s.date)
      .filter((d): d is string => d !== null)
      .sort();
    expect(download.suggestedFilename()).toBe(
      `tht-graph-${dates[0]}-to-${dates.at(-1)}-tower-hamlets-together-story.html`,
    );
    mkdirSync(artifactsDir, { recursive: true });
    file = join(artifactsDir, download.suggestedFilename());
    await download.saveAs(file);
    html = readFileSync(file, "utf8");
    // The reader's view is back, and stepping through the story added no history entry.
    await waitReady(page, (url) => location.href === url, before.url);
    expect(await page.evaluate(() => history.length)).toBe(before.history);
    expect(await page.evaluate(() => document.body.classList.contains("presenting"))).toBe(false);
    expect(await page.textContent("#status")).toContain("Story exported");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("export-story");
    expect(await pageProblems(o)).toEqual([]);
    await o.close();
  }, 120_000);

  it("offers the export while presenting, in the presenter's own controls, and comes back to the step", async () => {
    const o = await session.open("?story=tower-hamlets-together&step=3", { width: 390, height: 844 });
    const { page } = o;
    const button = page.getByRole("button", { name: "Export story" });
    expect(await button.isVisible()).toBe(true);
    const box = await button.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    const before = page.url();
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 90_000 }), button.click()]);
    expect(download.suggestedFilename()).toMatch(/-tower-hamlets-together-story\.html$/);
    await waitReady(page, (url) => location.href === url, before);
    expect(await page.evaluate(() => document.body.classList.contains("presenting"))).toBe(true);
    expect(await page.textContent("#story-indicator")).toBe(`Step 3 of ${story.steps.length}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("story-export");
    expect(await pageProblems(o)).toEqual([]);
    await o.close();
  }, 120_000);

  it("is one self-contained file: a section per step with its title, caption, picture and each quote once", async () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<link|\ssrc=|\/sources\//i);
    const { page, problems, requests } = await openOffline({ width: 1920, height: 1080 });
    const sections = await page.evaluate(() =>
      [...document.querySelectorAll("section.step")].map((s) => {
        const svg = s.querySelector("svg");
        return {
          title: s.querySelector("h2")?.textContent ?? "",
          caption: s.querySelector(".caption")?.textContent ?? "",
          svgs: s.querySelectorAll("svg").length,
          drawn: svg ? svg.querySelectorAll("path, text, rect").length : 0,
          viewBox: svg?.getAttribute("viewBox") ?? "",
          quotes: [...s.querySelectorAll(".quotes q")].map((q) => q.textContent ?? ""),
        };
      }),
    );
    expect(sections).toHaveLength(story.steps.length);
    story.steps.forEach((step, i) => {
      const where = `step ${i + 1}`;
      const section = sections[i];
      expect(section?.title, where).toBe(step.title);
      expect(squash(section?.caption), where).toBe(squash(step.caption));
      expect(section?.svgs, where).toBe(1);
      expect(section?.drawn, where).toBeGreaterThan(5);
      expect(section?.viewBox, where).toMatch(/^0 0 \d/);
      // Every quote of the step, verbatim, once.
      expect([...(section?.quotes ?? [])].sort(), where).toEqual(expectedQuotes[i]);
    });
    expect(requests.every((url) => url.startsWith("file:"))).toBe(true);
    expect(problems).toEqual([]);
  });

  it("presents one step at a time: ← → Home End and the buttons move, the indicator follows", async () => {
    const { page, problems } = await openOffline({ width: 1280, height: 720 });
    const n = story.steps.length;
    expect(await indicator(page)).toBe(`Step 1 of ${n}`);
    expect(await visibleSteps(page)).toEqual(["step-1"]);
    expect(await page.getByRole("button", { name: "← Previous" }).isDisabled()).toBe(true);
    await page.keyboard.press("ArrowRight");
    expect(await indicator(page)).toBe(`Step 2 of ${n}`);
    expect(await visibleSteps(page)).toEqual(["step-2"]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("step-2-title");
    await page.keyboard.press("End");
    expect(await indicator(page)).toBe(`Step ${n} of ${n}`);
    expect(await page.getByRole("button", { name: "Next →" }).isDisabled()).toBe(true);
    await page.keyboard.press("ArrowRight");
    expect(await visibleSteps(page)).toEqual([`step-${n}`]);
    await page.keyboard.press("ArrowLeft");
    expect(await indicator(page)).toBe(`Step ${n - 1} of ${n}`);
    await page.keyboard.press("Home");
    expect(await visibleSteps(page)).toEqual(["step-1"]);
    await page.getByRole("button", { name: "Next →" }).click();
    expect(await indicator(page)).toBe(`Step 2 of ${n}`);
    expect(new URL(page.url()).hash).toBe("#step-2");
    // The evidence is folded under the caption, and opens.
    const sources = page.locator("#step-2 details.sources");
    expect(await sources.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await sources.locator("summary").click();
    expect(await sources.locator("q").first().isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  for (const screen of screens)
    it(`reads on a ${screen.name} (${screen.width}×${screen.height}): title and caption large, the picture on screen, axe clean`, async () => {
      const { page, problems } = await openOffline(screen);
      for (let step = 1; step <= story.steps.length; step++) {
        const facts = await page.evaluate((id) => {
          const section = document.getElementById(id) as HTMLElement;
          const box = (el: Element | null) => el?.getBoundingClientRect() ?? null;
          const px = (el: Element | null) => (el ? Number.parseFloat(getComputedStyle(el).fontSize) : 0);
          return {
            title: box(section.querySelector("h2")),
            titlePx: px(section.querySelector("h2")),
            captionPx: px(section.querySelector(".caption")),
            svg: box(section.querySelector("svg")),
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          };
        }, `step-${step}`);
        const where = `${screen.name}, step ${step}`;
        expect(facts.titlePx, where).toBeGreaterThanOrEqual(28);
        expect(facts.captionPx, where).toBeGreaterThanOrEqual(20);
        expect(facts.title?.top ?? -1, where).toBeGreaterThanOrEqual(0);
        expect(facts.title?.bottom ?? Number.POSITIVE_INFINITY, where).toBeLessThanOrEqual(screen.height);
        expect(facts.svg?.width ?? 0, where).toBeGreaterThan(screen.width / 3);
        expect(facts.svg?.height ?? 0, where).toBeGreaterThan(150);
        expect(facts.overflow, where).toBeLessThanOrEqual(0);
        if (step <= 2)
          await page.screenshot({ path: join(artifactsDir, `story-export-${screen.name}-step-${step}.png`) });
        await page.keyboard.press("ArrowRight");
      }
      await page.keyboard.press("Home");
      await page.locator("#step-1 details.sources summary").click();
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    }, 60_000);

  it("shows every step one after another without JavaScript, and prints them without buttons", async () => {
    const plain = await openOffline({ width: 1280, height: 720 }, false);
    expect((await visibleSteps(plain.page)).length).toBe(story.steps.length);
    expect(await plain.page.locator("button:visible").count()).toBe(0);

    const { page, problems } = await openOffline({ width: 1280, height: 720 });
    expect(await page.getByRole("button", { name: "Print or save as PDF" }).isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("button:visible").count()).toBe(0);
    expect((await visibleSteps(page)).length).toBe(story.steps.length);
    // Each step starts a page, and its folded evidence prints open.
    const breaks = await page.evaluate(() =>
      [...document.querySelectorAll("section.step")].map((s) => getComputedStyle(s).breakBefore),
    );
    expect(breaks.slice(1).every((b) => b === "page")).toBe(true);
    expect(await page.locator("#step-1 .quotes q").first().isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  it("npm run briefing writes a view's briefing as an A4 PDF, and the story one step a page", async () => {
    const pdf = join(artifactsDir, "briefing-cli.pdf");
    const briefing = join(artifactsDir, "briefing-cli.html");
    const view = `${session.app.url}/?date=2023-06-01&focus=alliance&depth=1`;
    const run = await runBriefing(["--url", view, "--out", pdf, "--html", briefing]);
    expect(run.output).toContain(`wrote ${pdf}`);
    expect(run.status, run.output).toBe(0);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdfPages(bytes)).toBeGreaterThanOrEqual(1);
    expect(readFileSync(briefing, "utf8")).toContain("As of 1 June 2023");

    const storyPdf = join(artifactsDir, "story-cli.pdf");
    const told = await runBriefing(["--url", `${session.app.url}/`, "--out", storyPdf, "--story"]);
    expect(told.status, told.output).toBe(0);
    expect(pdfPages(readFileSync(storyPdf))).toBeGreaterThanOrEqual(story.steps.length);
  }, 240_000);

  it("npm run briefing says clearly what is wrong, with a non-zero exit", async () => {
    const out = join(work, "never.pdf");
    const bad = await runBriefing(["--url", "not a url", "--out", out]);
    expect(bad.status).not.toBe(0);
    expect(bad.output).toContain('--url "not a url" is not an address');
    const port = await freePort();
    const silent = await runBriefing(["--url", `http://127.0.0.1:${port}/`, "--out", out]);
    expect(silent.status).not.toBe(0);
    expect(silent.output).toContain(`nothing answers at http://127.0.0.1:${port}`);
    const missing = await runBriefing([
      "--url",
      `${session.app.url}/`,
      "--out",
      out,
      "--chromium",
      join(work, "no-such-chromium"),
    ]);
    expect(missing.status).not.toBe(0);
    expect(missing.output).toContain("apt-get install chromium");
    const notPage = await runBriefing(["--url", `${session.app.url}/no-such-page`, "--out", out]);
    expect(notPage.status).not.toBe(0);
    expect(notPage.output).toMatch(/answered with HTTP status 404/);
  }, 120_000);
});
