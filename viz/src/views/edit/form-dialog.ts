// One editing form as a modal dialog, drawn from its FormSpec (model/edit-forms.ts): a labelled
// control per field, its hint and its error slot tied to it (aria-describedby), required fields
// marked. Submitting asks `check` (the schemas, then the server's preview); its problems are
// placed at their fields (aria-invalid, the code in data-code) and the first gets the focus.
// Cancel and Escape close it, writing nothing.
import { el, replaceChildren } from "../../dom/el.js";
import type {
  Citation,
  DateValue,
  FieldProblem,
  FieldSpec,
  FieldValue,
  FormSpec,
  FormValues,
} from "../../model/edit-forms.js";

export interface FormDialogDeps {
  /** Every problem with the values (none: accepted, and the dialog closes). */
  check(values: FormValues): Promise<FieldProblem[]>;
  /** Opens the citation picker; resolves with the chosen quote, or null. */
  pickCitation(): Promise<Citation | null>;
  /** Suggestions for a node field as the editor types: id and name. */
  suggestNodes(text: string): Promise<{ id: string; label: string }[]>;
  /** Hides the dialog while the editor clicks a node on the graph; resolves with its id, or null. */
  pickNode(): Promise<string | null>;
  /** Called as the name is typed, for fields that follow it (an id made from the name). */
  onInput?(name: string, values: FormValues, set: (field: string, value: string) => void): void;
}

let forms = 0;

interface Control {
  spec: FieldSpec;
  read(): FieldValue;
  write(value: FieldValue): void;
  focus(): void;
  box: HTMLElement;
  error: HTMLElement;
  inputs: HTMLElement[];
}

function textControl(spec: FieldSpec, id: string, describedBy: string): Omit<Control, "box" | "error"> {
  const multi = spec.widget === "textarea" || spec.widget === "list";
  const input = multi
    ? el("textarea", { id, rows: spec.widget === "list" ? "2" : "3", "aria-describedby": describedBy })
    : el("input", {
        id,
        type: spec.widget === "number" ? "number" : "text",
        autocomplete: "off",
        "aria-describedby": describedBy,
        ...(spec.widget === "number" ? { min: "0", step: "1" } : {}),
        ...(spec.options ? { list: `${id}-options` } : {}),
      });
  if (spec.required) input.setAttribute("aria-required", "true");
  if (spec.readOnly) input.setAttribute("readonly", "");
  return {
    spec,
    inputs: [input],
    read: () => (spec.widget === "list" ? input.value.split("\n") : input.value),
    write: (value) => {
      input.value = Array.isArray(value) ? (value as string[]).join("\n") : typeof value === "string" ? value : "";
    },
    focus: () => input.focus(),
  };
}

function selectControl(spec: FieldSpec, id: string, describedBy: string): Omit<Control, "box" | "error"> {
  const select = el(
    "select",
    { id, "aria-describedby": describedBy, ...(spec.required ? { "aria-required": "true" } : {}) },
    ...(spec.required ? [el("option", { value: "" }, "Choose …")] : []),
    ...(spec.options ?? []).map((o) => el("option", { value: o.value }, o.label)),
  );
  return {
    spec,
    inputs: [select],
    read: () => select.value,
    write: (value) => {
      select.value = typeof value === "string" ? value : "";
    },
    focus: () => select.focus(),
  };
}

/** A day, or the source's words with the range they stand for. */
function dateControl(spec: FieldSpec, id: string, describedBy: string): Omit<Control, "box" | "error"> {
  const day = el("input", { id, type: "date", "aria-describedby": describedBy });
  const text = el("input", { id: `${id}-text`, type: "text", autocomplete: "off", "aria-describedby": describedBy });
  const from = el("input", { id: `${id}-from`, type: "date", "aria-describedby": describedBy });
  const to = el("input", { id: `${id}-to`, type: "date", "aria-describedby": describedBy });
  return {
    spec,
    inputs: [day, text, from, to],
    read: (): DateValue => ({ day: day.value, text: text.value, from: from.value, to: to.value }),
    write: (value) => {
      const v = (value ?? {}) as DateValue;
      day.value = v.day ?? "";
      text.value = v.text ?? "";
      from.value = v.from ?? "";
      to.value = v.to ?? "";
    },
    focus: () => day.focus(),
  };
}

