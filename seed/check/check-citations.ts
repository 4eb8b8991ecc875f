// Rule: every citation names a known source, and a quote from a shipped document is in it
// verbatim (a linked document's quotes are recorded as given).
import { ErrorCode } from "../../core/errors/error-code.js";
import { closest } from "../../core/text/edit-distance.js";
import type { Citation, SeedSource } from "../seed-graph.js";
import { quoteHint } from "../text/quote-hint.js";
import type { GraphLookup } from "./graph-lookup.js";
import type { RuleProblem } from "./rule-problem.js";

/**
 * Whether a quote occurs in a document. Whole lines and quotes already found are answered from
 * sets, so a seed of 500,000 citations does not scan a large document 500,000 times.
 */
type QuoteIndex = (quote: string) => boolean;
const indexes = new WeakMap<SeedSource, QuoteIndex>();

function quoteIndex(source: SeedSource & { text: string }): QuoteIndex {
  let index = indexes.get(source);
  if (!index) {
    const { text } = source;
    const lines = new Set(text.split("\n").map((line) => line.trim()));
    const found = new Set<string>();
    index = (quote) => {
      if (found.has(quote) || lines.has(quote)) return true;
      if (!text.includes(quote)) return false;
      found.add(quote);
      return true;
    };
    indexes.set(source, index);
  }
  return index;
}

export function checkCitations(citations: readonly Citation[], lookup: GraphLookup, field = "cite"): RuleProblem[] {
  const problems: RuleProblem[] = [];
  citations.forEach((c, i) => {
    const source = lookup.source(c.source);
    if (!source) {
      if (lookup.unchecked("source", c.source)) return;
      const known = lookup.sourceIds();
      const near = closest(c.source, known);
      problems.push({
        code: ErrorCode.UnknownSource,
        field: `${field}[${i}].source`,
        message: `unknown source "${c.source}"${near ? `; did you mean "${near}"?` : ""} (the sources are ${known.join(", ")})`,
      });
    } else if (source.text !== null && !quoteIndex(source as SeedSource & { text: string })(c.quote)) {
      problems.push({
        code: ErrorCode.CitationNotFound,
        field: `${field}[${i}]`,
        message: `quote is not in ${source.file}: "${c.quote}"; ${quoteHint(c.quote, source.text)}`,
      });
    }
  });
  return problems;
}
