// Values written as the seed files write them: strings plain where YAML reads them back as the
// same string (core schema, as read/parse-yaml.ts reads), double-quoted otherwise and always for
// quotes; flow maps padded ({ from: …, text: … }), flow sequences not ([THT]); long prose folded
// (>-) at the width the files wrap at.
import { Document, isSeq, stringify } from "yaml";

/** A string always written double-quoted: a citation's quote. */
export class Quoted {
  constructor(readonly text: string) {}
}
export type Value = string | number | boolean | Quoted | Value[] | { [key: string]: Value };
export type ValueMap = { [key: string]: Value };

/** Folded prose lines end by this column (as the files wrap them); longer flow collections are broken. */
export const foldWidth = 103;
export const lineWidth = 120;

const options = { schema: "core", lineWidth: 0, singleQuote: false } as const;

export const pad = (n: number) => " ".repeat(Math.max(0, n));
export const isMap = (v: Value): v is ValueMap => typeof v === "object" && !Array.isArray(v) && !(v instanceof Quoted);
export const isCollection = (v: Value): v is Value[] | ValueMap => Array.isArray(v) || isMap(v);

export function quoted(text: string): string {
  return stringify(text, { ...options, defaultStringType: "QUOTE_DOUBLE" }).trimEnd();
}

/** A string where a block mapping's value goes: plain if it reads back as itself. */
export function blockScalar(value: Value): string {
  if (value instanceof Quoted) return quoted(value.text);
  if (typeof value !== "string") return String(value);
  const out = stringify(value, options).trimEnd();
  return out.includes("\n") ? quoted(value) : out;
}

/** A string inside a flow collection, where , [ ] { } end a plain scalar. */
export function flowScalar(value: string): string {
  const doc = new Document([value], options);
  if (isSeq(doc.contents)) doc.contents.flow = true;
  const inner = doc
    .toString({ ...options, flowCollectionPadding: false })
    .trimEnd()
    .slice(1, -1);
  return inner.includes("\n") ? quoted(value) : inner;
}

export function flowValue(value: Value): string {
  if (value instanceof Quoted) return quoted(value.text);
  if (typeof value === "string") return flowScalar(value);
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value)) return `[${value.map(flowValue).join(", ")}]`;
  const pairs = Object.entries(value).map(([k, v]) => `${flowScalar(k)}: ${flowValue(v)}`);
  return pairs.length === 0 ? "{}" : `{ ${pairs.join(", ")} }`;
}

/** `text` as a folded block scalar whose lines start at `indent`; undefined when folding would change it. */
export function folded(text: string, indent: number): string | undefined {
  if (!/^\S+( \S+)*$/.test(text)) return undefined;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && indent + line.length + 1 + word.length > foldWidth) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return `>-${lines.map((l) => `\n${pad(indent)}${l}`).join("")}`;
}