function citeControl(
  spec: FieldSpec,
  id: string,
  describedBy: string,
  deps: FormDialogDeps,
): Omit<Control, "box" | "error"> {
  let chosen: Citation[] = [];
  const list = el("ul", { class: "chosen-quotes", id: `${id}-list`, "aria-label": "Chosen evidence" });
  const add = el("button", { type: "button", id, class: "choose-evidence", "aria-describedby": describedBy });
  add.textContent = "Choose evidence in a source…";
  const render = () => {
    replaceChildren(
      list,
      ...chosen.map((c, i) => {
        const remove = el("button", { type: "button", class: "remove-quote" }, "Remove");
        remove.setAttribute("aria-label", `Remove the quote “${c.quote.slice(0, 40)}”`);
        remove.addEventListener("click", () => {
          chosen = chosen.filter((_, j) => j !== i);
          render();
          add.focus();
        });
        return el("li", {}, el("q", {}, c.quote), " ", el("span", { class: "quote-source" }, `(${c.source})`), remove);
      }),
    );
  };
  add.addEventListener("click", () => {
    void deps.pickCitation().then((citation) => {
      if (citation && !chosen.some((c) => c.source === citation.source && c.quote === citation.quote))
        chosen = [...chosen, citation];
      render();
      add.focus();
    });
  });
  return {
    spec,
    inputs: [list, add],
    read: () => chosen,
    write: (value) => {
      chosen = Array.isArray(value) ? (value as Citation[]) : [];
      render();
    },
    focus: () => add.focus(),
  };
}

function nodeControl(
  spec: FieldSpec,
  id: string,
  describedBy: string,
  deps: FormDialogDeps,
): Omit<Control, "box" | "error"> {
  const input = el("input", {
    id,
    type: "text",
    autocomplete: "off",
    list: `${id}-options`,
    "aria-describedby": describedBy,
    "aria-required": spec.required ? "true" : undefined,
  });
  const options = el("datalist", { id: `${id}-options` });
  let asked = 0;
  input.addEventListener("input", () => {
    const text = input.value.trim();
    if (text.length < 2) return;
    const mine = ++asked;
    void deps.suggestNodes(text).then(
      (found) => {
        if (mine !== asked) return;
        replaceChildren(options, ...found.map((n) => el("option", { value: n.id }, n.label)));
      },
      () => {},
    );
  });
  const pick = el("button", { type: "button", class: "pick-on-graph" }, "Pick on the graph");
  pick.addEventListener("click", () => {
    void deps.pickNode().then((picked) => {
      if (picked) input.value = picked;
      input.focus();
    });
  });
  return {
    spec,
    inputs: [input, options, pick],
    read: () => input.value,
    write: (value) => {
      input.value = typeof value === "string" ? value : "";
    },
    focus: () => input.focus(),
  };
}

/** A document's text: pasted into the box, or read from a plain-text file chosen beside it. */
function textFileControl(spec: FieldSpec, id: string, describedBy: string): Omit<Control, "box" | "error"> {
  const text = el("textarea", { id, rows: "5", "aria-describedby": describedBy, spellcheck: "false" });
  const file = el("input", {
    id: `${id}-file`,
    type: "file",
    accept: ".txt,text/plain",
    "aria-label": `${spec.label}: a text file`,
  });
  file.addEventListener("change", () => {
    const chosen = file.files?.[0];
    if (chosen)
      void chosen.text().then((content) => {
        text.value = content;
      });
  });
  return {
    spec,
    inputs: [text, file],
    read: () => text.value,
    write: (value) => {
      text.value = typeof value === "string" ? value : "";
    },
    focus: () => text.focus(),
  };
}

