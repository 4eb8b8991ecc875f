// The page folds its panels away (index.html's #sheet): on a phone into a bottom sheet that its
// handle opens, and everywhere the time, focus, path and Show controls behind the "Filters and
// options" disclosure. Tests that use those controls open them first, as a reader would.
import type { Page } from "playwright-core";

/** Opens the phone's bottom sheet, where there is one (on a desk the panels are always shown). */
export async function openSheet(page: Page): Promise<void> {
  const handle = page.locator("#sheet-handle");
  if ((await handle.isVisible()) && (await handle.getAttribute("aria-expanded")) !== "true") await handle.click();
}

/** Opens the sheet (on a phone) and the "Filters and options" disclosure. */
export async function openOptions(page: Page): Promise<void> {
  await openSheet(page);
  if ((await page.locator("#options").getAttribute("open")) === null) await page.locator("#options > summary").click();
}
