// Field paths as problems name them: records[3].cite[0].source.

/** `records[3].cite[0]` for a path. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === "number" ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
    "",
  );
}

/** The field that encloses `field`: cite[1].source → cite[1] → cite → "". */
export function parentField(field: string): string {
  const parent = field.replace(/(\.[^.[]+|\[\d+\])$/, "");
  return parent === field ? "" : parent;
}

/** What `map` says of the field, or of the nearest enclosing field it knows. */
export function nearest<T>(map: Readonly<Record<string, T>> | undefined, field: string): T | undefined {
  for (let key = field; map && key; key = parentField(key)) {
    const found = map[key];
    if (found !== undefined) return found;
  }
  return undefined;
}
