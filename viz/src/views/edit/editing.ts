// Editing from the page, loaded once an editor signs in (start-page.ts imports it then): "Add" in
// the tools for a new node of any type; the details panel's editing buttons (views/details-view.ts
// raises `tht-edit` events) for changing a node, adding a relationship from it (the other end
// typed or picked on the graph), ending or retracting a fact. Each form is checked by the
// server's schemas and then by the server itself (previewChanges, with the set so far) before its
// change joins the editor's change set; "Review changes" (review-dialog.ts) shows what the whole
// set will do, with its citations, asks why, and applies it as one revision, or says what refused
// it (another editor's change since this view was read: EDIT_CONFLICT, shown). Nothing is written
// until Apply.
// First: zod must know before any schema is built that this page allows no eval.
import "./zod-jitless.js";
import type { Core } from "cytoscape";
import { ApiError } from "../../data/api.js";
import { describeError, errorCodeOf } from "../../data/describe-error.js";
import type { EditorSession } from "../../data/editor-session.js";
import { type EditSource, fetchEditSources, fetchKinds, forgetEditSources, previewChanges } from "../../data/edits.js";
import { stories } from "../../data/stories.js";
import { download } from "../../dom/download.js";
import { byId, el } from "../../dom/el.js";
import {
  addableNodeTypes,
  addNodeForm,
  addRelationshipForm,
  addSourceForm,
  type Citation,
  changeOf,
  checkForm,
  type DateValue,
  type EditTarget,
  endRelationshipForm,
  type FieldProblem,
  type FormSpec,
  type FormValues,
  nodeTypeWords,
  type PendingChange,
  retractForm,
  serverProblems,
  slugOf,
  updateNodeForm,
  wordsOf,
} from "../../model/edit-forms.js";
import { draftOf } from "../../model/story-draft.js";
import type { PageStore } from "../../store/page-store.js";
import type { NetworkNode, Revision } from "../../types.js";
import type { EditRequestDetail } from "../details-view.js";
import { setPicking } from "../picking.js";
import { pickCitation } from "./citation-picker.js";
import { openFormDialog } from "./form-dialog.js";
import { openReview } from "./review-dialog.js";
import { openStoryEditor } from "./story-editor.js";

export interface EditingDeps {
  session: EditorSession;
  store: PageStore;
  cy: Core;
  searchNodes(text: string): Promise<{ id: string; label: string }[]>;
  /** The graph revision the page shows. */
  shownRevision(): Promise<number>;
  /** The page wrote `revision`: forget what was fetched, show the graph after it, say so. */
  applied(revision: Revision, focus: string | null): Promise<void>;
  /** Forget what was fetched and show the graph as it is now (after a conflict). */
  showLatest(): Promise<void>;
}

const dateOf = (point: NetworkNode["start"]): DateValue | undefined => {
  if (!point) return undefined;
  if (point.precision === "DAY" && point.date) return { day: point.date };
  return { text: point.text ?? "", from: point.date ?? "", to: point.latest ?? "" };
};

/** A node's current values, as its change form holds them. */
function currentValues(node: NetworkNode): FormValues {
  return {
    id: node.id,
    name: node.label,
    kind: node.kind,
    shortNames: node.shortNames,
    aliases: node.aliases,
    description: node.description ?? "",
    validFrom: dateOf(node.start),
    validTo: dateOf(node.end),
    odsCode: node.odsCode ?? "",
    scope: node.scope,
    legalBasis: node.legalBasis ?? "",
  };
}

