// Headless Chromium for the page tests and benchmarks: the launcher lives in scripts/chromium.ts,
// which `npm run briefing` uses too (scripts/ may import only core/, so not from here).
export { chromiumPath, launchChromium } from "../../scripts/chromium.js";
