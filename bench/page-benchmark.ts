// B7: the page's drawing at 100, 1,000 and 5,000 elements in headless Chromium, against the same
// elements with a minimal style and preset positions; canvas and WebGL measured side by side.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { launchChromium } from "../test/support/chromium.js";
import { sampleNetwork } from "../test/support/sample-network.js";
import type { Network } from "../viz/src/types.js";

export interface PageResult {
  elements: number;
  firstDrawMs: number;
  floorFirstDrawMs: number;
  fps: number;
  floorFps: number;
  webglFirstDrawMs: number;
  webglFps: number;
}

/** The minimal bench page (page/draw-bench.ts) served on loopback until `close`. */
async function serveBenchPage(): Promise<{ url: string; close(): void }> {
  const dir = mkdtempSync(join(tmpdir(), "tht-graph-page-bench-"));
  await build({
    entryPoints: [join(import.meta.dirname, "page", "draw-bench.ts")],
    bundle: true,
    format: "esm",
    outfile: join(dir, "bench.js"),
    logLevel: "error",
  });
  writeFileSync(
    join(dir, "index.html"),
    '<!doctype html><html><body style="margin:0"><div id="cy" style="width:1200px;height:800px"></div><script type="module" src="bench.js"></script></body></html>',
  );
  const server = createServer((req, res) => {
    const file = req.url === "/bench.js" ? "bench.js" : "index.html";
    res
      .writeHead(200, { "content-type": file.endsWith(".js") ? "text/javascript" : "text/html" })
      .end(readFileSync(join(dir, file)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
  return {
    url,
    close() {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Positions on a grid, as the floor draws them. */
export function gridPositions(network: Network): Record<string, { x: number; y: number }> {
  const side = Math.ceil(Math.sqrt(network.nodes.length));
  return Object.fromEntries(network.nodes.map((n, i) => [n.id, { x: (i % side) * 40, y: Math.floor(i / side) * 40 }]));
}

/** The floor's first complete drawing of `network`, in ms (the first of two runs warms up). */
export async function floorDrawing(network: Network): Promise<number> {
  const served = await serveBenchPage();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(served.url);
    await page.waitForFunction(() => "draw" in window);
    const floorPositions = gridPositions(network);
    let ms = Number.NaN;
    for (let i = 0; i < 2; i++)
      ms = await page.evaluate(
        ({ network, floorPositions }) =>
          (window as unknown as { draw: (...a: unknown[]) => Promise<number> }).draw(network, "floor", floorPositions),
        { network, floorPositions },
      );
    return ms;
  } finally {
    await browser.close().catch(() => {});
    served.close();
  }
}

export async function runPageBenchmark(sizes = [100, 1000, 5000]): Promise<PageResult[]> {
  const served = await serveBenchPage();
  const { url } = served;
  const results: PageResult[] = [];
  type Run = { firstDrawMs: number; fps: number };
  /** Draws in a browser of its own: without a GPU, Chromium's software GL can take the browser down. */
  const inBrowser = async (
    network: Network,
    floorPositions: Record<string, { x: number; y: number }>,
    modes: string[],
  ) => {
    const browser = await launchChromium();
    // A drawing that takes minutes has failed the target anyway; do not let it hold up the run.
    const limit = setTimeout(() => void browser.close(), 120_000);
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
      await page.goto(url);
      await page.waitForFunction(() => "draw" in window);
      const runs: Run[] = [];
      for (const mode of modes) {
        runs.push(
          await page.evaluate(
            async ({ network, floorPositions, mode }) => {
              const w = window as unknown as {
                draw: (...a: unknown[]) => Promise<number>;
                fps: (ms: number) => Promise<number>;
              };
              const firstDrawMs = await w.draw(network, mode, floorPositions);
              return { firstDrawMs, fps: await w.fps(2000) };
            },
            { network, floorPositions, mode },
          ),
        );
      }
      return runs;
    } finally {
      clearTimeout(limit);
      await browser.close().catch(() => {});
    }
  };
  try {
    for (const elements of sizes) {
      const { network, floorPositions } = sampleNetwork(elements);
      // The first floor run warms up (bundle parsed, caches filled) and is not counted.
      const failed = { firstDrawMs: Number.NaN, fps: Number.NaN };
      const [, floor, ours] = (await inBrowser(network, floorPositions, ["floor", "floor", "page"]).catch(() => [
        failed,
        failed,
        failed,
      ])) as [Run, Run, Run];
      const [webgl] = await inBrowser(network, floorPositions, ["page-webgl"]).catch(() => [failed]);
      results.push({
        elements,
        firstDrawMs: ours.firstDrawMs,
        fps: ours.fps,
        floorFirstDrawMs: floor.firstDrawMs,
        floorFps: floor.fps,
        webglFirstDrawMs: webgl?.firstDrawMs ?? Number.NaN,
        webglFps: webgl?.fps ?? Number.NaN,
      });
    }
  } finally {
    served.close();
  }
  return results;
}
