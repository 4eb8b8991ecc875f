// One browser and one app for a page test file, and pages that record what went wrong on them:
// console errors, uncaught exceptions, dialogs and Content-Security-Policy violations.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "./chromium.js";
import { startTestApp, type TestApp } from "./test-app.js";

export const artifactsDir = join(import.meta.dirname, "..", "..", "test-results", "browser");

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors, dialogs and CSP violations, as text. */
  problems: string[];
  /** Milliseconds from navigation start to the first complete drawing, as the page measured it. */
  firstDrawingMs: number;
  close(): Promise<void>;
}

/** The page's viewport: the desk's (the default) or a phone's. */
export interface Viewport {
  width: number;
  height: number;
}

export const deskViewport: Viewport = { width: 1400, height: 900 };

export interface PageSession {
  app: TestApp;
  browser: Browser;
  open(query?: string, viewport?: Viewport): Promise<OpenedPage>;
  close(): Promise<void>;
}

// What the page exposes for tests (viz/src/start-page.ts), as this program sees it.
declare global {
  interface Window {
    cy: import("cytoscape").Core;
    thtReady: Promise<void>;
    cspViolations?: string[];
  }
}

/** `env` configures the app, e.g. a small NETWORK_MAX_ELEMENTS to make the seed graph "too large". */
export async function startPageSession(env: Record<string, string> = {}): Promise<PageSession> {
  mkdirSync(artifactsDir, { recursive: true });
  const app = await startTestApp(env);
  const browser = await launchChromium();
  return {
    app,
    browser,
    async open(query = "", viewport = deskViewport) {
      const context = await browser.newContext({ viewport, acceptDownloads: true });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
      page.on("dialog", (dialog) => {
        problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
        void dialog.dismiss();
      });
      // Init scripts are injected by the browser's debugging protocol, not by the page, so the
      // page's CSP does not apply to this listener.
      await page.addInitScript(() => {
        window.cspViolations = [];
        document.addEventListener("securitypolicyviolation", (event) => {
          window.cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await page.goto(`${app.url}/${query}`);
      await waitReady(page);
      const firstDrawingMs = await page.evaluate(
        () => performance.getEntriesByName("tht-first-drawing")[0]?.startTime ?? Number.NaN,
      );
      return {
        page,
        context,
        problems,
        firstDrawingMs,
        close: () => context.close(),
      };
    },
    async close() {
      await browser.close();
      await app.close();
    },
  };
}

/**
 * Waits until the page has drawn the current view and `condition(arg)` holds in it. Polls from
 * here with page.evaluate, which the page's CSP (no eval) does not restrict.
 */
export async function waitReady(
  page: Page,
  condition?: (arg: string) => boolean,
  arg = "",
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ready = await page.evaluate(() => document.body.dataset.state);
    if (ready === "error") throw new Error(`the page reported an error: ${await page.textContent("#status")}`);
    if (ready === "ready" && (!condition || (await page.evaluate(condition, arg)))) return;
    if (Date.now() > deadline) throw new Error(`the page was not ready (${ready}) within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Everything that went wrong on a page, CSP violations included. */
export async function pageProblems(opened: OpenedPage): Promise<string[]> {
  const violations = await opened.page.evaluate(() => window.cspViolations ?? []);
  return [...opened.problems, ...violations.map((v) => `csp: ${v}`)];
}

/** Clicks graph element `id` where it is drawn, with the mouse, as a user would. */
export async function clickElement(page: Page, id: string): Promise<void> {
  // Where it rests: a framing still animating (or a sheet still opening) would move it from under the click.
  const where = () => page.evaluate((element) => window.cy.getElementById(element).renderedPosition(), id);
  let at = await where();
  for (let tries = 0; tries < 30; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await where();
    const still = Math.abs(now.x - at.x) < 0.5 && Math.abs(now.y - at.y) < 0.5;
    at = now;
    if (still) break;
  }
  const box = await page.locator("#cy").boundingBox();
  await page.mouse.click((box?.x ?? 0) + at.x, (box?.y ?? 0) + at.y);
}

/** The page's GraphQL requests, GET (reads by persisted document) and POST (writes): for page.route. */
export const graphqlRoute = /\/graphql(\?|$)/;

/** Which of the page's operations a request asks: the GET's operation header, or the POSTed document's. */
export function graphqlOperation(request: { headers(): Record<string, string>; postData(): string | null }): string {
  const named = request.headers()["x-apollo-operation-name"];
  if (named) return named;
  return /(?:query|mutation)\s+(\w+)/.exec(request.postData() ?? "")?.[1] ?? "";
}
