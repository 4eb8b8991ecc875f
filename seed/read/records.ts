// The shape of the seed files (seed/data/*.yaml, *.csv), as zod schemas. Checks that need more
// than one record (references, duplicates, quotes against documents) are in check/check-seed.ts.
import { z } from "zod";
import { figureQualifiers, type RelationshipType, relationshipTypes } from "../../core/vocabulary.js";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "is not a real calendar date");

/** A precise date, or imprecise wording with its normalised range, or wording alone. */
export const datePoint = z.union([
  isoDate,
  z.strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    text: z.string().min(1, "must keep the source's wording"),
  }),
]);
export type DatePoint = z.infer<typeof datePoint>;

const citation = z.union([
  z.string().min(1, "a quote cannot be empty"),
  z.strictObject({ source: z.string().min(1), quote: z.string().min(1, "a quote cannot be empty") }),
]);

const derivation = z.strictObject({
  fact: z.string().min(1),
  rule: z.string().min(1, "must say the rule that derives the fact"),
});

const id = z
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

export const organisationRecord = z.strictObject({
  ...nodeFields,
  externalIds: z
    .strictObject({ odsCode: z.string().min(1).optional(), charityNumber: z.string().min(1).optional() })
    .optional(),
});
export const groupRecord = z.strictObject(nodeFields);
export const arrangementRecord = z.strictObject({ ...nodeFields, scope: z.array(z.string().min(1)).default([]) });
export const eventRecord = z.strictObject({ ...nodeFields, legalBasis: z.string().min(1).optional() });
export const serviceRecord = z.strictObject(nodeFields);
export const areaRecord = z.strictObject(nodeFields);
export const siteRecord = z.strictObject(nodeFields);

const relationshipTypeNames = relationshipTypes as [RelationshipType, ...RelationshipType[]];
const relationshipType = z.enum(relationshipTypeNames, {
  error: `must be one of ${relationshipTypes.join(", ")}`,
});

const propertyValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

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
});

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

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);

/** One row of figures.csv; every cell arrives as a string. */
export const figureRow = z.strictObject({
  id,
  subject: id,
  measure: z.string().min(1),
  value: z.coerce.number({ error: "must be a number" }).refine(Number.isFinite, "must be a finite number"),
  unit: z.string().min(1),
  qualifier: z.enum(figureQualifiers),
  display: z.string().min(1),
  asOf: z.preprocess(emptyToUndefined, isoDate.optional()),
  asOfText: z.preprocess(emptyToUndefined, z.string().optional()),
  quote: z.string().min(1, "every figure cites a quote"),
  source: z.string().min(1),
});

/** A YAML file of records: `defaultSource` names the source of plain-string quotes. */
export const recordFile = <T extends z.ZodType>(record: T) =>
  z.strictObject({ defaultSource: z.string().min(1), records: z.array(record) });

export const placesFile = z.strictObject({
  defaultSource: z.string().min(1),
  areas: z.array(areaRecord).default([]),
  sites: z.array(siteRecord).default([]),
});

export const sourcesFile = z.array(sourceRecord);

const optionalDate = z.preprocess(emptyToUndefined, isoDate.optional());
const pipeList = z.preprocess(
  (value) => (typeof value === "string" && value !== "" ? value.split("|").map((v) => v.trim()) : []),
  z.array(z.string().min(1)),
);
const optionalText = z.preprocess(emptyToUndefined, z.string().min(1).optional());

/** One row of organisations*.csv: the tabular form of organisations.yaml (precise dates only). */
export const organisationRow = z.strictObject({
  id,
  name: z.string().min(1, "a name is required"),
  kind: z.string().min(1, "a kind is required"),
  shortNames: pipeList,
  aliases: pipeList,
  description: optionalText,
  validFrom: optionalDate,
  validTo: optionalDate,
  odsCode: optionalText,
  charityNumber: optionalText,
  quote: z.string().min(1, "every record cites a quote"),
  source: z.string().min(1),
});

/** One row of relationships*.csv: the tabular form of relationships.yaml. */
export const relationshipRow = z.strictObject({
  id: optionalText,
  type: relationshipType,
  from: id,
  to: id,
  validFrom: optionalDate,
  validTo: optionalDate,
  role: optionalText,
  quote: z.string().min(1, "every relationship cites a quote"),
  source: z.string().min(1),
});
