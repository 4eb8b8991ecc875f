// axe-core's verdict on a page, as one line per violation ("rule (impact): targets"), so a failing
// test names what to fix. Every page test checks WCAG 2.1 A and AA and axe's best practices.
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

export const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
