// zod's issues in plain words, each at the path of the field it is about. Unions report the
// alternative the value was meant to be (a { source, quote } citation missing its quote says so),
// not "Invalid input".
import type { z } from "zod";
import { closest } from "./edit-distance.js";

export interface FieldIssue {
  path: PropertyKey[];
  message: string;
}

type Issue = z.core.$ZodIssue;

const words: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping (field: value)",
};

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "empty";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "boolean") return "true or false";
  return words[typeof value] ?? typeof value;
}

function at(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const key of path)
    v = v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

const isDefault = (message: string) => /^(Invalid|Too (small|big)|Unrecognized)/.test(message);

/**
 * The problems of `error` for `value`; `fields` are the fields its top level allows, for a
 * "did you mean" on an unknown one.
 */
export function fieldIssues(error: z.ZodError, value: unknown, fields: readonly string[] = []): FieldIssue[] {
  const out: FieldIssue[] = [];
  const visit = (issue: Issue, base: PropertyKey[]) => {
    const path = [...base, ...issue.path];
    switch (issue.code) {
      case "invalid_union": {
        const meant = issue.errors.filter(
          (branch) => !branch.some((i) => i.code === "invalid_type" && i.path.length === 0),
        );
        const branch = meant[0];
        if (branch && (meant.length === 1 || isDefault(issue.message))) for (const i of branch) visit(i, path);
        else
          out.push({
            path,
            message: isDefault(issue.message) ? `cannot be ${kindOf(at(value, path))}` : issue.message,
          });
        return;
      }
      case "invalid_type": {
        const v = at(value, path);
        let message = issue.message;
        if (!isDefault(message)) message = issue.message;
        else if (v === undefined) message = "is required";
        else if (v === null) message = "is empty; give it a value or remove the field";
        else {
          const quote = typeof v === "number" || typeof v === "boolean" ? "; put it in quotes" : "";
          message = `must be ${words[issue.expected] ?? issue.expected}, not ${kindOf(v)}${quote}`;
        }
        out.push({ path, message });
        return;
      }
      case "unrecognized_keys":
        for (const key of issue.keys) {
          const near = path.length === 0 ? closest(key, fields) : undefined;
          out.push({
            path: [...path, key],
            message: `unknown field "${key}"${near ? `; did you mean "${near}"?` : ""}`,
          });
        }
        return;
      case "invalid_value":
        out.push({
          path,
          message: isDefault(issue.message) ? `must be one of ${issue.values.map(String).join(", ")}` : issue.message,
        });
        return;
      case "too_small":
        out.push({
          path,
          message: !isDefault(issue.message)
            ? issue.message
            : issue.origin === "string"
              ? "cannot be empty"
              : `needs at least ${String(issue.minimum)}`,
        });
        return;
      default:
        out.push({
          path,
          message: isDefault(issue.message) ? `is not in the right form (${issue.message})` : issue.message,
        });
    }
  };
  for (const issue of error.issues) visit(issue, []);
  // A misspelt field is one problem: `unknown field "nmae"; did you mean "name"?`, not also "name is required".
  const misspelt = new Set(out.map((i) => /did you mean "([^"]+)"/.exec(i.message)?.[1]).filter(Boolean));
  return out.filter(
    (i) => !(i.path.length === 1 && misspelt.has(String(i.path[0])) && at(value, i.path) === undefined),
  );
}
