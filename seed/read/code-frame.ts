// A code frame, as compilers print one: the line before for context, the offending line, and a
// caret under the column. Long lines are cut to a window around the caret; tabs show as →.

/** Lines up to this long are shown whole; longer ones this much either side of the caret. */
const whole = 140;
const window = 60;

/** `line` and `column` are 1-based. */
export function codeFrame(text: string, line: number, column = 1): string {
  const lines = text.split(/\r?\n/);
  const width = String(line).length;
  const gutter = (n: number | "") => `${String(n).padStart(width)} |`;
  const shown = (raw: string, col: number) => {
    const start = raw.length <= whole ? 0 : Math.max(0, col - 1 - window);
    const cut = raw.length <= whole ? raw : raw.slice(start, col - 1 + window);
    const text = `${start > 0 ? "…" : ""}${cut}${start + cut.length < raw.length ? "…" : ""}`.replaceAll("\t", "→");
    return { text, caret: col - 1 - start + (start > 0 ? 1 : 0) };
  };
  const out: string[] = [];
  const before = lines[line - 2];
  if (before !== undefined && before.trim() !== "") out.push(`  ${gutter(line - 1)} ${shown(before, column).text}`);
  const at = shown(lines[line - 1] ?? "", column);
  out.push(`> ${gutter(line)} ${at.text}`);
  out.push(`  ${gutter("")} ${" ".repeat(Math.max(0, at.caret))}^`);
  return out.join("\n");
}
