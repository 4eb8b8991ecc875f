// Writing a story in the page (editors): a panel beside the graph, not modal, so the editor keeps
// moving through the graph and takes each view as a step ("Add this view as a step": its date,
// focus, highlighted relationship or paths, zoom). Each step gets a title and caption and its
// quotes, chosen from what its highlights cite in the story's source; steps move up and down or
// go. Save writes the story into the graph as one revision (checked as the shipped story files
// are; each problem said at its step's field, with its code); "YAML for the repository" downloads
// the story as a seed/stories file. A saved story is then in the Present menu.
import type { Core } from "cytoscape";
import { describeError, errorCodeOf } from "../../data/describe-error.js";
import { type EditSource, saveStory } from "../../data/edits.js";
import { el, replaceChildren } from "../../dom/el.js";
import { slugOf } from "../../model/edit-forms.js";
import {
  type DraftStep,
  moveStep,
  type StoryDraft,
  stepFromView,
  storyInput,
  storyYaml,
} from "../../model/story-draft.js";
import type { PageStore } from "../../store/page-store.js";

export interface StoryEditorDeps {
  store: PageStore;
  cy: Core;
  token(): string;
  sources(): Promise<EditSource[]>;
  /** The story is saved as `revision`: the Present menu offers it. */
  saved(id: string, revision: string): Promise<void>;
  announce(text: string): void;
  download(name: string, text: string): void;
}

let open: HTMLDialogElement | null = null;