function controlFor(spec: FieldSpec, formId: string, deps: FormDialogDeps): Control {
  const id = `${formId}-${spec.name}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = spec.hint ? `${hintId} ${errorId}` : errorId;
  const made =
    spec.widget === "select"
      ? selectControl(spec, id, describedBy)
      : spec.widget === "date" || spec.widget === "day"
        ? dateControl(spec, id, describedBy)
        : spec.widget === "cite"
          ? citeControl(spec, id, describedBy, deps)
          : spec.widget === "node"
            ? nodeControl(spec, id, describedBy, deps)
            : spec.widget === "textfile"
              ? textFileControl(spec, id, describedBy)
              : textControl(spec, id, describedBy);
  const error = el("p", { id: errorId, class: "field-error" });
  const hint = spec.hint ? el("p", { id: hintId, class: "field-hint" }, spec.hint) : null;
  const required = spec.required ? el("span", { class: "required" }, " (required)") : null;
  let box: HTMLElement;
  if (spec.widget === "date") {
    const [day, text, from, to] = made.inputs as HTMLInputElement[];
    box = el(
      "fieldset",
      { class: "field date-field", "data-field": spec.name },
      el("legend", {}, spec.label, required),
      hint,
      el("label", { for: id }, "Day"),
      day,
      el("label", { for: `${id}-text` }, "or the source's words"),
      text,
      el(
        "span",
        { class: "date-range" },
        el("label", { for: `${id}-from` }, "standing for the days from"),
        from,
        el("label", { for: `${id}-to` }, "to"),
        to,
      ),
      error,
    );
  } else {
    const datalist = spec.options && spec.widget === "text" ? el("datalist", { id: `${id}-options` }) : null;
    if (datalist) for (const o of spec.options ?? []) datalist.append(el("option", { value: o.value }, o.label));
    box = el(
      "div",
      { class: "field", "data-field": spec.name },
      spec.widget === "cite"
        ? el("span", { class: "field-label", id: `${id}-label` }, spec.label, required)
        : el("label", { for: id }, spec.label, required),
      hint,
      ...made.inputs,
      datalist,
      error,
    );
  }
  return { ...made, box, error };
}

/** Opens `form` with `initial` values; resolves with the accepted values, or null when cancelled. */
export function openFormDialog(form: FormSpec, initial: FormValues, deps: FormDialogDeps): Promise<FormValues | null> {
  const formId = `edit-form-${++forms}`;
  const headingId = `${formId}-heading`;
  let picking = false;
  // A modal dialog makes the graph inert: it is closed while the editor clicks a node, then shown again.
  const local: FormDialogDeps = {
    ...deps,
    async pickNode() {
      picking = true;
      dialog.close();
      try {
        return await deps.pickNode();
      } finally {
        dialog.showModal();
        picking = false;
      }
    },
  };
  const controls = form.fields.map((spec) => controlFor(spec, formId, local));
  const formError = el("p", { class: "field-error form-error", id: `${formId}-error` });
  const submit = el("button", { type: "submit" }, form.submitLabel);
  const cancel = el("button", { type: "button" }, "Cancel");
  const formEl = el(
    "form",
    { novalidate: true, "aria-labelledby": headingId, "aria-describedby": formError.id },
    el("h2", { id: headingId }, form.title),
    ...controls.map((c) => c.box),
    formError,
    el("div", { class: "buttons" }, submit, cancel),
  );
  const dialog = el("dialog", { class: "edit-dialog", "aria-labelledby": headingId, "data-form": form.kind }, formEl);
  document.body.append(dialog);
  for (const control of controls) control.write(initial[control.spec.name]);

  const values = (): FormValues =>
    Object.fromEntries(controls.filter((c) => !c.spec.readOnly).map((c) => [c.spec.name, c.read()]));
  const set = (field: string, value: string) => controls.find((c) => c.spec.name === field)?.write(value);
  if (deps.onInput)
    formEl.addEventListener("input", (event) => {
      const target = event.target as HTMLElement;
      const control = controls.find((c) => c.inputs.includes(target));
      if (control) deps.onInput?.(control.spec.name, values(), set);
    });

  const clear = () => {
    for (const c of controls) {
      c.error.textContent = "";
      delete c.error.dataset.code;
      for (const input of c.inputs) input.removeAttribute("aria-invalid");
    }
    formError.textContent = "";
    delete formError.dataset.code;
  };
  const show = (problems: FieldProblem[]) => {
    for (const problem of problems) {
      const control = controls.find((c) => c.spec.name === problem.field);
      const slot = control ? control.error : formError;
      slot.textContent = slot.textContent ? `${slot.textContent} ${problem.message}` : problem.message;
      slot.dataset.code ??= problem.code;
      for (const input of control?.inputs ?? [])
        if (input.tagName !== "DATALIST" && input.tagName !== "UL") input.setAttribute("aria-invalid", "true");
    }
    const first = controls.find((c) => problems.some((p) => p.field === c.spec.name));
    if (first) first.focus();
    else submit.focus();
  };

  return new Promise((resolve) => {
    let accepted: FormValues | null = null;
    formEl.addEventListener("submit", (event) => {
      event.preventDefault();
      clear();
      submit.disabled = true;
      formEl.setAttribute("aria-busy", "true");
      const filled = values();
      deps
        .check(filled)
        .then(
          (problems) => {
            if (problems.length > 0) return show(problems);
            accepted = filled;
            dialog.close();
          },
          (failure: unknown) =>
            show([
              { field: "", code: "INTERNAL_SERVER_ERROR", message: String((failure as Error).message ?? failure) },
            ]),
        )
        .finally(() => {
          submit.disabled = false;
          formEl.removeAttribute("aria-busy");
        });
    });
    cancel.addEventListener("click", () => dialog.close());
    dialog.addEventListener("close", () => {
      if (picking) return;
      resolve(accepted);
      // After the caller has taken the answer: a dialog gone means the page has done with it.
      queueMicrotask(() => dialog.remove());
    });
    dialog.showModal();
    (controls.find((c) => !c.spec.readOnly) ?? controls[0])?.focus();
  });
}
