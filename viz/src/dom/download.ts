// Saves a blob as a file through a hidden link, as a click on a download link would.
import { el } from "./el.js";

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: name, class: "visually-hidden" }, name);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