/** Opens the story editor on `draft` (a new story when none), or brings the open one forward. */
export function openStoryEditor(deps: StoryEditorDeps, given?: StoryDraft): void {
  if (open) {
    open.querySelector<HTMLElement>("input")?.focus();
    return;
  }
  const draft: StoryDraft = given ?? { id: "", title: "", description: "", source: "tht-partners", steps: [] };
  const title = el("input", { id: "draft-title", type: "text", autocomplete: "off" });
  const id = el("input", { id: "draft-id", type: "text", autocomplete: "off", "aria-describedby": "draft-id-error" });
  const description = el("textarea", { id: "draft-description", rows: "2" });
  const source = el("select", { id: "draft-source" });
  const steps = el("ol", { class: "story-steps", "aria-label": "Steps" });
  const addStep = el("button", { type: "button", id: "story-add-step" }, "Add this view as a step");
  const reason = el("input", {
    id: "draft-reason",
    type: "text",
    autocomplete: "off",
    "aria-describedby": "draft-error",
  });
  const save = el("button", { type: "submit", id: "story-save" }, "Save the story");
  const yaml = el("button", { type: "button", id: "story-yaml" }, "YAML for the repository");
  const close = el("button", { type: "button", id: "story-close" }, "Close");
  const error = el("div", { id: "draft-error", class: "field-error", role: "alert" });
  const idError = el("p", { id: "draft-id-error", class: "field-error" });
  const form = el(
    "form",
    { novalidate: true, "aria-labelledby": "story-editor-heading" },
    el("h2", { id: "story-editor-heading" }, given ? `Story: ${given.title}` : "Write a story"),
    el("label", { for: "draft-title" }, "Title"),
    title,
    el("label", { for: "draft-id" }, "Id"),
    id,
    idError,
    el("label", { for: "draft-description" }, "Description"),
    description,
    el("label", { for: "draft-source" }, "The source its quotes come from"),
    source,
    el("h3", {}, "Steps"),
    steps,
    addStep,
    el("label", { for: "draft-reason" }, "Why (kept with the revision)"),
    reason,
    error,
    el("div", { class: "buttons" }, save, yaml, close),
  );
  const dialog = el("dialog", { class: "story-editor", "aria-labelledby": "story-editor-heading" }, form);
  document.body.append(dialog);
  open = dialog;
  title.value = draft.title;
  id.value = draft.id;
  description.value = draft.description;
  let idFollows = !given;

  void deps.sources().then((all) => {
    for (const s of all.filter((x) => x.text)) source.append(el("option", { value: s.id }, s.title));
    source.value = draft.source;
  });

  const read = () => {
    draft.title = title.value.trim();
    draft.id = id.value.trim();
    draft.description = description.value.trim();
    draft.source = source.value || draft.source;
  };
  title.addEventListener("input", () => {
    if (idFollows) id.value = slugOf(title.value);
  });
  id.addEventListener("input", () => {
    idFollows = false;
  });

  const stepItem = (step: DraftStep, i: number): HTMLElement => {
    const at = `story-step-${i}`;
    const stepTitle = el("input", {
      id: `${at}-title`,
      type: "text",
      autocomplete: "off",
      "aria-describedby": `${at}-error`,
    });
    const caption = el("textarea", { id: `${at}-caption`, rows: "2", "aria-describedby": `${at}-error` });
    stepTitle.value = step.title;
    caption.value = step.caption;
    stepTitle.addEventListener("input", () => {
      step.title = stepTitle.value;
    });
    caption.addEventListener("input", () => {
      step.caption = caption.value;
    });
    const quotes = el(
      "fieldset",
      { class: "step-quotes" },
      el("legend", {}, "Its quotes"),
      ...(step.offered.length === 0
        ? [el("p", {}, "What it highlights cites nothing from this source: highlight a cited fact.")]
        : step.offered.map((quote, j) => {
            const box = el("input", { type: "checkbox", id: `${at}-quote-${j}` });
            box.checked = step.cite.includes(quote);
            box.addEventListener("change", () => {
              step.cite = box.checked ? [...step.cite, quote] : step.cite.filter((q) => q !== quote);
            });
            return el("div", {}, box, el("label", { for: `${at}-quote-${j}` }, `“${quote}”`));
          })),
    );
    const button = (words: string, label: string, act: () => void, disabled = false) => {
      const b = el("button", { type: "button", "aria-label": `${label} ${i + 1}`, disabled }, words);
      b.addEventListener("click", act);
      return b;
    };
    const where = [
      step.date ?? "all time",
      step.focus ? `focus ${step.focus}` : null,
      `${step.highlightNodes.length} nodes, ${step.highlightEdges.length} relationships highlighted`,
    ]
      .filter(Boolean)
      .join(" · ");
    return el(
      "li",
      { class: "story-step", "data-step": String(i) },
      el("p", { class: "step-where" }, where),
      el("label", { for: `${at}-title` }, "Title"),
      stepTitle,
      el("label", { for: `${at}-caption` }, "Caption"),
      caption,
      quotes,
      el("p", { id: `${at}-error`, class: "field-error" }),
      el(
        "div",
        { class: "buttons" },
        button("Up", "Move up step", () => move(i, i - 1), i === 0),
        button("Down", "Move down step", () => move(i, i + 1), i === draft.steps.length - 1),
        button("Delete", "Delete step", () => {
          draft.steps.splice(i, 1);
          render();
          addStep.focus();
        }),
      ),
    );
  };
  const move = (from: number, to: number) => {
    draft.steps = moveStep(draft.steps, from, to);
    render();
    steps.querySelector<HTMLElement>(`[data-step="${to}"] input`)?.focus();
  };
  const render = () => replaceChildren(steps, ...draft.steps.map(stepItem));
  render();

  addStep.addEventListener("click", () => {
    read();
    const state = deps.store.getState();
    const view = state.loaded;
    if (!view) return;
    const step = stepFromView(
      {
        date: view.state.date,
        focus: view.state.focus,
        selectedEdge: state.selectedEdge,
        paths: view.paths,
        nodes: view.network.nodes,
        edges: view.network.edges,
        zoom: deps.cy.zoom(),
      },
      draft.source,
    );
    if ("problem" in step) {
      replaceChildren(error, el("p", {}, step.problem));
      error.dataset.code = "BAD_USER_INPUT";
      return;
    }
    replaceChildren(error);
    delete error.dataset.code;
    draft.steps.push(step);
    render();
    deps.announce(`Step ${draft.steps.length} added: give it a title and a caption.`);
    steps.querySelector<HTMLElement>(`[data-step="${draft.steps.length - 1}"] input`)?.focus();
  });

  /** A problem at `story.steps[1].caption` is said at step 2; others in the form's error. */
  const place = (problems: { field: string; code: string; message: string }[]) => {
    for (const slot of dialog.querySelectorAll<HTMLElement>(".field-error")) {
      slot.textContent = "";
      delete slot.dataset.code;
    }
    const general: HTMLElement[] = [];
    for (const p of problems) {
      const step = /^story\.steps\[(\d+)\]/.exec(p.field)?.[1];
      const slot =
        step !== undefined
          ? dialog.querySelector<HTMLElement>(`#story-step-${step}-error`)
          : p.field === "story.id"
            ? idError
            : null;
      if (slot) {
        slot.textContent = `${slot.textContent ? `${slot.textContent} ` : ""}${p.field.replace(/^story\.steps\[\d+\]\.?/, "")}: ${p.message}`;
        slot.dataset.code ??= p.code;
      } else general.push(el("li", { "data-code": p.code }, `${p.field.replace(/^story\.?/, "")}: ${p.message}`));
    }
    if (general.length > 0) replaceChildren(error, el("ul", {}, ...general));
    error.dataset.code = problems[0]?.code ?? "BAD_USER_INPUT";
    dialog.querySelector<HTMLElement>(".field-error:not(:empty)")?.scrollIntoView({ block: "nearest" });
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    read();
    if (!reason.value.trim()) {
      place([{ field: "reason", code: "BAD_USER_INPUT", message: "say why: history keeps the reason" }]);
      reason.focus();
      return;
    }
    save.disabled = true;
    form.setAttribute("aria-busy", "true");
    saveStory(storyInput(draft), reason.value.trim(), deps.token())
      .then(async (revision) => {
        place([]);
        delete error.dataset.code;
        await deps.saved(draft.id, revision.id);
        deps.announce(`Saved the story “${draft.title}” as ${revision.id}: it is in the Present menu.`);
      })
      .catch((failure: unknown) => {
        const details = (failure as { details?: { problems?: unknown } }).details;
        const problems = Array.isArray(details?.problems)
          ? (details.problems as { field: string; code: string; message: string }[])
          : [{ field: "", code: errorCodeOf(failure), message: describeError(failure) }];
        place(problems);
      })
      .finally(() => {
        save.disabled = false;
        form.removeAttribute("aria-busy");
      });
  });
  yaml.addEventListener("click", () => {
    read();
    deps.download(`${draft.id || "story"}.yaml`, storyYaml(draft));
  });
  close.addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => {
    dialog.remove();
    open = null;
  });
  dialog.show();
  title.focus();
}
