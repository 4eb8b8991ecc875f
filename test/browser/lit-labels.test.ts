// Lit relationship labels around a hub (issue 16, "Readable at every zoom"): in every step of the
// shipped story, at a projector's and a laptop's size, no two drawn labels of the step's lines
// overlap, and none lies under a lit node or its label (where the numbers used to hide); crowded
// lines keep only their citation's number ("[3]", near their end away from the hub); a number with
// no free place is left out rather than drawn over another, and most of them are drawn.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenedPage, type PageSession, startPageSession, waitReady } from "../support/page-session.js";
import { testNeo4j } from "../support/test-neo4j.js";

interface LitLabel {
  id: string;
  text: string;
  box: { x1: number; x2: number; y1: number; y2: number } | null;
}

type Box = NonNullable<LitLabel["box"]>;

const litNodeBoxes = (page: Page): Promise<Box[]> =>
  page.evaluate(() =>
    window.cy
      .nodes()
      .not(".faded")
      .map((n) => {
        const b = n.boundingBox({ includeLabels: true, includeOverlays: false });
        return { x1: b.x1, x2: b.x2, y1: b.y1, y2: b.y2 };
      }),
  );

const litLabels = async (page: Page): Promise<LitLabel[]> => {
  await page.waitForFunction(
    () => window.cy.scratch("labelsPlacedAt") === window.cy.zoom() && window.cy.scratch("labelsPending") === false,
  );
  return page.evaluate(() =>
    window.cy.edges(".story").map((e) => {
      const text = [e.style("label"), e.style("source-label"), e.style("target-label")].find(Boolean) ?? "";
      const b = e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      return {
        id: e.id(),
        text: String(text),
        box: text && b.w > 0 ? { x1: b.x1, x2: b.x2, y1: b.y1, y2: b.y2 } : null,
      };
    }),
  );
};

const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe.skipIf(!testNeo4j().ownsDatabase)("lit relationship labels", () => {
  let session: PageSession;
  const opened: OpenedPage[] = [];
  beforeAll(async () => {
    session = await startPageSession();
  });
  afterAll(async () => {
    for (const o of opened) await o.close();
    await session?.close();
  });

  for (const screen of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ])
    it(`never overlap and always keep their numbers (${screen.width}×${screen.height})`, async () => {
      const o = await session.open("?story=tower-hamlets-together&step=1", screen);
      opened.push(o);
      const { page } = o;
      const steps = Number((await page.textContent("#story-indicator"))?.match(/of (\d+)/)?.[1] ?? 0);
      let crowdedSomewhere = 0;
      for (let step = 1; step <= steps; step++) {
        if (step > 1) {
          await page.keyboard.press("ArrowRight");
          await waitReady(page, (s) => new URL(location.href).searchParams.get("step") === s, String(step));
        }
        const labels = await litLabels(page);
        const nodes = await litNodeBoxes(page);
        const where = `step ${step}`;
        const drawn = labels.filter((l) => l.box);
        expect(drawn.length, where).toBeGreaterThanOrEqual(labels.length / 2);
        drawn.forEach((label, i) => {
          expect(label.text, `${where}: ${label.id}`).toMatch(/\[\d+\]$/);
          if (/^\[\d+\]$/.test(label.text)) crowdedSomewhere += 1;
          const box = label.box as Box;
          for (const other of drawn.slice(i + 1))
            expect(overlap(box, other.box as Box), `${where}: ${label.id} and ${other.id}`).toBe(false);
          // Under a lit node, a number cannot be read (nodes are drawn over lines).
          if (/^\[\d+\]$/.test(label.text))
            for (const node of nodes) expect(overlap(box, node), `${where}: ${label.id} under a node`).toBe(false);
        });
      }
      // The first step's six lines meet at the partnership: some of them must have been shortened.
      expect(crowdedSomewhere).toBeGreaterThan(0);
    });
});
