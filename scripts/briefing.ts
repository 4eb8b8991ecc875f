// `npm run briefing -- --url '<page URL>' --out briefing.pdf [--html briefing.html] [--story]`:
// the briefing of a view (or, with --story, the whole story) as a PDF, where Chromium is present.
// It opens the view in headless Chromium (scripts/chromium.ts), lets the page export it as it
// would for a reader (Export → Briefing (HTML), or Story (HTML)), then prints that one
// self-contained file to an A4 PDF with the network blocked, as the file would print from disk.
// Errors end as one line (core/errors/report-fatal.ts) with a non-zero exit: a bad address, no
// Chromium (and how to install it), nothing answering at the address, a page that is not tht-graph
// or that cannot show the view.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { ConfigError } from "../core/config.js";
import { codeForStatus, ErrorCode, isErrorCode } from "../core/errors/error-code.js";
import { reportFatal } from "../core/errors/report-fatal.js";
import { ThtError } from "../core/errors/tht-error.js";
import { ChromiumMissing, launchChromium } from "./chromium.js";

const usage =
  "usage: npm run briefing -- --url 'http://127.0.0.1:4000/?date=2023-06-01&focus=alliance' --out briefing.pdf [--html briefing.html] [--story] [--chromium PATH] [--timeout SECONDS]";

interface Options {
  url: URL;
  out: string;
  html: string | null;
  story: boolean;
  chromium: string | undefined;
  timeoutMs: number;
}

function readOptions(): Options {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        url: { type: "string" },
        out: { type: "string" },
        html: { type: "string" },
        story: { type: "boolean", default: false },
        chromium: { type: "string" },
        timeout: { type: "string", default: "120" },
      },
    }));
  } catch (error) {
    throw new ConfigError(`${error instanceof Error ? error.message : String(error)}. ${usage}`);
  }
  const given = typeof values.url === "string" ? values.url : "";
  if (!given) throw new ConfigError(`--url is required: the page's address with the view in its query. ${usage}`);
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new ConfigError(
      `--url "${given}" is not an address: give the page's, e.g. http://127.0.0.1:4000/?date=2023-06-01`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new ConfigError(`--url must be an http(s) address of the tht-graph page, not "${given}"`);
  const out = typeof values.out === "string" ? values.out : "";
  if (!out.toLowerCase().endsWith(".pdf")) throw new ConfigError(`--out must name the PDF to write (….pdf). ${usage}`);
  const seconds = Number(values.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new ConfigError(`--timeout must be a positive number of seconds, not ${String(values.timeout)}`);
  return {
    url,
    out,
    html: typeof values.html === "string" ? values.html : null,
    story: values.story === true,
    chromium: typeof values.chromium === "string" ? values.chromium : undefined,
    timeoutMs: seconds * 1000,
  };
}

/** The server answers at the address with a page, or the error says what to do. */
async function checkServer(url: URL): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(15_000), headers: { accept: "text/html" } });
  } catch {
    throw new ThtError(
      ErrorCode.ServerUnreachable,
      `nothing answers at ${url.origin}: start the server (npm start) or check the address`,
    );
  }
  await response.body?.cancel();
  if (!response.ok)
    throw new ThtError(
      codeForStatus(response.status),
      `${url.href} answered with HTTP status ${response.status}: is it the tht-graph page, and is the server ready (GET /readyz)?`,
    );
}

/**
 * The little of the page's DOM the functions run in it touch: this program is type-checked for
 * Node, without the DOM's types, and Playwright runs the functions' source in the page.
 */
