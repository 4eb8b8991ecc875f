// The name an exported file is saved under, the same for the page's downloads (pictures, data
// files) and the server's Content-Disposition: what the file shows is in its name (the date or
// dates, the focus and its depth, the path), so exports of two views never share a name.

export interface ExportNaming {
  /** YYYY-MM-DD; null or absent: all time. */
  date?: string | null;
  /** Both set: a comparison from → to. */
  compareFrom?: string | null;
  compareTo?: string | null;
  focus?: string | null;
  depth?: number | null;
  pathFrom?: string | null;
  pathTo?: string | null;
}

/** An id as a file-name part: letters, digits, dots and hyphens only, at most 60 characters. */
const part = (text: string) =>
  text
    .replace(/[^A-Za-z0-9.-]+/g, "-")
    .replace(/^[-.]+|-+$/g, "")
    .slice(0, 60) || "x";

/** `tht-graph-2023-06-01-barts-health-depth-2`, `tht-graph-all-time-path-a-to-b`, … */
export function exportFileStem(view: ExportNaming): string {
  const when =
    view.compareFrom && view.compareTo
      ? `${part(view.compareFrom)}-to-${part(view.compareTo)}`
      : view.date
        ? part(view.date)
        : "all-time";
  const focus = view.focus ? `-${part(view.focus)}${view.depth ? `-depth-${view.depth}` : ""}` : "";
  const path = view.pathFrom && view.pathTo ? `-path-${part(view.pathFrom)}-to-${part(view.pathTo)}` : "";
  return `tht-graph-${when}${focus}${path}`;
}

/**
 * The name for one export: `file` is a data export's name (`network.graphml`, `nodes.csv`) or a
 * picture's extension (`png`). The whole network takes the stem alone; a table adds what it lists.
 */
export function exportFileName(file: string, view: ExportNaming): string {
  const stem = exportFileStem(view);
  const dot = file.lastIndexOf(".");
  if (dot < 0) return `${stem}.${file}`;
  const [base, extension] = [file.slice(0, dot), file.slice(dot + 1)];
  return base === "network" ? `${stem}.${extension}` : `${stem}-${base}.${extension}`;
}
