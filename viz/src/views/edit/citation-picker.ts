// The citation picker: the editor chooses a source and, in its text, the sentence or passage that
// says so; what is chosen becomes the quote verbatim (a substring of the text the server checks
// quotes against). Each sentence is a button (keyboard: Tab, Enter; Shift+click extends a choice
// to a run of sentences); a passage highlighted with the mouse can be taken as it is. A linked
// source (no text here) takes a quote typed or pasted from the document at its address.
import { el, replaceChildren } from "../../dom/el.js";
import type { Citation } from "../../model/edit-forms.js";
import { sentencesOf } from "../../model/sentences.js";

export interface PickerSource {
  id: string;
  title: string;
  url: string | null;
  text: string | null;
}

/**
 * Opens the picker over `sources`; resolves with the chosen quote, or null when cancelled.
 * `addSource` opens the form for a new one and resolves with it (joined to the change set), or null.
 */
export function pickCitation(
  given: readonly PickerSource[],
  lastSource: string | undefined,
  addSource: () => Promise<PickerSource | null>,
): Promise<Citation | null> {
  const sources = [...given];
  const select = el(
    "select",
    { id: "picker-source" },
    ...sources.map((s) => el("option", { value: s.id }, s.text ? s.title : `${s.title} (linked)`)),
  );
  const body = el("div", { class: "picker-body" });
  const newSource = el("button", { type: "button", id: "picker-new-source" }, "Add a new source…");
  const quote = el("textarea", {
    id: "picker-quote",
    rows: "3",
    "aria-describedby": "picker-quote-hint picker-error",
  });
  const quoteHint = el("p", { id: "picker-quote-hint", class: "field-hint" });
  const error = el("p", { id: "picker-error", class: "field-error" });
  const useSelection = el("button", { type: "button", id: "picker-use-selection" }, "Use the highlighted passage");
  const accept = el("button", { type: "submit", id: "picker-accept" }, "Use this quote");
  const cancel = el("button", { type: "button" }, "Cancel");
  const form = el(
    "form",
    { novalidate: true, "aria-labelledby": "picker-heading" },
    el("h2", { id: "picker-heading" }, "Choose the evidence"),
    el("label", { for: "picker-source" }, "Source"),
    select,
    newSource,
    body,
    el("label", { for: "picker-quote" }, "Quote"),
    quoteHint,
    quote,
    error,
    el("div", { class: "buttons" }, useSelection, accept, cancel),
  );
  const dialog = el("dialog", { class: "edit-dialog citation-picker", "aria-labelledby": "picker-heading" }, form);
  document.body.append(dialog);

  let text: string | null = null;
  let anchor = -1;
  const sentenceButtons: HTMLButtonElement[] = [];
  const choose = (from: number, to: number) => {
    if (!text) return;
    const spans = sentencesOf(text);
    const [a, b] = [Math.min(from, to), Math.max(from, to)];
    const first = spans[a];
    const last = spans[b];
    if (!first || !last) return;
    quote.value = text.slice(first.start, last.end);
    sentenceButtons.forEach((button, i) => {
      button.setAttribute("aria-pressed", String(i >= a && i <= b));
    });
    error.textContent = "";
    quote.removeAttribute("aria-invalid");
  };
  const show = () => {
    const source = sources.find((s) => s.id === select.value);
    text = source?.text ?? null;
    anchor = -1;
    sentenceButtons.length = 0;
    quote.value = "";
    if (!source) return replaceChildren(body);
    if (!text) {
      quote.readOnly = false;
      quoteHint.textContent = "This source is linked, not shipped: paste the sentence exactly as the document says it.";
      replaceChildren(
        body,
        el(
          "p",
          {},
          "Open the document, copy the sentence that says so, and paste it below: ",
          source.url
            ? el("a", { href: source.url, target: "_blank", rel: "noopener" }, source.url)
            : "no address given",
        ),
      );
      return;
    }
    quote.readOnly = true;
    quoteHint.textContent =
      "Choose a sentence in the text (Shift+click another to take the run between), or highlight a passage and use it.";
    const spans = sentencesOf(text);
    const paragraphs: HTMLElement[] = [];
    let paragraph = el("p", {});
    let at = 0;
    spans.forEach((span, i) => {
      const between = text?.slice(at, span.start) ?? "";
      if (/\n/.test(between)) {
        if (paragraph.childNodes.length > 0) paragraphs.push(paragraph);
        paragraph = el("p", {});
      } else if (between) paragraph.append(between);
      const button = el(
        "button",
        { type: "button", class: "sentence", "aria-pressed": "false", "data-index": String(i) },
        span.text,
      );
      button.addEventListener("click", (event) => {
        if (event.shiftKey && anchor >= 0) choose(anchor, i);
        else {
          anchor = i;
          choose(i, i);
        }
      });
      sentenceButtons.push(button);
      paragraph.append(button);
      at = span.end;
    });
    if (paragraph.childNodes.length > 0) paragraphs.push(paragraph);
    replaceChildren(
      body,
      el("div", { class: "source-text", role: "group", "aria-label": `The text of ${source.title}` }, ...paragraphs),
    );
  };
  select.addEventListener("change", show);
  newSource.addEventListener("click", () => {
    void addSource().then((added) => {
      if (added) {
        sources.push(added);
        select.append(el("option", { value: added.id }, `${added.title} (new, in your changes)`));
        select.value = added.id;
        show();
      }
      newSource.focus();
    });
  });
  // The source last quoted, or else the first whose text is here to choose from.
  const initial = sources.find((s) => s.id === lastSource) ?? sources.find((s) => s.text) ?? sources[0];
  if (initial) select.value = initial.id;
  show();

  useSelection.addEventListener("click", () => {
    const selected = window.getSelection()?.toString() ?? "";
    const passage = selected.trim();
    if (!passage) {
      error.textContent = "Highlight a passage of the text first, or choose a sentence.";
      return;
    }
    if (text && !text.includes(passage)) {
      error.textContent = "That passage is not in this source's text as written: choose sentences instead.";
      return;
    }
    quote.value = passage;
    error.textContent = "";
  });

  return new Promise((resolve) => {
    let chosen: Citation | null = null;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const value = quote.value.trim();
      if (!value) {
        error.textContent = "Choose the sentence that says so (or paste it, for a linked source).";
        error.dataset.code = "BAD_USER_INPUT";
        quote.setAttribute("aria-invalid", "true");
        (sentenceButtons[0] ?? quote).focus();
        return;
      }
      chosen = { source: select.value, quote: text ? quote.value : value };
      dialog.close();
    });
    cancel.addEventListener("click", () => dialog.close());
    dialog.addEventListener("close", () => {
      resolve(chosen);
      // After the form has taken the quote: a picker gone means the quote is shown.
      queueMicrotask(() => dialog.remove());
    });
    dialog.showModal();
    select.focus();
  });
}
