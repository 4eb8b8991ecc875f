// Why a quote is not found verbatim in its source, in words a person can act on. First the
// differences people cannot see: curly or straight apostrophes and quotation marks, spacing and
// line breaks, case; each is named, with where it is. Otherwise the source's closest sentence.
import { substringDistance } from "../../core/text/edit-distance.js";

type Kind = "apostrophe" | "quote" | "space" | "case";

const apostrophes = new Set(["'", "’", "‘", "ʼ", "`", "´", "′"]);
const quoteMarks = new Set(['"', "“", "”", "„", "‟", "″", "«", "»"]);
const isSpace = (ch: string) => /\s/.test(ch);

interface Normalised {
  text: string;
  /** For each character of `text`, the index of the character of the original it stands for. */
  origin: number[];
}

/** The text with every difference the hint names folded away: one apostrophe, one quote mark, single spaces, lower case. */
function normalise(text: string): Normalised {
  let out = "";
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (isSpace(ch)) {
      if (out.endsWith(" ")) continue;
      out += " ";
    } else if (apostrophes.has(ch)) out += "'";
    else if (quoteMarks.has(ch)) out += '"';
    else {
      const lower = ch.toLowerCase();
      out += lower.length === 1 ? lower : ch;
    }
    origin.push(i);
  }
  return { text: out, origin };
}

/** The word of `text` around `index`, for saying where a difference is. */
function wordAt(text: string, index: number): string {
  let start = index;
  let end = index;
  while (start > 0 && !isSpace(text[start - 1] as string) && index - start < 20) start--;
  while (end < text.length && !isSpace(text[end] as string) && end - index < 20) end++;
  return text.slice(start, Math.max(end, index + 1));
}

/** The differences between `quote` and the passage `actual` of the source, which are equal once normalised. */
function differences(quote: string, actual: string): string[] {
  const found = new Map<Kind, string>();
  let i = 0;
  let j = 0;
  while (i < quote.length && j < actual.length) {
    const q = quote[i] as string;
    const a = actual[j] as string;
    if (isSpace(q) || isSpace(a)) {
      let qi = i;
      let aj = j;
      while (qi < quote.length && isSpace(quote[qi] as string)) qi++;
      while (aj < actual.length && isSpace(actual[aj] as string)) aj++;
      const [qs, as] = [quote.slice(i, qi), actual.slice(j, aj)];
      if (qs !== as && !found.has("space")) {
        found.set(
          "space",
          as.includes("\n")
            ? `a line break after "${wordAt(actual, Math.max(0, j - 1))}" (in a "double-quoted" value write it as \\n, or cite the parts on either side)`
            : `spacing after "${wordAt(actual, Math.max(0, j - 1))}"`,
        );
      }
      [i, j] = [qi, aj];
      continue;
    }
    if (q !== a) {
      const at = `"${wordAt(actual, j)}"`;
      if (apostrophes.has(a) && !found.has("apostrophe"))
        found.set("apostrophe", `a ${a === "'" ? "straight" : "curly"} apostrophe (${a}) at ${at}`);
      else if (quoteMarks.has(a) && !found.has("quote"))
        found.set("quote", `a ${a === '"' ? "straight" : "curly"} quotation mark (${a}) at ${at}`);
      else if (!apostrophes.has(a) && !quoteMarks.has(a) && !found.has("case")) found.set("case", `case at ${at}`);
    }
    i++;
    j++;
  }
  return [...found.values()];
}

function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+(?=[A-Z“"‘'(])/))
    .map((s) => s.trim())
    .filter(Boolean);
}

interface Prepared {
  normalised: Normalised;
  sentences: { text: string; normalised: string; words: Set<string> }[];
}

// A few sources are checked many times over; their normalised forms are kept.
const prepared = new Map<string, Prepared>();
function prepare(text: string): Prepared {
  let p = prepared.get(text);
  if (!p) {
    const wordsOf = (s: string) => new Set(s.split(/[^a-z0-9']+/).filter((w) => w.length > 2));
    p = {
      normalised: normalise(text),
      sentences: sentencesOf(text).map((s) => {
        const normalised = normalise(s).text;
        return { text: s, normalised, words: wordsOf(normalised) };
      }),
    };
    if (prepared.size > 8) prepared.clear();
    prepared.set(text, p);
  }
  return p;
}

/** Sentences compared letter by letter: the best by shared words, since comparing is costly. */
const candidates = 12;

/** A hint for a quote that is not in `text` verbatim: what differs, or the closest sentence. */
export function quoteHint(quote: string, text: string): string {
  const source = prepare(text);
  const q = normalise(quote.trim()).text;
  const index = q === "" ? -1 : source.normalised.text.indexOf(q);
  if (index >= 0) {
    const start = source.normalised.origin[index] as number;
    const end = (source.normalised.origin[index + q.length - 1] as number) + 1;
    const actual = text.slice(start, end);
    const found = differences(quote.trim(), actual);
    const copy = JSON.stringify(actual);
    return `it differs from the source only by ${found.join(", and ")}; the source has ${copy}`;
  }
  const words = new Set(q.split(/[^a-z0-9']+/).filter((w) => w.length > 2));
  const ranked = source.sentences
    .map((s) => ({ s, shared: [...words].filter((w) => s.words.has(w)).length }))
    .filter((c) => c.shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, candidates);
  let best: { text: string; distance: number } | undefined;
  for (const { s } of ranked) {
    const { distance } = substringDistance(q, s.normalised);
    if (!best || distance < best.distance) best = { text: s.text, distance };
  }
  if (!best || best.distance > q.length / 2) return "no sentence of the source is close to it";
  return `the closest sentence of the source is ${JSON.stringify(best.text)}`;
}
