// The search box: an ARIA combobox whose suggestions come from the `search` query (names, short
// names, aliases and ODS codes, prefix matching); Enter or a click picks one.
import type { Suggestion } from "../../data/search-nodes.js";
import { el, replaceChildren } from "../../dom/el.js";

export interface SearchBoxOptions {
  search(text: string): Promise<Suggestion[]>;
  onPick(node: Suggestion): void;
}

export function attachSearch(
  input: HTMLInputElement,
  listbox: HTMLElement,
  { search, onPick }: SearchBoxOptions,
): void {
  let suggestions: Suggestion[] = [];
  let active = -1;
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const highlight = (index: number) => {
    active = index;
    listbox.querySelectorAll('[role="option"]').forEach((option, i) => {
      option.setAttribute("aria-selected", String(i === index));
    });
    if (index >= 0) input.setAttribute("aria-activedescendant", `search-option-${index}`);
    else input.removeAttribute("aria-activedescendant");
  };
  const pick = (index: number) => {
    const chosen = suggestions[index];
    if (!chosen) return;
    input.value = chosen.label;
    close();
    onPick(chosen);
  };
  const show = (found: Suggestion[]) => {
    suggestions = found;
    // What else it is called, and its ODS code: what a search may have matched besides the name.
    const aliases = (s: Suggestion) =>
      [...s.shortNames, ...s.aliases, ...(s.odsCode ? [`ODS ${s.odsCode}`] : [])].join(", ");
    replaceChildren(
      listbox,
      ...(found.length === 0
        ? [
            el(
              "li",
              { class: "no-match", role: "option", "aria-disabled": "true", "aria-selected": "false" },
              "No match",
            ),
          ]
        : found.map((s, i) => {
            const option = el(
              "div",
              { id: `search-option-${i}`, role: "option", "aria-selected": "false", "data-id": s.id },
              el("span", { class: "option-label" }, s.label),
              el("span", { class: "option-kind" }, ` ${s.kind}${aliases(s) ? ` · ${aliases(s)}` : ""}`),
            );
            // mousedown, not click: a click would first blur the input and close the list.
            option.addEventListener("mousedown", (event) => {
              event.preventDefault();
              pick(i);
            });
            return option;
          })),
    );
    listbox.hidden = false;
    input.setAttribute("aria-expanded", "true");
    highlight(found.length > 0 ? 0 : -1);
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text === "") {
      close();
      return;
    }
    timer = setTimeout(async () => {
      const mine = ++asked;
      try {
        const found = await search(text);
        if (mine === asked && input.value.trim() === text) show(found);
      } catch {
        if (mine === asked) show([]);
      }
    }, 120);
  });
  input.addEventListener("keydown", (event) => {
    const open = !listbox.hidden && suggestions.length > 0;
    if (event.key === "ArrowDown" && open) {
      event.preventDefault();
      highlight((active + 1) % suggestions.length);
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      highlight((active - 1 + suggestions.length) % suggestions.length);
    } else if (event.key === "Enter" && open) {
      event.preventDefault();
      pick(Math.max(active, 0));
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
}
