// What a story step's title and caption claim that can be checked against the sentences it cites:
// every number (a date, a count, an amount) and every name (a run of capitalised words: "Tower
// Hamlets GP Care Group", "ELFT") must appear in the cited text. Words, not meaning: a caption may
// still say more than its sources in plain words, but never a figure or a name they do not give.

/** Typographic quotes and dashes as the plain ones, spaces collapsed: how text is compared. */
const plain = (text: string) =>
  text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, "-").replace(/\s+/g, " ");

const numbers = (text: string) => text.match(/\d+(?:[.,]\d+)*/g) ?? [];

/** Runs of capitalised words (and all-capital ones), with whether the run starts a sentence. */
function names(text: string): { name: string; startsSentence: boolean }[] {
  const found: { name: string; startsSentence: boolean }[] = [];
  const pattern = /\b[A-Z][\p{L}'-]*(?:\s+[A-Z][\p{L}'-]*)*/gu;
  for (const match of plain(text).matchAll(pattern)) {
    const before = plain(text).slice(0, match.index).trimEnd();
    found.push({ name: match[0], startsSentence: before === "" || /[.:!?]$/.test(before) });
  }
  return found;
}

/** Words that begin sentences without being names. */
const sentenceStarters = new Set(
  "a an the this that these those it its they their there on in at by from for with through while when late early after before since until".split(
    " ",
  ),
);

/** The numbers and names of `claim` that `cited` does not contain. */
export function unsupportedClaims(claim: string, cited: readonly string[]): string[] {
  const text = plain(cited.join(" "));
  const citedNumbers = new Set(numbers(text));
  const missing = numbers(claim).filter((n) => !citedNumbers.has(n));
  for (const { name, startsSentence } of names(claim)) {
    if (text.includes(name)) continue;
    if (!startsSentence) {
      missing.push(name);
      continue;
    }
    // A sentence's first word is capitalised anyway: "Commissioning across…" claims "commissioning"
    // in any case, and "The Alliance" claims only "Alliance".
    const [first = "", ...others] = name.split(" ");
    const lowered = [first.toLowerCase(), ...others].join(" ");
    if (text.includes(lowered)) continue;
    const rest = sentenceStarters.has(first.toLowerCase()) ? others.join(" ") : name;
    if (rest !== "" && !text.includes(rest)) missing.push(rest);
  }
  return [...new Set(missing)];
}
