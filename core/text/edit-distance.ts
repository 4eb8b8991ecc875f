// Edit distances for hints: "did you mean" for ids and field names, and the closest passage of a
// source for a quote not found in it. Quotes are fragments of sentences, so besides the distance
// between two strings there is the distance of a pattern to its best-matching substring (Sellers'
// semi-global alignment), which whole-string similarity packages do not offer.

/**
 * Edits between two strings: insertions, deletions, substitutions and swaps of neighbours, one
 * each (the optimal string alignment distance: "nmae" is one edit from "name").
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] as number) + 1);
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The fewest edits that turn `pattern` into some substring of `text`, and where that substring
 * ends (exclusive): a quote's distance to the passage it was meant to copy.
 */
export function substringDistance(pattern: string, text: string): { distance: number; end: number } {
  // Row i holds, for each end j in text, the cost of matching pattern[0..i) ending at j; a match
  // may start anywhere, so row 0 is all zeros.
  let previous = new Array<number>(text.length + 1).fill(0);
  for (let i = 1; i <= pattern.length; i++) {
    const current = [i];
    for (let j = 1; j <= text.length; j++) {
      const substitution = (previous[j - 1] as number) + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1));
    }
    previous = current;
  }
  let best = { distance: pattern.length, end: 0 };
  previous.forEach((distance, end) => {
    if (distance < best.distance) best = { distance, end };
  });
  return best;
}

/** The candidate nearest `word` if it is near enough to be a typo of it (a quarter of its length). */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.round(word.length / 4));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > limit || candidate === word) continue;
    const distance = editDistance(word, candidate);
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}
