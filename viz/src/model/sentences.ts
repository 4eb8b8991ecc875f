// A source's text as sentences, each with where it starts and ends in the text, so that a chosen
// sentence (or a run of them) is quoted exactly as the text has it. A sentence ends at . ! or ?
// (with any closing quote or bracket) before a space, or at the end of its line.

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const sentence = /\S[^\n]*?(?:[.!?]+["”’)]*(?=\s|$)|(?=\n)|$)/g;

export function sentencesOf(text: string): Sentence[] {
  return [...text.matchAll(sentence)]
    .map((m) => ({ start: m.index, end: m.index + m[0].trimEnd().length, text: m[0].trimEnd() }))
    .filter((s) => s.text !== "");
}