export function startEditing(deps: EditingDeps): void {
  const pending: PendingChange[] = [];
  let readAt: number | null = null;
  let lastSource: string | undefined;
  const announcer = byId("editor-announcer");

  // The tools: Add (a node of any type) and Review, beside the editor's name.
  const typeSelect = el(
    "select",
    { id: "add-node-type" },
    ...addableNodeTypes.map((t) => el("option", { value: t }, nodeTypeWords[t])),
  );
  const addButton = el("button", { type: "button", id: "add-node" }, "Add…");
  const reviewButton = el("button", { type: "button", id: "review-changes", disabled: true }, "Review changes (0)");
  const newStory = el("button", { type: "button", id: "story-new" }, "New story…");
  const editStory = el(
    "button",
    { type: "button", id: "story-edit", title: "The story chosen beside Present, if it was saved from the page" },
    "Edit story…",
  );
  byId("editor-signed-in").after(
    el(
      "span",
      { class: "editor-only edit-tools" },
      el("label", { for: "add-node-type" }, "New"),
      typeSelect,
      addButton,
      reviewButton,
      newStory,
      editStory,
    ),
  );
  // Stories: written beside the graph, saved into it; a saved one (not a shipped file) can be edited.
  const storySelect = byId<HTMLSelectElement>("story-select");
  const savedChosen = () =>
    deps.store.getState().stories?.find((s) => s.id === storySelect.value && s.saved === true) ?? null;
  const renderStoryButtons = () => {
    editStory.disabled = savedChosen() === null;
  };
  storySelect.addEventListener("change", renderStoryButtons);
  deps.store.subscribe(renderStoryButtons);
  renderStoryButtons();
  const storyDeps = {
    store: deps.store,
    cy: deps.cy,
    token: () => token(),
    sources: fetchEditSources,
    async saved(id: string) {
      stories.forget(id);
      deps.store.storiesLoaded(await stories.index());
      storySelect.value = id;
      renderStoryButtons();
    },
    announce: (text: string) => {
      announcer.textContent = text;
    },
    download: (name: string, text: string) => download(new Blob([text], { type: "application/yaml" }), name),
  };
  newStory.addEventListener("click", () => openStoryEditor(storyDeps));
  editStory.addEventListener("click", () => {
    const chosen = savedChosen();
    if (chosen) void stories.get(chosen.id).then((story) => openStoryEditor(storyDeps, draftOf(story)));
  });
  const renderTray = () => {
    reviewButton.textContent = `Review changes (${pending.length})`;
    reviewButton.disabled = pending.length === 0;
  };

  const token = () => {
    const signedIn = deps.session.current();
    if (!signedIn) throw new ApiError("UNAUTHENTICATED" as never, "sign in to edit first");
    return signedIn.token;
  };
  const readRevision = async () => {
    readAt ??= await deps.shownRevision();
    return readAt;
  };

  let sources: EditSource[] = [];
  const formDeps = (form: FormSpec, target: EditTarget) => ({
    async check(values: FormValues): Promise<FieldProblem[]> {
      const problems = checkForm(form, values, target);
      if (problems.length > 0) return problems;
      const { change } = changeOf(form, values, target);
      const entry = pending.length;
      try {
        await previewChanges([...pending.map((p) => p.change), change], "preview", await readRevision(), token());
        return [];
      } catch (failure) {
        const problemsOf = failure instanceof ApiError ? failure.details.problems : undefined;
        const mine = Array.isArray(problemsOf) ? serverProblems(form, entry, problemsOf) : [];
        if (mine.length > 0) return mine;
        // Nothing new changes: as refusing as a problem at the form.
        return [{ field: "", code: errorCodeOf(failure), message: describeError(failure) }];
      }
    },
    async pickCitation(): Promise<Citation | null> {
      sources = [...(await fetchEditSources()), ...pendingSources];
      const chosen = await pickCitation(sources, lastSource, addSource);
      if (chosen) lastSource = chosen.source;
      return chosen;
    },
    async suggestNodes(text: string) {
      const found = await deps.searchNodes(text);
      return found.map((n) => ({ id: n.id, label: n.label }));
    },
    pickNode: () => pickOnGraph(deps.cy, announcer),
    onInput(name: string, values: FormValues, set: (field: string, value: string) => void) {
      // A new node's (or source's) id follows its name (or title) until the editor writes one.
      const named = form.kind === "addSource" ? "title" : "name";
      if (form.kind !== "addNode" && form.kind !== "addSource") return;
      if (name === named && (values.id === "" || values.id === slugOf(previousName)))
        set("id", slugOf(String(values[named] ?? "")));
      if (name === named) previousName = String(values[named] ?? "");
    },
  });
  let previousName = "";
  /** Sources added in this change set: offered in the picker with their text before they are written. */
  const pendingSources: EditSource[] = [];
  /** The form for a new source; accepted, it joins the change set and the picker offers it. */
  const addSource = async (): Promise<EditSource | null> => {
    const form = addSourceForm();
    previousName = "";
    const values = await openFormDialog(form, {}, formDeps(form, {}));
    if (!values) return null;
    const { change } = changeOf(form, values, {});
    pending.push({ change, words: wordsOf(form, values) });
    renderTray();
    const text = typeof values.text === "string" && values.text.trim() !== "" ? values.text : null;
    const added: EditSource = {
      id: String(values.id ?? ""),
      title: String(values.title ?? ""),
      url: typeof values.url === "string" && values.url ? values.url : null,
      publisher: null,
      datedText: null,
      text,
    };
    pendingSources.push(added);
    announcer.textContent = `The source “${added.title}” is in your changes; choose its sentence.`;
    return added;
  };

  /** The form's Kind suggests the vocabulary's kinds and those the graph already holds for that type. */
  const withKinds = async (form: FormSpec, label: NetworkNode["nodeType"] | undefined): Promise<FormSpec> => {
    if (!label || !form.fields.some((f) => f.name === "kind")) return form;
    const held = await fetchKinds(label).catch(() => [] as string[]);
    return {
      ...form,
      fields: form.fields.map((f) => {
        if (f.name !== "kind") return f;
        const words = [...new Set([...(f.options ?? []).map((o) => o.value), ...held])];
        return { ...f, options: words.map((w) => ({ value: w, label: w })) };
      }),
    };
  };

  const edit = async (given: FormSpec, target: EditTarget, initial: FormValues, ends?: { from: string }) => {
    const form = await withKinds(
      given,
      given.kind === "addNode" || given.kind === "updateNode" ? target.label : undefined,
    );
    previousName = String(initial.name ?? "");
    const values = await openFormDialog(form, initial, formDeps(form, target));
    if (!values) return;
    const { change, why } = changeOf(form, values, target);
    const toLabel =
      form.kind === "addRelationship"
        ? (deps.cy.getElementById(String(values.to)).data("label") as string | undefined)
        : undefined;
    pending.push({
      change,
      words: wordsOf(form, values, ends ? { ...ends, ...(toLabel ? { to: toLabel } : {}) } : undefined),
      ...(why ? { why } : {}),
    });
    renderTray();
    announcer.textContent = `Added to your changes (${pending.length}): review and apply them when ready.`;
    reviewButton.focus();
  };

  addButton.addEventListener("click", () => {
    const label = typeSelect.value as NetworkNode["nodeType"];
    void edit(addNodeForm(label), { label }, {});
  });

  document.addEventListener("tht-edit", (event) => {
    const request = (event as CustomEvent<EditRequestDetail>).detail;
    const { node, edge } = request;
    if (node && request.action === "update")
      void edit(
        updateNodeForm(node.nodeType, node.label),
        { id: node.id, label: node.nodeType, current: currentValues(node) },
        currentValues(node),
      );
    else if (node && request.action === "relate")
      void edit(addRelationshipForm(node.label), { id: node.id }, {}, { from: node.label });
    else if (node && request.action === "retract") void edit(retractForm(node.label), { id: node.id }, {});
    else if (edge && request.action === "end")
      void edit(endRelationshipForm(request.words ?? edge.label), { id: edge.id }, {});
    else if (edge && request.action === "retract")
      void edit(retractForm(request.words ?? edge.label), { id: edge.id }, {});
  });

  reviewButton.addEventListener("click", () => {
    void openReview({
      pending,
      readRevision,
      token,
      changed: renderTray,
      reloaded: () => {
        readAt = null;
      },
      async applied(revision, focus) {
        pending.length = 0;
        readAt = null;
        renderTray();
        if (pendingSources.length > 0) forgetEditSources();
        pendingSources.length = 0;
        await deps.applied(revision, focus);
        announcer.textContent = `Applied as ${revision.id}.`;
      },
      async showLatest() {
        await deps.showLatest();
        announcer.textContent = "The graph is shown as it is now: review your changes again before applying them.";
      },
      returnFocus: reviewButton,
    });
  });
}

