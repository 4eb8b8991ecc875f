// The yaml library's errors in plain words, at the spot a person fixes: an unclosed [ or quote is
// shown where it opens, not where the parser gave up.
import type { LineCounter, YAMLError } from "yaml";

export interface YamlSpot {
  line: number;
  column: number;
  message: string;
}

const opener = { "]": "[", "}": "{" } as const;

/** A line with its quoted strings and comment blanked out, so brackets keep their columns. */
function unquoted(line: string): string {
  const blank = (m: string) => " ".repeat(m.length);
  return line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, blank).replace(/\s#.*$/, blank);
}

/** The last line at or before `line` where `open` is not closed on the same line, and its column. */
function unclosedBracket(lines: string[], line: number, close: "]" | "}"): { line: number; column: number } | null {
  const open = opener[close];
  for (let n = line; n >= 1; n--) {
    const text = unquoted(lines[n - 1] ?? "");
    let depth = 0;
    let at = -1;
    for (let i = text.length - 1; i >= 0; i--) {
      if (text[i] === close) depth++;
      else if (text[i] === open) {
        if (depth === 0) {
          at = i;
          break;
        }
        depth--;
      }
    }
    if (at >= 0) return { line: n, column: at + 1 };
  }
  return null;
}

/** The last line before `line` with an odd number of `quote` characters: where the quote opens. */
function unclosedQuote(lines: string[], line: number, quote: string): { line: number; column: number } | null {
  for (let n = Math.min(line, lines.length); n >= 1; n--) {
    const text = (lines[n - 1] ?? "").replaceAll(quote === '"' ? '\\"' : "''", "");
    if (text.split(quote).length % 2 === 0) return { line: n, column: text.indexOf(quote) + 1 };
  }
  return null;
}

export function yamlSpot(text: string, error: YAMLError, lineCounter: LineCounter): YamlSpot {
  const lines = text.split(/\r?\n/);
  const { line, col } = lineCounter.linePos(error.pos[0]);
  const end = lineCounter.linePos(error.pos[1]);
  const first = error.message.split("\n")[0] ?? "";
  const at = (message: string, spot: { line: number; column: number } | null = null): YamlSpot =>
    spot ? { ...spot, message } : { line, column: col, message };
  const rest = (lines[line - 1] ?? "").slice(col - 1);
  switch (error.code) {
    case "BAD_INDENT":
      if (/^Flow sequence/.test(first))
        return at(
          "a list opened with [ is not closed with ]; close it on this line, or quote the value if the [ is part of it",
          unclosedBracket(lines, line, "]"),
        );
      if (/^Flow map/.test(first))
        return at("a mapping opened with { is not closed with }; close it", unclosedBracket(lines, line, "}"));
      return at("this line is not indented like the lines around it; indent the fields of a record alike, with spaces");
    case "MISSING_CHAR": {
      const quote = /Missing closing (["'])/.exec(first)?.[1];
      if (quote)
        return at(
          `a quoted value opened with ${quote} is never closed; add the closing ${quote}`,
          unclosedQuote(lines, line, quote),
        );
      return at(`a character is missing here (${first.replace(/^Missing /, "")})`);
    }
    case "TAB_AS_INDENT":
      return at("a tab indents this line; YAML indents with spaces only");
    case "DUPLICATE_KEY": {
      const key = /^\s*([^:\s][^:]*?)\s*:/.exec(rest)?.[1] ?? "a field";
      return at(`the field "${key}" appears twice in this record; keep one`);
    }
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      if (end.line === line && /: |:$/.test(rest))
        return at('this value contains ": " (a colon and a space), which starts a new field; put the value in quotes');
      return at(
        "the next line is indented more than this one, so it reads as part of this value; line up the fields of a record",
        { line: Math.min(line + 1, lines.length), column: 1 },
      );
    case "BAD_SCALAR_START":
      return at(`a value cannot start with ${first.slice(-1)} unless it is quoted; put the value in quotes`);
    case "BAD_DQ_ESCAPE":
      return at('a "double-quoted" value has a backslash that starts no escape; write \\\\, or use single quotes');
    case "MULTIPLE_DOCS":
      return at("a line --- starts a second document; a seed file is one document, so remove it");
    case "UNEXPECTED_TOKEN":
      return at("unexpected text here; check the indentation, quotes and brackets on this line and the one before");
    case "RESOURCE_EXHAUSTION":
      return at("lists or mappings are nested too deeply to read");
    case "KEY_OVER_1024_CHARS":
      return at("a field name is over 1,024 characters; a line is probably missing its colon");
    default:
      return at(`this is not valid YAML: ${first.charAt(0).toLowerCase()}${first.slice(1)}`);
  }
}
