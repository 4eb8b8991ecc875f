// One field of a record as YAML text, `key: value`, its later lines indented for a record whose keys
// start at `indent`. Collections are flow ([THT], { odsCode: RWK }) or block (- items) by `style`;
// a flow collection too long for its line is broken as the files break them:
//     cite:
//       [
//         "…",
//       ]
import {
  blockScalar,
  flowScalar,
  flowValue,
  folded,
  isCollection,
  isMap,
  lineWidth,
  pad,
  type Value,
} from "./yaml-text.js";

/** scalar: a string, number or date; prose: long text, folded where the file folds its prose. */
export type FieldStyle = "scalar" | "prose" | "folded" | "flow" | "block";

export interface FieldContext {
  /** The column the record's keys start at. */
  indent: number;
  /** The record is a flow map ({ type: …, cite: [...] }): every value is written flow. */
  inFlow: boolean;
  /** A flow record broken over lines, whose long values may be broken too. */
  multiline: boolean;
  /** The file folds long prose (description: >-). */
  foldsProse: boolean;
}

export interface Field {
  key: string;
  value: Value;
  style: FieldStyle;
  /** Items of a block list that are maps are written as block maps (derived: - fact: … rule: …). */
  blockItems?: boolean;
}

export function fieldText({ key, value, style, blockItems }: Field, ctx: FieldContext): string {
  const { indent } = ctx;
  if (!isCollection(value)) return ctx.inFlow ? `${key}: ${flowValue(value)}` : scalarField(key, value, style, ctx);
  if (ctx.inFlow || style !== "block") {
    const line = `${key}: ${flowValue(value)}`;
    const breaks = !ctx.inFlow || ctx.multiline;
    return breaks && indent + line.length + (ctx.inFlow ? 1 : 0) > lineWidth ? broken(key, value, indent) : line;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return `${key}: []`;
    const items = value.map((item) => `\n${pad(indent + 2)}- ${blockItem(item, blockItems === true, ctx, indent + 4)}`);
    return `${key}:${items.join("")}`;
  }
  const pairs = Object.entries(value);
  if (pairs.length === 0) return `${key}: {}`;
  const inner = { ...ctx, indent: indent + 2 };
  return `${key}:${pairs.map(([k, v]) => `\n${pad(indent + 2)}${fieldText(nested(k, v), inner)}`).join("")}`;
}

function scalarField(key: string, value: Value, style: FieldStyle, ctx: FieldContext): string {
  const line = `${key}: ${blockScalar(value)}`;
  if (typeof value !== "string") return line;
  const fold = style === "folded" || (style === "prose" && ctx.foldsProse && ctx.indent + line.length > lineWidth);
  const text = fold ? folded(value, ctx.indent + 2) : undefined;
  return text ? `${key}: ${text}` : line;
}

function blockItem(item: Value, blockItems: boolean, ctx: FieldContext, indent: number): string {
  if (!isMap(item) || !blockItems) return isCollection(item) ? flowValue(item) : blockScalar(item);
  const inner = { ...ctx, indent };
  return Object.entries(item)
    .map(([k, v], i) => `${i === 0 ? "" : `\n${pad(indent)}`}${fieldText(nested(k, v), inner)}`)
    .join("");
}

const nested = (key: string, value: Value): Field => ({ key, value, style: isCollection(value) ? "flow" : "scalar" });

function broken(key: string, value: Value[] | Record<string, Value>, indent: number): string {
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  const items = Array.isArray(value)
    ? value.map(flowValue)
    : Object.entries(value).map(([k, v]) => `${flowScalar(k)}: ${flowValue(v)}`);
  if (items.length === 0) return `${key}: ${open}${close}`;
  const lines = items.map((item) => `${pad(indent + 4)}${item},`).join("\n");
  return `${key}:\n${pad(indent + 2)}${open}\n${lines}\n${pad(indent + 2)}${close}`;
}