/** Waits for a click on a node of the graph (Escape cancels), saying so. */
function pickOnGraph(cy: Core, announcer: HTMLElement): Promise<string | null> {
  const banner = el(
    "p",
    { class: "pick-banner", role: "status" },
    "Click the other end on the graph (Escape to cancel).",
  );
  document.body.append(banner);
  announcer.textContent = "Click the other end on the graph, or press Escape to cancel.";
  // Every node drawn is within reach while picking (a focus frames only its neighbourhood); the
  // view comes back as it was once a node is picked.
  const viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  cy.fit(cy.nodes(), 30);
  setPicking(cy, true);
  return new Promise((resolve) => {
    const done = (id: string | null) => {
      cy.viewport(viewport);
      // After this tap's other handlers: they see the pick still on, and leave the view as it is.
      setTimeout(() => setPicking(cy, false), 0);
      cy.off("tap", "node", onTap);
      document.removeEventListener("keydown", onKey, true);
      banner.remove();
      resolve(id);
    };
    const onTap = (event: { target: { id(): string } }) => done(event.target.id());
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        event.preventDefault();
        done(null);
      } else if (event.key === "Enter" && document.activeElement?.id === "cy") {
        // The graph's keyboard focus (views/graph-keys.ts) picks the node it is on.
        const focused = cy.nodes(".keyboard-cursor").first();
        if (focused.nonempty()) {
          event.preventDefault();
          event.stopPropagation();
          done(focused.id());
        }
      }
    };
    cy.on("tap", "node", onTap);
    document.addEventListener("keydown", onKey, true);
    byId("cy").focus();
  });
}
