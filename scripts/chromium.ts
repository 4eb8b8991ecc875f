// Headless Chromium, for `npm run briefing` (scripts/briefing.ts), the page tests and the page
// benchmarks (through test/support/chromium.ts): the system's Debian `chromium` (.ci/run installs
// it), never a browser downloaded at run time. Each launch gets a fresh temporary profile.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const chromiumPath = "/usr/bin/chromium";

/** Where else a system Chromium (or Chrome) may be, after chromiumPath. */
const otherPaths = ["/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

/** How to get Chromium where none is found, in one sentence. */
export const installChromium =
  "install it (Debian or Ubuntu: `sudo apt-get install chromium`; Fedora: `sudo dnf install chromium`)";

export class ChromiumMissing extends Error {
  override name = "ChromiumMissing";
}

/** The first Chromium found: `path` if given, else the system's. Throws ChromiumMissing, saying how to install it. */
export function findChromium(path?: string): string {
  if (path) {
    if (existsSync(path)) return path;
    throw new ChromiumMissing(
      `there is no Chromium at ${path}: give the path of a Chromium or Chrome, or ${installChromium}`,
    );
  }
  const found = [chromiumPath, ...otherPaths].find((p) => existsSync(p));
  if (found) return found;
  throw new ChromiumMissing(`Chromium was not found at ${chromiumPath}: ${installChromium}`);
}

export function launchChromium(path?: string): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(path),
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