interface InPage {
  document: {
    body: { dataset: Record<string, string | undefined> } | null;
    getElementById(id: string): {
      textContent: string | null;
      dataset: Record<string, string | undefined>;
      disabled?: boolean;
      click(): void;
    } | null;
    querySelectorAll(selector: string): Iterable<{ open: boolean }>;
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls with page.evaluate (the page's CSP forbids eval, which waitForFunction would need). */
async function until<T>(page: Page, probe: () => T | Promise<T>, done: (value: T) => boolean, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await page.evaluate(probe);
    if (done(value) || Date.now() > deadline) return value;
    await pause(100);
  }
}

/** Waits until the page has drawn the view; fails with the page's own words if it cannot show it. */
async function waitForView(page: Page, url: URL, ms: number): Promise<void> {
  const state = await until(
    page,
    () => (globalThis as unknown as InPage).document.body?.dataset.state ?? "",
    (s) => s === "ready" || s === "error",
    ms,
  );
  if (state === "ready") return;
  if (state === "error") {
    const status = await page.evaluate(() => {
      const line = (globalThis as unknown as InPage).document.getElementById("status");
      return { text: line?.textContent?.trim() ?? "", code: line?.dataset.code ?? "" };
    });
    throw new ThtError(
      isErrorCode(status.code) ? status.code : ErrorCode.InternalError,
      `the page could not show the view: ${status.text || "it reported an error"}`,
    );
  }
  throw new ThtError(
    ErrorCode.ComputationTimeout,
    state
      ? `the view at ${url.href} was not drawn within ${ms / 1000} s (--timeout to wait longer)`
      : `${url.href} is not the tht-graph page (it never reported a view): give the page's address`,
  );
}

/** Presses the page's export button (hidden or not: while presenting, the Export menu is) and returns the file. */
async function exportFromPage(page: Page, button: string, ms: number): Promise<string> {
  const enabled = await until(
    page,
    () => {
      const b = (globalThis as unknown as InPage).document.getElementById("export-story");
      return b !== null && b.disabled === false;
    },
    (ready) => ready || button !== "export-story",
    ms,
  );
  if (button === "export-story" && !enabled)
    throw new ThtError(ErrorCode.NotFound, "the page offers no story to export (GET /stories/index.json is empty)");
  const downloaded = page.waitForEvent("download", { timeout: ms });
  let settled = false;
  // A refusal is said on the status line, and no file comes: say it rather than wait for the timeout.
  const refused = (async () => {
    while (!settled) {
      const said = await page.textContent("#status").catch(() => "");
      if (/could not be exported|still loading/.test(said ?? ""))
        throw new ThtError(ErrorCode.InternalError, `the page says: ${said}`);
      await pause(200);
    }
  })();
  try {
    await page.evaluate((id) => (globalThis as unknown as InPage).document.getElementById(id)?.click(), button);
    const download = await Promise.race([downloaded, refused.then(() => downloaded)]);
    return readFileSync(await download.path(), "utf8");
  } finally {
    settled = true;
    await refused.catch(() => undefined);
    downloaded.catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const options = readOptions();
  await checkServer(options.url);
  const browser = await launchChromium(options.chromium).catch((error: unknown) => {
    if (error instanceof ChromiumMissing) throw new ThtError(ErrorCode.ConfigInvalid, error.message);
    throw new ThtError(
      ErrorCode.ConfigInvalid,
      `Chromium did not start (${error instanceof Error ? error.message.split("\n")[0] : String(error)}): check the installation, or give another with --chromium PATH`,
    );
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(options.url.href, { timeout: options.timeoutMs });
    await waitForView(page, options.url, options.timeoutMs);
    const said = (await page.textContent("#status").catch(() => null))?.trim();
    if (said) process.stderr.write(`tht-graph briefing: the page says: ${said}\n`);
    const html = await exportFromPage(page, options.story ? "export-story" : "export-briefing", options.timeoutMs);
    await context.close();
    if (options.html) {
      writeFileSync(options.html, html);
      process.stdout.write(`tht-graph briefing: wrote ${options.html}\n`);
    }
    // The file as it prints from disk: nothing fetched, every folded part open.
    const offline = await browser.newContext({ offline: true });
    await offline.route("**", (route) => route.abort());
    const printed = await offline.newPage();
    await printed.setContent(html, { waitUntil: "load" });
    await printed.evaluate(() => {
      for (const details of (globalThis as unknown as InPage).document.querySelectorAll("details")) details.open = true;
    });
    const pdf = await printed.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    await offline.close();
    writeFileSync(options.out, pdf);
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    process.stdout.write(`tht-graph briefing: wrote ${options.out} (${pages} ${pages === 1 ? "page" : "pages"}, A4)\n`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => reportFatal({ program: "briefing", failed: "no PDF was written" }, error));
