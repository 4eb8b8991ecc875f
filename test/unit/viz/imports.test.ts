// Every page module but the two that start the page (main.ts, which asks for the first network,
// and start-page.ts, the composition root) imports in plain Node, with no document or window, and
// importing it does nothing observable: no globals, no Cytoscape extensions registered.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
// zod keeps its config and registry on globalThis once loaded (__zod_globalConfig): loaded here
// first, so the editing modules that use it are not blamed for what the library does.
import "zod";

const starters = new Set(["main.ts", "start-page.ts"]);
const src = join(import.meta.dirname, "..", "..", "..", "viz", "src");
const modules = readdirSync(src, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts") && !starters.has(file))
  .sort();

describe("the page's modules", () => {
  it("run here without a browser", () => {
    expect("document" in globalThis).toBe(false);
    expect("window" in globalThis).toBe(false);
    expect(modules.length).toBeGreaterThan(50);
  });

  it.each(modules)("imports %s without touching the page or the globals", async (file) => {
    const before = new Set(Object.keys(globalThis));
    await import(join(src, file));
    expect(
      Object.keys(globalThis).filter((name) => !before.has(name)),
      relative(src, file),
    ).toEqual([]);
  });

  it("registers no Cytoscape extension at import (start-page.ts and the first layout do)", () => {
    expect(cytoscape("layout", "fcose")).toBeUndefined();
    expect(cytoscape("layout", "dagre")).toBeUndefined();
    expect(cytoscape("core", "svg")).toBeUndefined();
  });
});
