// The shape of a seed record, as zod schemas: what one record of a YAML file is. CSV rows are
// mapped to this same shape first (seed/read/csv-tables.ts), so both are checked by these schemas and
// by the same rules across records (seed/check/). In core because three readers share them: the seed
// files, the server's change sets, and the page's editing forms (checked in the form first).
import * as z from "zod";
import {
  figureQualifiers,
  type NodeLabel,
  overridableRules,
  type RelationshipType,
  relationshipTypes,
} from "./vocabulary.js";

export const isoDate = z
  .string()
  // abort: a date of the wrong form is one problem, not also "not a real calendar date".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date written YYYY-MM-DD", abort: true })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "is not a real calendar date");

/** A precise date, or imprecise wording with its normalised range, or wording alone. */
export const datePoint = z.union(
  [
    isoDate,
    z.strictObject({
      from: isoDate.optional(),
      to: isoDate.optional(),
      text: z.string({ error: "must keep the source's wording" }).min(1, "must keep the source's wording"),
    }),
  ],
  { error: "must be a date written YYYY-MM-DD, or { from, to, text } keeping the source's wording" },
);
export type DatePoint = z.infer<typeof datePoint>;

const citation = z.union(
  [
    z.string().min(1, "a quote cannot be empty"),
    z.strictObject({
      source: z.string({ error: "must name the quote's source" }).min(1),
      quote: z.string({ error: "a quote is required" }).min(1, "a quote cannot be empty"),
    }),
  ],
  { error: "must be a quote, or { source, quote }" },
);

const derivation = z.strictObject({
  fact: z.string().min(1),
  rule: z.string().min(1, "must say the rule that derives the fact"),
});

const override = z.strictObject({
  rule: z.enum(overridableRules, { error: `must be one of ${overridableRules.join(", ")}` }),
  reason: z.string({ error: "an override must say why" }).min(1, "an override must say why"),
});

export const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "must be lower-case letters, digits and hyphens, such as gp-care-group");

const names = z.array(z.string().min(1)).default([]);

/** Fields every node record has. */
const nodeFields = {
  id,
  name: z.string().min(1, "a name is required"),
  kind: z.string().min(1, "a kind is required"),
  shortNames: names,
  aliases: names,
  description: z.string().min(1).optional(),
  validFrom: datePoint.optional(),
  validTo: datePoint.optional(),
  cite: z.array(citation).min(1, "every record cites at least one quote"),
  derived: z.array(derivation).default([]),
};

/** An organisation's ids in other registers: its NHS ODS code, its charity number. `search` finds it by them. */
const externalIdShape = { odsCode: z.string().min(1).optional(), charityNumber: z.string().min(1).optional() };
export const externalIdFields = Object.keys(externalIdShape) as (keyof typeof externalIdShape)[];
const externalIds = z.strictObject(externalIdShape).optional();

export const organisationRecord = z.strictObject({
  ...nodeFields,
  externalIds,
});
export const groupRecord = z.strictObject(nodeFields);
export const arrangementRecord = z.strictObject({ ...nodeFields, scope: z.array(z.string().min(1)).default([]) });
export const eventRecord = z.strictObject({ ...nodeFields, legalBasis: z.string().min(1).optional() });
export const serviceRecord = z.strictObject(nodeFields);
export const areaRecord = z.strictObject(nodeFields);
export const siteRecord = z.strictObject(nodeFields);
export type NodeRecord = z.output<typeof organisationRecord> & { scope?: string[]; legalBasis?: string };

/** The schema of each node type's records: the files, the spreadsheets and the change model read by these. */
export const nodeRecordSchemas: Readonly<Record<NodeLabel, z.ZodObject>> = {
  Organisation: organisationRecord,
  Group: groupRecord,
  Arrangement: arrangementRecord,
  Event: eventRecord,
  Service: serviceRecord,
  Area: areaRecord,
  Site: siteRecord,
};

