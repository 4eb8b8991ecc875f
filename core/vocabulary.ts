// The graph's vocabulary, defined once: node labels, relationship types with the node labels they
// join, the phrase that reads them as a sentence and the family the page styles them by, and the
// closed lists of date precisions and figure qualifiers. The seed's schemas, the server, the SDL
// checks and the page (through schema/contract.ts) all read these lists. Pure data: no imports.

/** Node types; every one also carries the label `Entity` in Neo4j. */
export const nodeLabels = ["Organisation", "Group", "Arrangement", "Event", "Service", "Area", "Site"] as const;
export type NodeLabel = (typeof nodeLabels)[number];

/** What a relationship is about, for styling and legends: one colour family each. */
export type RelationshipFamily =
  | "partnership"
  | "membership"
  | "arrangement"
  | "provision"
  | "commissioning"
  | "place"
  | "voice"
  | "event"
  | "succession";

export interface RelationshipTerm {
  /** Node labels the relationship may start at. */
  readonly from: readonly NodeLabel[];
  /** Node labels it may end at. */
  readonly to: readonly NodeLabel[];
  /** Reads "FROM phrase TO": "ELFT is party to Alliance". */
  readonly phrase: string;
  readonly family: RelationshipFamily;
  /** Chains of this type must not loop back (an area inside itself, a body succeeding itself). */
  readonly acyclic?: boolean;
  /**
   * It records a transition (a succession, a transfer): it may begin on the very day one of its ends
   * ceases, and on that day the view shows it with that end as former.
   */
  readonly transition?: boolean;
}

const term = (
  from: readonly NodeLabel[],
  to: readonly NodeLabel[],
  phrase: string,
  family: RelationshipFamily,
  flags: { acyclic?: true; transition?: true } = {},
): RelationshipTerm => ({ from, to, phrase, family, ...flags });

/** Every relationship type between entities, in the order the seed files and legends list them. */
export const relationshipVocabulary = {
  PARTNER_IN: term(["Organisation"], ["Organisation"], "is a partner in", "partnership"),
  MEMBER_OF: term(["Organisation", "Group"], ["Organisation"], "is a member of", "membership", { acyclic: true }),
  PARTY_TO: term(["Organisation"], ["Arrangement"], "is party to", "arrangement"),
  LEAD_MANAGER_OF: term(["Organisation"], ["Arrangement"], "is lead manager of", "arrangement"),
  PROVIDES: term(["Organisation", "Arrangement"], ["Service"], "provides", "provision"),
  COMMISSIONS: term(["Organisation"], ["Service", "Arrangement"], "commissions", "commissioning"),
  SERVES: term(["Organisation", "Arrangement", "Service"], ["Area"], "serves", "place"),
  OPERATES: term(["Organisation"], ["Site"], "operates", "place"),
  PART_OF: term(["Area", "Site"], ["Area"], "is part of", "place", { acyclic: true }),
  WORKS_WITH: term(["Organisation"], ["Organisation", "Group"], "works with", "partnership"),
  ADVOCATES_TO: term(["Organisation"], ["Organisation", "Group"], "advocates to", "voice"),
  ESTABLISHED: term(["Event"], ["Organisation", "Arrangement"], "established", "event"),
  TRANSFERRED_FROM: term(["Event"], ["Organisation"], "transferred from", "event", { transition: true }),
  TRANSFERRED_TO: term(["Event"], ["Organisation"], "transferred to", "event", { transition: true }),
  CONCERNS: term(["Event"], ["Service", "Site", "Arrangement"], "concerns", "event"),
  PREDECESSOR: term(["Event"], ["Organisation"], "has predecessor", "succession", { transition: true }),
  SUCCESSOR: term(["Event"], ["Organisation"], "has successor", "succession", { transition: true }),
  SUCCEEDED: term(["Organisation"], ["Organisation"], "replaced", "succession", { acyclic: true, transition: true }),
} as const satisfies Record<string, RelationshipTerm>;

export type RelationshipType = keyof typeof relationshipVocabulary;
export const relationshipTypes = Object.keys(relationshipVocabulary) as RelationshipType[];
/** The families, in the order their first type is listed. */
export const relationshipFamilies: readonly RelationshipFamily[] = [
  ...new Set(Object.values(relationshipVocabulary).map((t: RelationshipTerm) => t.family)),
];

/** Organisations, events and areas link to their figures by this type; figures are not entities. */
export const figureRelationshipType = "HAS_FIGURE";

/** The types that record a transition (see RelationshipTerm.transition). */
export const transitionTypes = (Object.keys(relationshipVocabulary) as RelationshipType[]).filter(
  (type) => (relationshipVocabulary[type] as RelationshipTerm).transition === true,
);

export function isRelationshipType(value: string): value is RelationshipType {
  return Object.hasOwn(relationshipVocabulary, value);
}

