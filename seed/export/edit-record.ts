// One record as YAML text: a new one written field by field in the files' order, or a changed one
// edited in place, where every field that still says the same keeps its text (and the comment and
// spacing before it), a changed field is rewritten in the style it had, and a new field goes where
// the files' order puts it.
import { isCollection, isScalar, type Node, type Pair, type YAMLMap } from "yaml";
import { fieldsOf } from "./record-fields.js";
import { type FieldContext, type FieldStyle, fieldText } from "./render-field.js";
import { sameValue } from "./same-content.js";
import type { RecordKind, SeedRecord } from "./seed-layout.js";
import { pad } from "./yaml-text.js";

/** Where the text of a node ends, without the line breaks and spaces YAML counts into it. */
export function contentEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1] ?? "")) at--;
  return at;
}

/** The column `at` is in. */
export const columnOf = (text: string, at: number) => at - (text.lastIndexOf("\n", at - 1) + 1);

export function renderRecord(kind: RecordKind, record: SeedRecord, defaultSource: string, ctx: FieldContext): string {
  return fieldsOf(kind, record)
    .flatMap((spec) => {
      const value = spec.write(record, defaultSource);
      return value === undefined ? [] : [fieldText({ ...spec, value }, ctx)];
    })
    .join(`\n${pad(ctx.indent)}`);
}

/** A changed field keeps its style: folded prose stays folded, a flow list stays flow. */
function styleOf(node: unknown, style: FieldStyle): FieldStyle {
  if (isScalar(node))
    return node.type === "BLOCK_FOLDED" || node.type === "BLOCK_LITERAL"
      ? "folded"
      : style === "prose"
        ? "scalar"
        : style;
  if (isCollection(node)) return node.flow ? "flow" : "block";
  return style;
}

interface Piece {
  key: string;
  text: string;
  /** The text before the field (a line break and indent, or ", "), when it keeps its own. */
  gap?: string;
}

/** The text of `map` (from its start to its last character) rewritten to say `desired`. */
export function editRecord(
  text: string,
  map: YAMLMap,
  kind: RecordKind,
  existing: SeedRecord,
  desired: SeedRecord,
  defaultSource: string,
  ctx: FieldContext,
): string {
  const specs = fieldsOf(kind, desired);
  const order = specs.map((s) => s.key);
  const pairs = map.items as Pair<Node, Node | null>[];
  const keyOf = (pair: Pair<Node, Node | null>) => String(isScalar(pair.key) ? pair.key.value : "");
  const startOf = (pair: Pair<Node, Node | null>) => pair.key.range?.[0] ?? 0;
  const endOf = (pair: Pair<Node, Node | null>) => contentEnd(text, (pair.value ?? pair.key).range?.[1] ?? 0);
  const start = map.range?.[0] ?? 0;
  const end = contentEnd(text, map.range?.[1] ?? 0);
  const [first, second] = pairs;
  if (!first) return renderRecord(kind, desired, defaultSource, ctx);
  const last = pairs[pairs.length - 1] ?? first;
  const pieces: Piece[] = [];
  pairs.forEach((pair, i) => {
    const key = keyOf(pair);
    const spec = specs.find((s) => s.key === key);
    const previous = pairs[i - 1];
    const gap = previous ? text.slice(endOf(previous), startOf(pair)) : undefined;
    if (!spec || sameValue(spec.says(existing), spec.says(desired))) {
      pieces.push({ key, text: text.slice(startOf(pair), endOf(pair)), gap });
      return;
    }
    const value = spec.write(desired, defaultSource);
    if (value !== undefined)
      pieces.push({ key, text: fieldText({ ...spec, value, style: styleOf(pair.value, spec.style) }, ctx), gap });
  });
  for (const spec of specs) {
    if (pairs.some((p) => keyOf(p) === spec.key) || sameValue(spec.says(existing), spec.says(desired))) continue;
    const value = spec.write(desired, defaultSource);
    if (value === undefined) continue;
    const rank = order.indexOf(spec.key);
    let at = 0;
    pieces.forEach((p, i) => {
      const r = order.indexOf(p.key);
      if (r !== -1 && r < rank) at = i + 1;
    });
    pieces.splice(at, 0, { key: spec.key, text: fieldText({ ...spec, value }, ctx) });
  }
  const between = second ? text.slice(endOf(first), startOf(second)) : "";
  const separator = !ctx.inFlow
    ? `\n${pad(ctx.indent)}`
    : between && !between.includes("#")
      ? between
      : ctx.multiline
        ? `,\n${pad(ctx.indent)}`
        : ", ";
  const body = pieces.map((p, i) => (i === 0 ? "" : (p.gap ?? separator)) + p.text).join("");
  return text.slice(start, startOf(first)) + body + text.slice(endOf(last), end);
}