const relationshipTypeNames = relationshipTypes as [RelationshipType, ...RelationshipType[]];
const relationshipType = z.enum(relationshipTypeNames, {
  error: `must be one of ${relationshipTypes.join(", ")}`,
});

const propertyValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())], {
  error: "must be text, a number, true or false, or a list of text",
});

export const relationshipRecord = z.strictObject({
  id: z.string().min(1).optional(),
  type: relationshipType,
  from: id,
  to: id,
  validFrom: datePoint.optional(),
  validTo: datePoint.optional(),
  properties: z
    .record(z.string().regex(/^[a-z][A-Za-z0-9]*$/, "property names are camelCase"), propertyValue)
    .default({}),
  cite: z.array(citation).min(1, "every relationship cites at least one quote"),
  derived: z.array(derivation).default([]),
  /** Rules this relationship is exempt from, each with the reason, stored with it. */
  overrides: z.array(override).default([]),
});
export type RelationshipRecord = z.output<typeof relationshipRecord>;

/** A change set's citations always say which source they quote. */
export const changeCitations = z.array(
  z.strictObject({
    source: z.string({ error: "must name the quote's source" }).min(1, "must name the quote's source"),
    quote: z.string({ error: "a quote is required" }).min(1, "a quote cannot be empty"),
  }),
  { error: "must be a list of { source, quote }" },
);

const changeNames = z.array(z.string().min(1, "cannot be empty"));
/** The fields of a node a change set may set: every one optional, none empty. */
export const nodeUpdate = z.strictObject({
  name: z.string().min(1, "a name cannot be empty").optional(),
  kind: z.string().min(1, "a kind cannot be empty").optional(),
  shortNames: changeNames.optional(),
  aliases: changeNames.optional(),
  description: z.string().min(1).optional(),
  validFrom: datePoint.optional(),
  validTo: datePoint.optional(),
  externalIds,
  scope: changeNames.optional(),
  legalBasis: z.string().min(1).optional(),
});
/** The fields of a relationship a change set may set. */
export const relationshipUpdate = relationshipRecord
  .pick({ validFrom: true, validTo: true, properties: true, overrides: true })
  .partial();

/** A figure: a number a source gives about a record (only in figures*.csv so far). */
export const figureRecord = z.strictObject({
  id,
  subject: id,
  measure: z.string().min(1),
  value: z.number({ error: "must be a number" }).refine(Number.isFinite, "must be a finite number"),
  unit: z.string().min(1),
  /** Only where the source's words give one ("around", "over", "nearly"); none for a plain number. */
  qualifier: z
    .enum(figureQualifiers, { error: `must be one of ${figureQualifiers.join(", ")}, or left empty` })
    .optional(),
  display: z.string().min(1),
  asOf: isoDate.optional(),
  asOfText: z.string().min(1).optional(),
  cite: z.array(citation).min(1, "every figure cites a quote"),
});
export type FigureRecord = z.output<typeof figureRecord>;

export const sourceRecord = z
  .strictObject({
    id,
    title: z.string().min(1),
    file: z
      .string()
      .regex(/^[^/\\]+$/, "must be a file name in seed/sources/")
      .optional(),
    url: z.url().optional(),
    publisher: z.string().min(1).optional(),
    dated: z.strictObject({ from: isoDate.optional(), to: isoDate.optional(), text: z.string().min(1) }).optional(),
  })
  .refine((s) => s.file !== undefined || s.url !== undefined, "a source needs a file (shipped) or a url (linked)");
export type SourceRecord = z.output<typeof sourceRecord>;

/** The frame of a YAML file of records; each record is then checked on its own. */
export const recordFile = z.strictObject({
  defaultSource: z.string().min(1, "must name the source of plain-string quotes"),
  records: z.array(z.unknown()),
});
export const placesFile = z.strictObject({
  defaultSource: z.string().min(1, "must name the source of plain-string quotes"),
  areas: z.array(z.unknown()).default([]),
  sites: z.array(z.unknown()).default([]),
});
export const sourcesFile = z.array(z.unknown());
