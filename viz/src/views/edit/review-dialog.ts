// Reviewing the editor's change set before it is written: the set in words (each removable), what
// it will do element by element as previewChanges answers (added with its quotes, changed field by
// field, ended, retracted), and why, which history keeps. Apply writes it as one revision; a
// refusal is said in place (another editor's change since the set was read, EDIT_CONFLICT, shown
// with whose it was), and nothing is written on Cancel or on any refusal.
import { relationshipPhrase } from "../../../../schema/contract.js";
import { ApiError } from "../../data/api.js";
import { describeError, errorCodeOf } from "../../data/describe-error.js";
import { applyChanges, type PreviewedChange, previewChanges } from "../../data/edits.js";
import { el, replaceChildren } from "../../dom/el.js";
import { actionWord, fieldChanges } from "../../model/change-lines.js";
import type { PendingChange } from "../../model/edit-forms.js";
import type { Revision } from "../../types.js";

export interface ReviewDeps {
  /** The change set; removing one here removes it from the set. */
  pending: PendingChange[];
  /** The graph revision the set was read at. */
  readRevision(): Promise<number>;
  token(): string;
  /** The set changed (a change removed). */
  changed(): void;
  /** The editor chose to look at the graph as it is now: the set is to be read again. */
  reloaded(): void;
  /** Written as `revision`: the set is done with; show the graph after it, focused on `focus`. */
  applied(revision: Revision, focus: string | null): Promise<void>;
  showLatest(): Promise<void>;
  /** Where the focus goes when the review closes. */
  returnFocus: HTMLElement;
}

export function openReview(deps: ReviewDeps): Promise<void> {
  const { pending } = deps;
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
          deps.changed();
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
        await deps.readRevision(),
        deps.token(),
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
        deps.reloaded();
        dialog.close();
        void deps.showLatest().then(() => deps.returnFocus.focus());
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
            await deps.readRevision(),
            deps.token(),
          );
          const first = revision.changes.find((c) => c.kind === "NODE" && c.action !== "RETRACTED");
          dialog.close();
          await deps.applied(revision, first?.id ?? null);
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
      deps.returnFocus.focus();
      resolve();
    });
    dialog.showModal();
    reason.focus();
    void check();
  });
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
      // The quotes it adds: all of an added element's, and those a change or an ending cites anew.
      type Quote = { source: string; quote: string };
      const citedIn = (record: unknown): Quote[] =>
        Array.isArray((record as { citations?: unknown } | null)?.citations)
          ? ((record as { citations: Quote[] }).citations ?? [])
          : [];
      const before = citedIn(change.before).map((q) => `${q.source}\n${q.quote}`);
      const quotes = citedIn(change.after).filter((q) => !before.includes(`${q.source}\n${q.quote}`));
      const fields = change.action === "UPDATED" || change.action === "ENDED" ? fieldChanges(change) : [];
      return el(
        "li",
        { class: `diff-${change.action.toLowerCase()}`, "data-element": change.id },
        el("strong", {}, `${actionWord(change.action)[0]?.toUpperCase()}${actionWord(change.action).slice(1)}`),
        ` ${what} (${change.id})`,
        fields.length > 0
          ? el("ul", {}, ...fields.map((f) => el("li", {}, `${f.field}: ${f.before} → ${f.after}`)))
          : null,
        quotes.length > 0
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
