// One row of a CSV table as a record of the YAML shape (csv-tables.ts says which column is what):
// the one mapping, so a row is checked by the YAML files' schemas and rules.
import { type Group, groupNames, type Header, namesOf } from "./csv-tables.js";

const number = /^-?\d+(\.\d+)?$/;

function propertyValue(cell: string): string | number | boolean | string[] {
  if (number.test(cell)) return Number(cell);
  if (cell === "true" || cell === "false") return cell === "true";
  if (cell.includes("|"))
    return cell
      .split("|")
      .map((v) => v.trim())
      .filter(Boolean);
  return cell;
}

const list = (cell: string) =>
  cell
    .split("|")
    .map((v) => v.trim())
    .filter(Boolean);

/**
 * One row as a record of the YAML shape, and what each of its fields is called in the file
 * (its column), so a problem with `cite[1].source` is reported at `source2`.
 */
export function rowToRecord(
  header: readonly string[],
  { roles, fieldNames: dense }: Header,
  cells: Record<string, string>,
): { record: Record<string, unknown>; fieldNames: Record<string, string> } {
  const record: Record<string, unknown> = {};
  let dates: Record<string, Record<string, string>> | undefined;
  let properties: Record<string, unknown> | undefined;
  const grouped: Record<Group, Map<number, Record<string, string>>> = {
    cite: new Map(),
    derived: new Map(),
    overrides: new Map(),
  };
  for (let i = 0; i < header.length; i++) {
    const role = roles[i];
    const cell = cells[header[i] as string] ?? "";
    if (!role || cell === "") continue;
    if (role.kind === "text") record[role.field] = cell;
    else if (role.kind === "list") record[role.field] = list(cell);
    else if (role.kind === "number") record[role.field] = number.test(cell) ? Number(cell) : cell;
    else if (role.kind === "external") record.externalIds = { ...(record.externalIds as object), [role.field]: cell };
    else if (role.kind === "date") {
      dates ??= {};
      dates[role.field] = { ...dates[role.field], [role.part]: cell };
    } else if (role.kind === "group") {
      const items = grouped[role.group];
      const item = items.get(role.index);
      if (item) item[role.part] = cell;
      else items.set(role.index, { [role.part]: cell });
    } else if (role.kind === "property") {
      properties ??= {};
      properties[role.name] = propertyValue(cell);
    }
  }
  for (const [field, parts] of Object.entries(dates ?? {})) {
    record[field] = parts.to === undefined && parts.text === undefined ? parts.from : parts;
  }
  if (properties) record.properties = properties;
  const firstSource = grouped.cite.get(0)?.source;
  let sparse = false;
  for (const group of groupNames) {
    const items = [...grouped[group].entries()].sort(([a], [b]) => a - b);
    if (items.some(([index], i) => index !== i)) sparse = true;
    // No quote at all is "every record cites at least one quote", not a missing field.
    if (items.length === 0) {
      if (group === "cite") record.cite = [];
      continue;
    }
    record[group] = items.map(([, item]) =>
      group === "cite" ? { quote: item.quote, source: item.source ?? firstSource } : item,
    );
  }
  if (!sparse) return { record, fieldNames: dense };
  const indexes = (g: Group) => [...grouped[g].keys()].sort((a, b) => a - b);
  return {
    record,
    fieldNames: namesOf(header, roles, {
      cite: indexes("cite"),
      derived: indexes("derived"),
      overrides: indexes("overrides"),
    }),
  };
}
