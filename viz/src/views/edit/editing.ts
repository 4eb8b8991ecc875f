// Editing from the page, loaded once an editor signs in (start-page.ts imports it then): "Add" in
// the tools for a new node of any type; the details panel's editing buttons (views/details-view.ts
// raises `tht-edit` events) for changing a node, adding a relationship from it (the other end
// typed or picked on the graph), ending or retracting a fact. Each form is checked by the
// server's schemas and then by the server itself (previewChanges, with the set so far) before its
// change joins the editor's change set; "Review changes" shows what the whole set will do, with its
// citations, asks why, and applies it as one revision, or says what refused it (another editor's
// change since this view was read: EDIT_CONFLICT, shown). Nothing is written until Apply.
// First: zod must know before any schema is built that this page allows no eval.
import "./zod-jitless.js";
import type { Core } from "cytoscape";
import { relationshipPhrase } from "../../../../schema/contract.js";
import { ApiError } from "../../data/api.js";
import { describeError, errorCodeOf } from "../../data/describe-error.js";
import type { EditorSession } from "../../data/editor-session.js";
import {
  applyChanges,
  type EditSource,
  fetchEditSources,
  forgetEditSources,
  type PreviewedChange,
  previewChanges,
} from "../../data/edits.js";
import { byId, el, replaceChildren } from "../../dom/el.js";
import { actionWord, fieldChanges } from "../../model/change-lines.js";
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
import type { NetworkNode, Revision } from "../../types.js";
import type { EditRequestDetail } from "../details-view.js";
import { setPicking } from "../picking.js";
import { pickCitation } from "./citation-picker.js";
import { openFormDialog } from "./form-dialog.js";

export interface EditingDeps {
  session: EditorSession;
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
  byId("editor-signed-in").after(
    el(
      "span",
      { class: "editor-only edit-tools" },
      el("label", { for: "add-node-type" }, "New"),
      typeSelect,
      addButton,
      reviewButton,
    ),
  );
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

