// The editing forms: generated from the records' schemas (a field of a record is a field of its
// form), checked by the server's own schemas with the server's words (compared with the change
// model's parse of the same input), server problems placed at the form's fields, and the quotes a
// picker offers exactly as the source has them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ops } from "../../../core/change-inputs.js";
import { nodeRecordSchemas } from "../../../core/records.js";
import { nodeLabels, organisationKinds } from "../../../core/vocabulary.js";
import { parseOps } from "../../../seed/change/parse-ops.js";
import {
  addNodeForm,
  addRelationshipForm,
  addSourceForm,
  changeOf,
  checkForm,
  endRelationshipForm,
  type FormValues,
  formField,
  nodeFields,
  serverProblems,
  slugOf,
  updateNodeForm,
} from "../../../viz/src/model/edit-forms.js";
import { sentencesOf } from "../../../viz/src/model/sentences.js";

const quote = { source: "tht-partners", quote: "The Tower Hamlets CVS is an independent membership organisation" };
const organisation = addNodeForm("Organisation");

describe("editing forms", () => {
  it("has a field for every field of each node type's record, required as the schema requires it", () => {
    for (const label of nodeLabels) {
      const shape = (nodeRecordSchemas[label] as unknown as { shape: Record<string, unknown> }).shape;
      const expected = Object.keys(shape)
        .filter((k) => k !== "derived")
        .flatMap((k) => (k === "externalIds" ? ["odsCode", "charityNumber"] : [k]));
      const fields = nodeFields(label);
      expect(fields.map((f) => f.name)).toEqual(expected);
      expect(fields.filter((f) => f.required).map((f) => f.name)).toEqual(["id", "name", "kind", "cite"]);
      // Every field is labelled in words, not by its record name.
      for (const f of fields) expect(f.label).not.toBe(f.name);
    }
    expect(nodeFields("Arrangement").map((f) => f.name)).toContain("scope");
    expect(nodeFields("Event").map((f) => f.name)).toContain("legalBasis");
    const kind = nodeFields("Organisation").find((f) => f.name === "kind");
    expect(kind?.options?.map((o) => o.value)).toEqual([...organisationKinds]);
    expect(nodeFields("Organisation").find((f) => f.name === "validFrom")?.widget).toBe("date");
    expect(nodeFields("Organisation").find((f) => f.name === "aliases")?.widget).toBe("list");
  });

  it("refuses in the form what the server's schemas refuse, in the same words at the same field", () => {
    const samples: FormValues[] = [
      { id: "Bad Id", name: "X", kind: "charity", cite: [quote] },
      { id: "ok-id", name: "X", kind: "charity", validFrom: { day: "2023-02-30" }, cite: [quote] },
      { id: "ok-id", name: "X", kind: "charity", validTo: { text: "", from: "2020-01-01" }, cite: [quote] },
      { id: "ok-id", name: "X", kind: "charity", cite: [{ source: "tht-partners", quote: "" }] },
    ];
    for (const values of samples) {
      const problems = checkForm(organisation, values, { label: "Organisation" });
      const { op } = changeOf(organisation, values, { label: "Organisation" });
      const server = parseOps(op ? [op] : []).problems;
      expect(server.length).toBeGreaterThan(0);
      expect(problems.map((p) => [p.field, p.message])).toEqual(
        server.map((p) => [formField(organisation, p.field), p.message]),
      );
      expect(problems.every((p) => p.code === "SCHEMA_INVALID")).toBe(true);
    }
    // A correct form has no problem, and its change parses on the server.
    const good = { id: "ok-id", name: "X", kind: "charity", aliases: ["Y", " "], cite: [quote] };
    expect(checkForm(organisation, good, { label: "Organisation" })).toEqual([]);
    const { change, op } = changeOf(organisation, good, { label: "Organisation" });
    expect(change).toEqual({
      addNode: {
        type: "Organisation",
        node: { id: "ok-id", name: "X", kind: "charity", aliases: ["Y"], cite: [quote] },
      },
    });
    expect(parseOps(op ? [op] : []).problems).toEqual([]);
  });

  it("requires what the form requires before asking the schemas: a name, a kind, a quote", () => {
    const problems = checkForm(organisation, { id: "ok-id", name: "", kind: "", cite: [] }, {});
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ["name", "BAD_USER_INPUT"],
      ["kind", "BAD_USER_INPUT"],
      ["cite", "BAD_USER_INPUT"],
    ]);
  });

  it("sends only what an update changes, and says when nothing does", () => {
    const form = updateNodeForm("Organisation", "ELFT");
    const current: FormValues = {
      id: "elft",
      name: "ELFT",
      kind: "NHS trust",
      aliases: ["East London"],
      validFrom: { text: "", from: "", to: "" },
    };
    const target = { id: "elft", label: "Organisation" as const, current };
    const values = { ...current, aliases: ["East London", "ELFT NHS"], cite: [quote] };
    expect(changeOf(form, values, target).change).toEqual({
      updateNode: { id: "elft", set: { aliases: ["East London", "ELFT NHS"] }, cite: [quote] },
    });
    const unchanged = checkForm(form, { ...current, cite: [quote] }, target);
    expect(unchanged.map((p) => p.code)).toEqual(["NOTHING_CHANGED"]);
    expect(checkForm(form, { ...current, kind: "trust", cite: [] }, target).map((p) => p.field)).toEqual(["cite"]);
  });

  it("makes a relationship from a node, and an ending on a day, as the API takes them", () => {
    const form = addRelationshipForm("ELFT");
    const values = { type: "PARTY_TO", to: "alliance", validFrom: { day: "2016-04-01" }, role: "", cite: [quote] };
    expect(changeOf(form, values, { id: "elft" }).change).toEqual({
      addRelationship: {
        type: "PARTY_TO",
        to: "alliance",
        validFrom: { day: "2016-04-01" },
        cite: [quote],
        from: "elft",
      },
    });
    expect(checkForm(form, values, { id: "elft" })).toEqual([]);
    const end = endRelationshipForm("ELFT is party to the Alliance");
    expect(checkForm(end, { on: { day: "2024-13-01" }, cite: [quote] }, { id: "x" }).map((p) => p.field)).toEqual([
      "on",
    ]);
  });

  it("places the server's problems with one change of a set at the form's fields", () => {
    const problems = [
      { field: "changes[0].addNode.node.id", code: "DUPLICATE_ID", message: "taken" },
      { field: "changes[1].addRelationship.to", code: "ENDPOINT_KIND", message: "must be an arrangement" },
      { field: "changes[1].addRelationship.cite[0].quote", code: "CITATION_NOT_FOUND", message: "not in it" },
      { field: "changes[1].addRelationship.overrides", code: "X", message: "no such field here" },
    ];
    expect(serverProblems(addRelationshipForm("ELFT"), 1, problems)).toEqual([
      { field: "to", code: "ENDPOINT_KIND", message: "must be an arrangement" },
      { field: "cite", code: "CITATION_NOT_FOUND", message: "not in it" },
      { field: "", code: "X", message: "no such field here" },
    ]);
    expect(serverProblems(organisation, 0, problems).map((p) => p.field)).toEqual(["id"]);
    expect(formField(updateNodeForm("Organisation", "x"), "set.name")).toBe("name");
  });

  it("adds a source with its text or its address, checked as the change model checks one", () => {
    const form = addSourceForm();
    expect(form.fields.map((f) => f.name)).toEqual(["title", "id", "publisher", "dated", "url", "text"]);
    expect(checkForm(form, { title: "A review", id: "a-review" }, {}).map((p) => [p.field, p.code])).toEqual([
      ["text", "BAD_USER_INPUT"],
    ]);
    const linked = { title: "A review", id: "a-review", url: "not a url" };
    const { op } = changeOf(form, linked, {});
    expect(checkForm(form, linked, {}).map((p) => [p.field, p.message])).toEqual(
      parseOps(op ? [op] : []).problems.map((p) => [p.field, p.message]),
    );
    const shipped = { title: "A review", id: "a-review", text: "  It opened in 2019.\n" };
    expect(checkForm(form, shipped, {})).toEqual([]);
    // The text is kept as given: quotes are checked against it character for character.
    expect(changeOf(form, shipped, {}).change).toEqual({
      addSource: { title: "A review", id: "a-review", text: "  It opened in 2019.\n" },
    });
  });

  it("makes an id from a name as the records write ids", () => {
    expect(slugOf("Bromley by Bow Centre")).toBe("bromley-by-bow-centre");
    expect(slugOf("St Mary’s & St Joseph’s (Poplar)")).toBe("st-mary-s-and-st-joseph-s-poplar");
    expect(slugOf("Café Élan")).toBe("cafe-elan");
    expect(ops.addNode("Organisation", { id: slugOf("Café Élan") })).toMatchObject({ record: { id: "cafe-elan" } });
  });
});

describe("sentences of a source", () => {
  const text = readFileSync(
    join(import.meta.dirname, "..", "..", "..", "seed", "sources", "tower-hamlets-together-partners.txt"),
    "utf8",
  );

  it("splits the shipped source into sentences that are exactly its text", () => {
    const sentences = sentencesOf(text);
    expect(sentences.length).toBeGreaterThan(15);
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
    expect(sentences.map((s) => s.text)).toContain(
      "The GP Care Group is also the lead manager in the “Alliance” between Barts Health and ELFT.",
    );
  });

  it("ends a sentence at . ! ? with closing quotes, or at the end of its line, not inside a number", () => {
    expect(sentencesOf("It said “yes.” Then 2.5 staff left!\nNo full stop here\n\nLast?").map((s) => s.text)).toEqual([
      "It said “yes.”",
      "Then 2.5 staff left!",
      "No full stop here",
      "Last?",
    ]);
  });
});
