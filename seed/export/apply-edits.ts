// Edits to a file's text, each a range replaced, applied from the end so that every range still
// points at the text it was found in. Inserted text takes the file's line breaks (\r\n or \n).

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    const inserted = eol === "\n" ? edit.text : edit.text.replace(/\r?\n/g, eol);
    out = out.slice(0, edit.start) + inserted + out.slice(edit.end);
  }
  return out;
}