/** "is party to" for a known type; a readable fallback ("has figure") for any other. */
export function relationshipPhrase(type: string): string {
  return isRelationshipType(type) ? relationshipVocabulary[type].phrase : type.toLowerCase().replaceAll("_", " ");
}

/**
 * Closed lists below are written as the seed files write them ("at least"); the API's enums and the
 * stored values are their enum values ("AT_LEAST"): enumValue and enumWord turn one into the other.
 */
export const enumValue = (word: string): string => word.toUpperCase().replaceAll(" ", "_");
export const enumWord = (value: string): string => value.toLowerCase().replaceAll("_", " ");

/** The rules a record may be exempted from, by name, with a recorded reason (`overrides`). */
export const overridableRules = ["dates-within-endpoints"] as const;
export type OverridableRule = (typeof overridableRules)[number];

/** How exactly a date is known: a day, a range standing for the source's words, or words alone. */
export const datePrecisions = ["day", "range", "unknown"] as const;
export type DatePrecisionWord = (typeof datePrecisions)[number];

/** How a figure's value relates to the number given ("around 16,000" is `about`). */
export const figureQualifiers = ["about", "over", "nearly", "at least", "up to"] as const;
export type FigureQualifierWord = (typeof figureQualifiers)[number];

/** A party's role in an arrangement, or a provider's responsibility for a service. */
export const edgeRoles = ["party", "lead manager", "responsible"] as const;
export type EdgeRoleWord = (typeof edgeRoles)[number];

/** Organisation kinds the page draws with a look of its own; other kinds share one look. */
export const organisationKinds = [
  "partnership",
  "NHS trust",
  "integrated care board",
  "clinical commissioning group",
  "GP federation",
  "local Healthwatch",
  "council for voluntary service",
] as const;

/**
 * How two organisations' relationships to one arrangement, event or group read as one link between
 * them, for the page's organisations view: organisation A joined to the hub by `a` and organisation
 * B joined to it by `b` make the link "A label B". In `label` and `sentence`, {hub} is the hub's
 * name, {kind} its kind, {year} the year it began (or "undated"), {staff} the staff a transfer
 * moved; {a} and {b} name the two organisations. A symmetric rule joins two of the same type once
 * per pair. `unlessDirect`: a relationship of that type between the two already says it.
 */
export interface OrganisationLinkRule {
  readonly a: RelationshipType;
  readonly b: RelationshipType;
  readonly label: string;
  readonly sentence: string;
  readonly symmetric?: boolean;
  readonly unlessDirect?: RelationshipType;
}

/** The hubs the organisations view folds away: what joins organisations without being one. */
export const foldedNodeLabels: readonly NodeLabel[] = ["Arrangement", "Event", "Group"];

export const organisationLinkRules: readonly OrganisationLinkRule[] = [
  {
    a: "PARTY_TO",
    b: "PARTY_TO",
    symmetric: true,
    label: "{hub} partner",
    sentence: "{a} and {b} are parties to the {hub}",
  },
  {
    a: "LEAD_MANAGER_OF",
    b: "PARTY_TO",
    label: "lead manager of the {hub} with",
    sentence: "{a} is lead manager of the {hub}, to which {b} is party",
  },
  {
    a: "LEAD_MANAGER_OF",
    b: "LEAD_MANAGER_OF",
    symmetric: true,
    label: "joint lead manager of the {hub}",
    sentence: "{a} and {b} are lead managers of the {hub}",
  },
  {
    a: "COMMISSIONS",
    b: "PARTY_TO",
    label: "commissions the {hub} from",
    sentence: "{a} commissions the {hub}, to which {b} is party",
  },
  {
    a: "COMMISSIONS",
    b: "LEAD_MANAGER_OF",
    label: "commissions the {hub} from",
    sentence: "{a} commissions the {hub}, which {b} leads",
  },
  {
    a: "TRANSFERRED_FROM",
    b: "TRANSFERRED_TO",
    label: "transferred {staff}to ({kind}, {year})",
    sentence: "{a} transferred {staff}to {b} ({hub}, {year})",
  },
  {
    a: "PREDECESSOR",
    b: "SUCCESSOR",
    label: "was replaced by ({year})",
    sentence: "{a} was replaced by {b} ({hub}, {year})",
    unlessDirect: "SUCCEEDED",
  },
  {
    a: "WORKS_WITH",
    b: "WORKS_WITH",
    symmetric: true,
    label: "both work with {hub}",
    sentence: "{a} and {b} both work with {hub}",
  },
  {
    a: "ADVOCATES_TO",
    b: "ADVOCATES_TO",
    symmetric: true,
    label: "both advocate to {hub}",
    sentence: "{a} and {b} both advocate to {hub}",
  },
];
