// Why the page draws a summary instead of the network, with the sizes: the banner's first sentence.
import type { SummaryView } from "../data/view.js";
import { formatCount } from "./format-count.js";

export function summaryReason(view: Pick<SummaryView, "refused" | "reason">, depth: number): string {
  const size = `${formatCount(view.refused.elements)} nodes and relationships`;
  const limit = `this page draws at most ${formatCount(view.refused.limit)}`;
  switch (view.reason) {
    case "whole":
      return `The network is too large to draw: ${size} in all, and ${limit}.`;
    case "filtered":
      return `Still too large to draw with these filters: ${size}, and ${limit}.`;
    case "focus":
      return `The focus's neighbourhood, ${depth} step${depth > 1 ? "s" : ""} deep, is too large to draw: ${size}, and ${limit}.`;
  }
}
