// What the server filters a network by when the page cannot filter the whole one itself.
export interface Scope {
  asOf: string | null;
  kinds: string[] | null;
  types: string[] | null;
  focus: string | null;
  depth: number | null;
}

export const wholeScope: Scope = { asOf: null, kinds: null, types: null, focus: null, depth: null };

export function scopeOf(
  asOf: string | null,
  kinds: string[] | null,
  types: string[] | null,
  focus: string | null,
  depth: number,
): Scope {
  return { asOf, kinds, types, focus, depth: focus ? depth : null };
}
