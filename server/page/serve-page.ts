// GET / and its assets: the network page that `npm run build:viz` writes to viz/dist, and the
// presenter's stories as JSON (/stories/index.json, /stories/<id>.json), read from seed/stories.
// Scripts and styles come only from this server: no inline code, no CDN, no eval.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import express, { type Response, Router } from "express";
import type { OidcConfig } from "../../core/config.js";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import type { Story } from "../../core/story.js";
import { readStories, storyId } from "../../seed/read/read-stories.js";
import { SeedError } from "../../seed/read/seed-files.js";
import { defaultStoriesDir } from "../../seed/seed-dirs.js";
import { sendError } from "../http/send-error.js";
import { namedIds, type PresentElements, summaryOf, withMissing } from "./story-missing.js";

export const pageDistDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "viz", "dist");

/** The page's policy; `connect` adds origins it may fetch from (the sign-in provider's). */
export function pagePolicy(connect: readonly string[] = []): string {
  return contentSecurityPolicy.replace("connect-src 'self'", ["connect-src 'self'", ...connect].join(" "));
}

export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  // Cytoscape's one stylesheet rule ships in page.css (see viz/index.html), so no inline style is needed.
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  // The page never writes markup from strings; the browser enforces it.
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join("; ");

/** esbuild names bundles name-HASH.ext; such a file never changes, so browsers may keep it. */
const hashed = /-[A-Z0-9]{8}\.(js|css)(\.map|\.LEGAL\.txt)?$/;

export function secure(res: Response): void {
  res.setHeader("Content-Security-Policy", contentSecurityPolicy);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "no-referrer");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
}

function fail(res: Response, error: ThtError): void {
  secure(res);
  res.setHeader("Cache-Control", "no-store");
  sendError(res, error);
}

const noSuchStory = () => new ThtError(ErrorCode.NotFound, "no such story");

export interface ServePageOptions {
  distDir?: string;
  storiesDir?: string;
  /** The sign-in provider the page sends editors to (GET /auth/sign-in.json tells the page). */
  oidc?: OidcConfig | null;
  /** The stories saved from the page, in the graph (seed/change/stories.ts), served after the shipped ones. */
  savedStories?: () => Promise<Story[]>;
  /**
   * Which of the ids the stories name the loaded graph holds: each story then says which steps name
   * what it lacks (story-missing.ts). Without it, stories are served as written.
   */
  present?: PresentElements;
}

export function servePage(options: ServePageOptions = {}): Router {
  const dist = options.distDir ?? pageDistDir;
  const stories = options.storiesDir ?? defaultStoriesDir;
  const oidc = options.oidc ?? null;
  // The page fetches the provider's discovery document and exchanges the code at its token endpoint.
  const policy = pagePolicy(oidc ? [new URL(oidc.issuer).origin] : []);
  const router = Router();

  router.get("/auth/sign-in.json", (_req, res) => {
    secure(res);
    res.setHeader("Cache-Control", "no-cache");
    res.json({ oidc });
  });

  const answerStories = async (res: Response, answer: (all: (Story & { saved?: boolean })[]) => unknown) => {
    let all: (Story & { saved?: boolean })[];
    try {
      // Read on each request: a story edited by hand shows on the next reload, without a restart.
      all = readStories(stories);
    } catch (error) {
      if (error instanceof SeedError) return fail(res, error);
      throw error;
    }
    const saved = options.savedStories ? await options.savedStories() : [];
    all = [...all, ...saved.map((s) => ({ ...s, saved: true }))];
    if (options.present) {
      const present = await options.present(namedIds(all));
      all = all.map((story) => withMissing(story, present));
    }
    const body = answer(all);
    if (body === undefined) return fail(res, noSuchStory());
    secure(res);
    res.setHeader("Cache-Control", "no-cache");
    res.json(body);
  };
  router.get("/stories/index.json", (_req, res) => answerStories(res, (all) => all.map(summaryOf)));
  router.get("/stories/:file", (req, res) => {
    const id = String(req.params.file).replace(/\.json$/, "");
    if (!String(req.params.file).endsWith(".json") || !storyId.test(id)) return fail(res, noSuchStory());
    answerStories(res, (all) => all.find((s) => s.id === id));
  });

  router.get("/", (_req, res, next) => {
    if (existsSync(join(dist, "index.html"))) return next();
    fail(res, new ThtError(ErrorCode.PageNotBuilt, "the page is not built yet; run npm run build:viz"));
  });
  router.use(
    express.static(dist, {
      index: "index.html",
      redirect: false,
      dotfiles: "ignore",
      setHeaders: (res, path) => {
        secure(res);
        res.setHeader("Content-Security-Policy", policy);
        res.setHeader("Cache-Control", hashed.test(path) ? "public, max-age=31536000, immutable" : "no-cache");
      },
    }),
  );
  return router;
}
