// GET /sources/<id>?quote=…: a source the graph cites, as a plain page with the quoted passage
// marked (<mark id="quote">, so the link's #quote fragment scrolls to it): where a citation
// anywhere on the page leads. A shipped source's text is the graph's own copy (the one every quote
// was checked against); a linked source says where it lives. Everything from the data is escaped;
// no script and no style, under the page's Content-Security-Policy.
import { type Request, type Response, Router } from "express";
import neo4j from "neo4j-driver";
import { ErrorCode } from "../../core/errors/error-code.js";
import { fromDatabaseError } from "../../core/errors/from-database-error.js";
import { ThtError } from "../../core/errors/tht-error.js";
import type { GraphTarget } from "../graph/graph-reader.js";
import { sendError } from "../http/send-error.js";
import { secure } from "./serve-page.js";

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

const sourceQuery = `
MATCH (s:Source {id: $id})
RETURN s.title AS title, s.publisher AS publisher, s.url AS url, s.text AS text, s.datedText AS dated`;

interface SourceRow {
  title: string | null;
  publisher: string | null;
  url: string | null;
  text: string | null;
  dated: string | null;
}

/** The text as paragraphs (blank lines apart), the first occurrence of `quote` marked. */
export function markedText(text: string, quote: string | null): { html: string; found: boolean } {
  const at = quote ? text.indexOf(quote) : -1;
  const paragraphs = (part: string) => part.split(/\n\s*\n/);
  if (!quote || at < 0) {
    return {
      html: paragraphs(text)
        .map((p) => `<p>${escapeHtml(p)}</p>`)
        .join("\n"),
      found: false,
    };
  }
  // Mark the quote inside its paragraphs: text before, the quote, text after, split only on blank lines.
  const before = escapeHtml(text.slice(0, at));
  const marked = `<mark id="quote">${escapeHtml(quote)}</mark>`;
  const after = escapeHtml(text.slice(at + quote.length));
  const whole = `${before}${marked}${after}`;
  return {
    html: paragraphs(whole)
      .map((p) => `<p>${p}</p>`)
      .join("\n"),
    found: true,
  };
}

export function sourceDocumentRoutes(target: GraphTarget): Router {
  const router = Router();
  router.get("/sources/:id", async (req: Request, res: Response) => {
    const id = String(req.params.id);
    const quote = typeof req.query.quote === "string" && req.query.quote !== "" ? req.query.quote : null;
    secure(res);
    let row: SourceRow | undefined;
    try {
      const { records } = await target.driver.executeQuery(
        sourceQuery,
        { id },
        {
          database: target.database,
          routing: neo4j.routing.READ,
          ...(target.timeoutMs ? { transactionConfig: { timeout: target.timeoutMs } } : {}),
        },
      );
      row = records[0]?.toObject() as SourceRow | undefined;
    } catch (error) {
      sendError(res, fromDatabaseError(error, "the graph database"));
      return;
    }
    if (!row) {
      sendError(
        res,
        new ThtError(ErrorCode.NotFound, `no source "${id}" in the graph`, { details: { argument: "id" } }),
      );
      return;
    }
    const title = escapeHtml(row.title ?? id);
    const about = [row.publisher, row.dated]
      .filter(Boolean)
      .map((t) => escapeHtml(String(t)))
      .join(" · ");
    const link =
      row.url && /^https?:\/\//i.test(row.url)
        ? `<p>The source lives at <a href="${escapeHtml(row.url)}" rel="noopener noreferrer">${escapeHtml(row.url)}</a>.</p>`
        : "";
    const body = row.text ? markedText(row.text, quote) : null;
    const notice =
      quote && !body?.found
        ? `<p class="notice">The quoted passage is not part of the text held here${row.url ? "; it is at the address above" : ""}: <q>${escapeHtml(quote)}</q></p>`
        : "";
    res
      .status(200)
      .type("html")
      .setHeader("Cache-Control", "no-cache")
      .send(`<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="/favicon.svg" type="image/svg+xml"><title>${title}</title></head>
<body>
<main>
<h1>${title}</h1>
${about ? `<p>${about}</p>` : ""}
${link}
${notice}
${body ? `<article>\n${body.html}\n</article>` : ""}
<p><a href="/">Back to the network</a></p>
</main>
</body>
</html>
`);
  });
  return router;
}