  const edit = async (form: FormSpec, target: EditTarget, initial: FormValues, ends?: { from: string }) => {
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

  reviewButton.addEventListener("click", () => void review());

  async function review(): Promise<void> {
    const reason = el("textarea", {
      id: "review-reason",
      rows: "2",
      "aria-describedby": "review-reason-hint review-error",
    });
    reason.value = pending
      .map((p) => p.why)
      .filter(Boolean)
      .join("; ");
    const list = el("ol", { class: "review-entries" });
    const diff = el(
      "div",
      { class: "review-diff", "aria-busy": "true" },
      el("p", {}, "Checking the changes against the graph…"),
    );
    const error = el("div", { id: "review-error", class: "field-error", role: "alert" });
    const apply = el("button", { type: "submit", id: "review-apply" }, "Apply");
    const cancel = el("button", { type: "button", id: "review-cancel" }, "Cancel");
    const form = el(
      "form",
      { novalidate: true, "aria-labelledby": "review-heading" },
      el("h2", { id: "review-heading" }, "Review your changes"),
      el("h3", {}, "Your changes"),
      list,
      el("h3", {}, "What they will do"),
      diff,
      el(
        "label",
        { for: "review-reason" },
        "Why (kept with the revision)",
        el("span", { class: "required" }, " (required)"),
      ),
      el("p", { id: "review-reason-hint", class: "field-hint" }, "History shows this beside your name."),
      reason,
      error,
      el("div", { class: "buttons" }, apply, cancel),
    );
    const dialog = el("dialog", { class: "edit-dialog review", "aria-labelledby": "review-heading" }, form);
    document.body.append(dialog);
    const renderEntries = () =>
      replaceChildren(
        list,
        ...pending.map((p, i) => {
          const remove = el("button", { type: "button", class: "remove-change" }, "Remove");
          remove.setAttribute("aria-label", `Remove: ${p.words}`);
          remove.addEventListener("click", () => {
            pending.splice(i, 1);
            renderTray();
            renderEntries();
            if (pending.length === 0) dialog.close();
            else void check();
          });
          return el("li", { "data-entry": String(i) }, p.words, " ", remove);
        }),
      );
    renderEntries();
    const check = async () => {
      diff.setAttribute("aria-busy", "true");
      try {
        const changes = await previewChanges(
          pending.map((p) => p.change),
          reason.value.trim() || "review",
          await readRevision(),
          token(),
        );
        replaceChildren(diff, diffOf(changes));
        apply.disabled = false;
      } catch (failure) {
        replaceChildren(diff);
        refusal(failure);
      } finally {
        diff.removeAttribute("aria-busy");
      }
    };
    const refusal = (failure: unknown) => {
      const code = errorCodeOf(failure);
      error.dataset.code = code;
      const details = failure instanceof ApiError ? failure.details : {};
      const revisions = Array.isArray(details.revisions)
        ? (details.revisions as { id: string; author: string; reason: string; elements: string }[])
        : [];
      const problems = Array.isArray(details.problems)
        ? (details.problems as { field: string; code: string; message: string }[])
        : [];
      if (code === "EDIT_CONFLICT") {
        const reload = el(
          "button",
          { type: "button", id: "review-reload" },
          "Show the graph as it is now (keep my changes)",
        );
        reload.addEventListener("click", () => {
          readAt = null;
          dialog.close();
          void deps.showLatest().then(() => {
            announcer.textContent = "The graph is shown as it is now: review your changes again before applying them.";
            reviewButton.focus();
          });
        });
        replaceChildren(
          error,
          el("p", {}, "Another editor changed this since you read it, so nothing was written. Their change:"),
          el(
            "ul",
            { class: "conflicts" },
            ...revisions.map((r) => el("li", {}, `${r.id} by ${r.author}: “${r.reason}” (changed ${r.elements})`)),
          ),
          el("p", {}, "Look at their change in the graph, then review yours again."),
          reload,
        );
        apply.disabled = true;
        return;
      }
      replaceChildren(
        error,
        problems.length > 0
          ? el(
              "ul",
              {},
              ...problems.map((p) => {
                const entry = /^changes\[(\d+)\]/.exec(p.field)?.[1];
                const about = entry !== undefined ? pending[Number(entry)]?.words : undefined;
                return el("li", { "data-code": p.code }, about ? `${about}: ` : "", p.message);
              }),
            )
          : el("p", {}, describeError(failure)),
      );
      apply.disabled = code !== "BAD_USER_INPUT";
    };

    return new Promise((resolve) => {
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        replaceChildren(error);
        delete error.dataset.code;
        reason.removeAttribute("aria-invalid");
        const why = reason.value.trim();
        if (!why) {
          error.dataset.code = "BAD_USER_INPUT";
          replaceChildren(error, el("p", {}, "Say why: history keeps the reason with the revision."));
          reason.setAttribute("aria-invalid", "true");
          reason.focus();
          return;
        }
        apply.disabled = true;
        form.setAttribute("aria-busy", "true");
        void (async () => {
          try {
            const revision = await applyChanges(
              pending.map((p) => p.change),
              why,
              await readRevision(),
              token(),
            );
            const first = revision.changes.find((c) => c.kind === "NODE" && c.action !== "RETRACTED");
            pending.length = 0;
            if (pendingSources.length > 0) forgetEditSources();
            pendingSources.length = 0;
            readAt = null;
            renderTray();
            dialog.close();
            await deps.applied(revision, first?.id ?? null);
            announcer.textContent = `Applied as ${revision.id}.`;
          } catch (failure) {
            refusal(failure);
            apply.focus();
          } finally {
            form.removeAttribute("aria-busy");
          }
        })();
      });
      cancel.addEventListener("click", () => dialog.close());
      dialog.addEventListener("close", () => {
        dialog.remove();
        reviewButton.focus();
        resolve();
      });
      dialog.showModal();
      reason.focus();
      void check();
    });
  }
}

/** What a change set will do, element by element: added, changed (before → after), ended, with its quotes. */
function diffOf(changes: readonly PreviewedChange[]): HTMLElement {
  return el(
    "ul",
    { class: "diff" },
    ...changes.map((change) => {
      const after = (change.after ?? change.before ?? {}) as Record<string, unknown>;
      // "organisation “Bromley by Bow Centre”", "relationship: bromley-by-bow-centre is a member of tower-hamlets-cvs".
      const what =
        typeof after.label === "string"
          ? `${after.label.toLowerCase()}${typeof after.name === "string" ? ` “${after.name}”` : ""}`
          : typeof after.type === "string"
            ? `relationship: ${String(after.from)} ${relationshipPhrase(after.type)} ${String(after.to)}`
            : change.kind.toLowerCase();
      const quotes = Array.isArray(after.citations) ? (after.citations as { source: string; quote: string }[]) : [];
      const fields = change.action === "UPDATED" || change.action === "ENDED" ? fieldChanges(change) : [];
      return el(
        "li",
        { class: `diff-${change.action.toLowerCase()}`, "data-element": change.id },
        el("strong", {}, `${actionWord(change.action)[0]?.toUpperCase()}${actionWord(change.action).slice(1)}`),
        ` ${what} (${change.id})`,
        fields.length > 0
          ? el("ul", {}, ...fields.map((f) => el("li", {}, `${f.field}: ${f.before} → ${f.after}`)))
          : null,
        change.action === "ADDED" && quotes.length > 0
          ? el(
              "ul",
              { class: "diff-quotes" },
              ...quotes.map((q) => el("li", {}, el("q", {}, q.quote), ` (${q.source})`)),
            )
          : null,
      );
    }),
  );
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
