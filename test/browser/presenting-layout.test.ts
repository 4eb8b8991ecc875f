// The presenting layout (issue 16) at a projector's 1920×1080, a laptop's 1280×720 and a phone's
// 390×844: the app's controls hidden, the step's title (≥ 28 px) and caption (≥ 20 px) on screen at
// the panel's top at every step, focus on the step itself, each quote once, the graph taking the
// rest of the screen. Screenshots of every step at 1920×1080 go to the test artifacts, and to
// docs/screenshots/ with THT_SCREENSHOTS_TO_DOCS=1.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/axe.js";
import { openSheet } from "../support/page-panels.js";
import {
  artifactsDir,
  type OpenedPage,
  type PageSession,
  pageProblems,
  startPageSession,
  waitReady,
} from "../support/page-session.js";
import { testNeo4j } from "../support/test-neo4j.js";

const screens = [
  { name: "projector", width: 1920, height: 1080 },
  { name: "laptop", width: 1280, height: 720 },
  { name: "phone", width: 390, height: 844 },
] as const;
const docs = join(import.meta.dirname, "..", "..", "docs", "screenshots");

/** What the room sees of the step: sizes, places, focus and the evidence. */
function stepFacts(page: Page) {
  return page.evaluate(() => {
    const box = (id: string) => document.getElementById(id)?.getBoundingClientRect();
    const px = (id: string) => Number.parseFloat(getComputedStyle(document.getElementById(id) as Element).fontSize);
    const quotes = [...document.querySelectorAll("#story-citations q")].map((q) => q.textContent ?? "");
    return {
      title: box("story-title"),
      caption: box("story-caption"),
      graph: box("cy"),
      panel: box("presenter"),
      titlePx: px("story-title"),
      captionPx: px("story-caption"),
      focused: document.activeElement?.id ?? "",
      panelScroll: document.getElementById("presenter")?.scrollTop ?? -1,
      headerShown: (document.querySelector("header.top") as HTMLElement).offsetParent !== null,
      sideShown: (document.getElementById("side") as HTMLElement).offsetParent !== null,
      quotes,
      lines: document.querySelectorAll("#story-citations .cited-edges > li").length,
      markers: [...document.querySelectorAll("#story-citations .citations .marker")].map((m) => m.textContent ?? ""),
    };
  });
}

describe.skipIf(!testNeo4j().ownsDatabase)("the presenting layout", () => {
  let session: PageSession;
  const opened: OpenedPage[] = [];
  beforeAll(async () => {
    session = await startPageSession();
  });
  afterAll(async () => {
    for (const o of opened) await o.close();
    await session?.close();
  });

  for (const screen of screens)
    it(`shows each step's title and caption first, the evidence folded, on a ${screen.name} (${screen.width}×${screen.height})`, async () => {
      const o = await session.open("", screen);
      opened.push(o);
      const { page } = o;
      // On a phone, Present is in the bottom sheet.
      await openSheet(page);
      await page.getByRole("button", { name: "Present" }).click();
      await waitReady(page, () => new URL(location.href).searchParams.get("step") === "1");
      const steps = Number((await page.textContent("#story-indicator"))?.match(/of (\d+)/)?.[1] ?? 0);
      expect(steps).toBeGreaterThan(1);
      for (let step = 1; step <= steps; step++) {
        await waitReady(page, (s) => new URL(location.href).searchParams.get("step") === s, String(step));
        const facts = await stepFacts(page);
        const where = `${screen.name}, step ${step}`;
        expect(facts.headerShown, where).toBe(false);
        expect(facts.sideShown, where).toBe(false);
        expect(facts.titlePx, where).toBeGreaterThanOrEqual(28);
        expect(facts.captionPx, where).toBeGreaterThanOrEqual(20);
        // The title, then the caption, both wholly on screen, at the top of the panel.
        expect(facts.panelScroll, where).toBe(0);
        expect(facts.title && facts.caption && facts.graph, where).toBeTruthy();
        if (!facts.title || !facts.caption || !facts.graph) return;
        expect(facts.title.top, where).toBeGreaterThanOrEqual(0);
        expect(facts.title.top, where).toBeLessThan(screen.height * 0.25);
        expect(facts.caption.top, where).toBeGreaterThan(facts.title.top);
        expect(facts.caption.bottom, where).toBeLessThanOrEqual(screen.height);
        // Not cut off by the panel's own scrolling either.
        expect(facts.caption.bottom, where).toBeLessThanOrEqual((facts.panel?.bottom ?? 0) + 0.5);
        expect(facts.focused, where).toBe("story-title");
        // Each quote once; every highlighted line's number is on a quote that supports it.
        expect(new Set(facts.quotes).size, where).toBe(facts.quotes.length);
        for (let line = 1; line <= facts.lines; line++)
          expect(facts.markers.join(""), `${where}, line ${line}`).toContain(`[${line}]`);
        // The graph takes the rest: most of the width beside the panel, or most of the height under it.
        if (screen.width >= 1000) expect(facts.graph.width, where).toBeGreaterThan(screen.width * 0.55);
        else {
          expect(facts.graph.top, where).toBeGreaterThanOrEqual((facts.panel?.bottom ?? 0) - 1);
          expect(facts.graph.height, where).toBeGreaterThan(screen.height * 0.35);
        }
        if (screen.name === "projector") {
          mkdirSync(artifactsDir, { recursive: true });
          await page.screenshot({ path: join(artifactsDir, `presenting-step-${step}.png`) });
          if (process.env.THT_SCREENSHOTS_TO_DOCS === "1")
            await page.screenshot({ path: join(docs, `presenting-step-${step}.png`) });
        }
        if (step < steps) await page.keyboard.press("ArrowRight");
      }
      expect(await axeViolations(page)).toEqual([]);
      expect(await pageProblems(o)).toEqual([]);
    }, 120_000);
});
