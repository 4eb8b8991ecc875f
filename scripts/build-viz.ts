// `npm run build:viz`: bundles the network page (viz/) into viz/dist with esbuild. File names carry
// a content hash so the server can let browsers keep them for a year; a stamp of the inputs lets
// `--if-stale` (npm start, the test setup) skip a build that would change nothing.
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const vizDir = join(root, "viz");
export const distDir = join(vizDir, "dist");
const stampFile = join(distDir, ".inputs.sha256");

function inputsHash(): string {
  const hash = createHash("sha256");
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (entry !== "dist") walk(join(path, entry));
    } else {
      hash.update(relative(root, path)).update(readFileSync(path));
    }
  };
  walk(vizDir);
  // The page also bundles the contract and what it re-exports (vocabulary, error codes).
  walk(join(root, "schema", "contract.ts"));
  walk(join(root, "schema", "edit-contract.ts"));
  walk(join(root, "core"));
  // Dependency versions and this script shape the output as much as the sources do.
  walk(join(root, "package-lock.json"));
  walk(fileURLToPath(import.meta.url));
  return hash.digest("hex");
}

export type BuildResult = "built" | "up to date" | "no sources";

export async function buildViz(options: { ifStale?: boolean } = {}): Promise<BuildResult> {
  // Docker's `npm ci` runs before the sources are copied in; the Dockerfile builds again after.
  if (!existsSync(join(vizDir, "src", "main.ts"))) return "no sources";
  const hash = inputsHash();
  if (options.ifStale && existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash) return "up to date";

  rmSync(distDir, { recursive: true, force: true });
  mkdirSync(distDir, { recursive: true });
  const result = await build({
    entryPoints: { app: join(vizDir, "src", "main.ts"), page: join(vizDir, "page.css") },
    outdir: distDir,
    entryNames: "[name]-[hash]",
    bundle: true,
    // main.ts loads the page's body (start-page.ts) as a chunk of its own, after asking for data.
    splitting: true,
    chunkNames: "[name]-[hash]",
    format: "esm",
    platform: "browser",
    target: ["chrome115", "firefox115", "safari16"],
    minify: true,
    sourcemap: "linked",
    legalComments: "linked",
    metafile: true,
    logLevel: "warning",
  });
  const outputs = Object.entries(result.metafile.outputs);
  const named = (entry: string) => {
    const found = outputs.find(([, output]) => output.entryPoint?.endsWith(entry));
    if (!found) throw new Error(`esbuild wrote no output for ${entry}`);
    return basename(found[0]);
  };
  const html = readFileSync(join(vizDir, "index.html"), "utf8")
    .replace("%APP_JS%", named("src/main.ts"))
    .replace("%START_PAGE_JS%", named("src/start-page.ts"))
    .replace("%PAGE_CSS%", named("page.css"));
  writeFileSync(join(distDir, "index.html"), html);
  copyFileSync(join(vizDir, "favicon.svg"), join(distDir, "favicon.svg"));
  writeFileSync(stampFile, hash);
  return "built";
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ifStale = process.argv.includes("--if-stale");
  buildViz({ ifStale }).then(
    (result) => {
      const said: Record<BuildResult, string> = {
        built: `built the page into ${relative(root, distDir)}/`,
        "up to date": "the page in viz/dist is up to date",
        "no sources": "no viz/src yet: the page is not built",
      };
      console.log(`tht-graph: ${said[result]}`);
    },
    (error: unknown) => {
      console.error(`tht-graph: could not build the page: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
