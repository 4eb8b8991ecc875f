// An element's history in the details panel: each revision that changed it, newest first, with who,
// when and why, and what it changed field by field. An editor may revert a revision: the reason is
// asked in place, and a refusal (REVERT_CONFLICT when later changes depend on it) is said at the
// reason's field with its code in data-code, writing nothing.

import { describeError, errorCodeOf } from "../../data/describe-error.js";
import { el, replaceChildren } from "../../dom/el.js";
import { actionWord, fieldChanges } from "../../model/change-lines.js";
import type { Revision } from "../../types.js";

export interface HistoryDeps {
  fetchHistory(id: string): Promise<Revision[]>;
  /** Reverts `revision`; resolves with the new revision's id once the page shows the graph after it. */
  revert(revision: string, reason: string): Promise<string>;
}

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** "rev-3 · 3 Dec 2026, 14:05 UTC · alice". */
function revisionLine(revision: Revision): string {
  const origin = revision.origin === "SEED" ? " (seed files)" : revision.origin === "REVERT" ? " (a revert)" : "";
  return `${revision.id} · ${when.format(new Date(revision.at))} UTC · ${revision.author}${origin}`;
}

function revertForm(revision: Revision, deps: HistoryDeps, cancel: () => void): HTMLElement {
  const fieldId = `revert-reason-${revision.number}`;
  const errorId = `${fieldId}-error`;
  const reason = el("input", {
    id: fieldId,
    type: "text",
    required: true,
    autocomplete: "off",
    "aria-describedby": errorId,
  });
  const error = el("p", { id: errorId, class: "field-error", role: "alert" });
  const submit = el("button", { type: "submit" }, `Revert ${revision.id}`);
  const form = el(
    "form",
    { class: "revert-form", "aria-label": `Revert ${revision.id}`, novalidate: true },
    el("label", { for: fieldId }, `Why revert ${revision.id}?`),
    reason,
    error,
    el("div", { class: "buttons" }, submit, el("button", { type: "button", class: "cancel" }, "Cancel")),
  );
  const refuse = (words: string, code: string) => {
    error.textContent = words;
    error.dataset.code = code;
    reason.setAttribute("aria-invalid", "true");
    reason.focus();
  };
  form.querySelector(".cancel")?.addEventListener("click", cancel);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!reason.value.trim()) {
      refuse("Say why this revision should be undone: history keeps the reason.", "BAD_USER_INPUT");
      return;
    }
    submit.disabled = true;
    form.setAttribute("aria-busy", "true");
    deps.revert(revision.id, reason.value.trim()).then(
      () => {},
      (failure: unknown) => {
        submit.disabled = false;
        form.removeAttribute("aria-busy");
        refuse(describeError(failure), errorCodeOf(failure));
      },
    );
  });
  return form;
}

function revisionItem(revision: Revision, id: string, deps: HistoryDeps): HTMLElement {
  const mine = revision.changes.filter((c) => c.id === id);
  const lines = mine.flatMap((change) => {
    const fields = change.action === "UPDATED" || change.action === "ENDED" ? fieldChanges(change) : [];
    return [
      el("li", {}, actionWord(change.action)),
      ...fields.map((f) => el("li", { class: "field-change" }, `${f.field}: ${f.before} → ${f.after}`)),
    ];
  });
  const actions = el("div", { class: "buttons editor-only" });
  const item = el(
    "li",
    { class: "revision", "data-revision": revision.id },
    el("p", { class: "revision-line" }, revisionLine(revision)),
    el("p", { class: "revision-reason" }, `“${revision.reason}”`),
    lines.length > 0 ? el("ul", { class: "revision-changes" }, ...lines) : null,
    actions,
  );
  const showButton = () => {
    const button = el("button", { type: "button", class: "revert" }, `Revert ${revision.id}…`);
    button.addEventListener("click", () => {
      const form = revertForm(revision, deps, () => {
        showButton();
        actions.querySelector<HTMLButtonElement>("button.revert")?.focus();
      });
      replaceChildren(actions, form);
      form.querySelector("input")?.focus();
    });
    replaceChildren(actions, button);
  };
  showButton();
  return item;
}

/**
 * A section of the panel fetched while it is shown: "Loading…" (aria-busy) at once, then what
 * `fill` makes of the answer, or the failure in words; nothing if the panel has moved on.
 */
function sectionFetched<T>(
  className: string,
  heading: string,
  answer: Promise<T>,
  fill: (value: T) => (HTMLElement | null)[],
  isCurrent: () => boolean,
): HTMLElement {
  const section = el(
    "section",
    { class: className, "aria-busy": "true" },
    el("h3", {}, heading),
    el("p", { class: "muted" }, "Loading…"),
  );
  const show = (...content: (HTMLElement | null)[]) => {
    if (!isCurrent()) return;
    replaceChildren(section, el("h3", {}, heading), ...content);
    section.removeAttribute("aria-busy");
  };
  answer.then(
    (value) => show(...fill(value)),
    (error: unknown) => show(el("p", {}, describeError(error))),
  );
  return section;
}

/** The section, at once with "Loading…"; filled when the history arrives (if still shown). */
export function historySection(id: string, deps: HistoryDeps, isCurrent: () => boolean): HTMLElement {
  return sectionFetched(
    "history",
    "History",
    deps.fetchHistory(id),
    (revisions) => [
      revisions.length === 0
        ? el("p", { class: "muted" }, "No recorded changes: as loaded from the seed files.")
        : el("ol", { class: "revisions", reversed: true }, ...revisions.map((r) => revisionItem(r, id, deps))),
    ],
    isCurrent,
  );
}

export interface RecentChangesDeps {
  fetchRecentChanges(first: number): Promise<{ totalCount: number; revisions: Revision[] }>;
}

/**
 * "Recent changes": the latest revisions, newest first, each with who, when and why and what it
 * touched; a node it touched that the view knows is a button that focuses it.
 */
export function recentChangesSection(
  deps: RecentChangesDeps,
  known: (id: string) => string | null,
  focus: (id: string) => void,
  isCurrent: () => boolean,
  first = 10,
): HTMLElement {
  const touched = (change: Revision["changes"][number]) => {
    const label = known(change.id);
    const words = `${actionWord(change.action)}: ${label ?? change.id}`;
    if (change.kind !== "NODE" || label === null || change.action === "RETRACTED") return el("li", {}, words);
    const button = el("button", { type: "button", class: "link-button" }, words);
    button.addEventListener("click", () => focus(change.id));
    return el("li", {}, button);
  };
  return sectionFetched(
    "recent-changes",
    "Recent changes",
    deps.fetchRecentChanges(first),
    ({ totalCount, revisions }) => [
      revisions.length === 0
        ? el("p", { class: "muted" }, "No changes since the graph was loaded.")
        : el(
            "ol",
            { class: "revisions" },
            ...revisions.map((revision) =>
              el(
                "li",
                { class: "revision", "data-revision": revision.id },
                el("p", { class: "revision-line" }, revisionLine(revision)),
                el("p", { class: "revision-reason" }, `“${revision.reason}”`),
                revision.changes.length > 0
                  ? el("ul", { class: "revision-changes" }, ...revision.changes.slice(0, 8).map(touched))
                  : el("p", { class: "muted" }, "The whole graph was replaced."),
                revision.changes.length > 8
                  ? el("p", { class: "muted" }, `and ${revision.changes.length - 8} more`)
                  : null,
              ),
            ),
          ),
      totalCount > revisions.length
        ? el("p", { class: "muted" }, `The latest ${revisions.length} of ${totalCount}.`)
        : null,
    ],
    isCurrent,
  );
}
