/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddNodeInput = {
  node: NodeInput;
  type: NodeType;
};

/**
 * Whether a node or relationship holds on the day asked (README, "Time"): KNOWN when its dates place
 * it there; UNCERTAIN when a start or end the source leaves unknown, or gives as a range, overlaps the
 * day. In answers for all time, KNOWN.
 */
export type Certainty =
  | 'KNOWN'
  | 'UNCERTAIN';

/** What a change did to one element. */
export type ChangeAction =
  | 'ADDED'
  | 'ENDED'
  | 'REMOVED'
  | 'RETRACTED'
  | 'UPDATED';

/** One operation of a change set: set exactly one field. */
export type ChangeInput = {
  addFigure?: FigureInput | null | undefined;
  addNode?: AddNodeInput | null | undefined;
  addRelationship?: RelationshipInput | null | undefined;
  addSource?: SourceInput | null | undefined;
  endRelationship?: EndRelationshipInput | null | undefined;
  removeSource?: IdInput | null | undefined;
  /** A node (with its relationships and figures), relationship or figure found wrong: gone from the graph, kept in history. */
  retract?: IdInput | null | undefined;
  updateNode?: UpdateNodeInput | null | undefined;
  updateRelationship?: UpdateRelationshipInput | null | undefined;
};

/** A verbatim quote and the id of the source it is from. Quotes of a shipped source must be in its text exactly. */
export type CitationInput = {
  quote: string;
  source: string;
};

/** A date as the source gives it: `day` for an exact day; otherwise `text`, the source's words, with the range they stand for (`from`, `to`) when the words give one ('late 2013': from 2013-09-01 to 2013-12-31). */
export type DateInput = {
  day?: string | null | undefined;
  from?: string | null | undefined;
  text?: string | null | undefined;
  to?: string | null | undefined;
};

/** How exactly a date is known. */
export type DatePrecision =
  /** the day itself */
  | 'DAY'
  /** a range the source's words stand for */
  | 'RANGE'
  /** words alone, no range */
  | 'UNKNOWN';

/** A party's role in an arrangement, or a provider's responsibility for a service. */
export type EdgeRole =
  /** lead manager */
  | 'LEAD_MANAGER'
  /** party */
  | 'PARTY'
  /** responsible */
  | 'RESPONSIBLE';

/** What kind of element changed. */
export type ElementKind =
  | 'FIGURE'
  | 'NODE'
  | 'RELATIONSHIP'
  | 'SOURCE'
  /** A story saved from the page (its id is `story:<id>`). */
  | 'STORY';

/** Where a node or relationship stands on the day asked. */
export type ElementStatus =
  /** It holds (known or uncertain). */
  | 'CURRENT'
  /**
   * It no longer holds: it ended on the day of a transition the answer shows (the CCG on 1 July 2022,
   * when NHS North East London replaced it), or before the day and `includeFormer` asked for it. In
   * answers for all time: it has ended.
   */
  | 'FORMER'
  /** In answers for all time: it begins after today. */
  | 'FUTURE';

export type EndRelationshipInput = {
  cite: Array<CitationInput>;
  id: string;
  /** The first day it no longer holds. */
  on: DateInput;
};

/** A number a source gives about a node. */
export type FigureInput = {
  asOf?: string | null | undefined;
  asOfText?: string | null | undefined;
  cite: Array<CitationInput>;
  display: string;
  id: string;
  measure: string;
  qualifier?: FigureQualifier | null | undefined;
  subject: string;
  unit: string;
  value: number;
};

/** How a figure's value relates to the number given ('around 16,000' is ABOUT). */
export type FigureQualifier =
  /** about */
  | 'ABOUT'
  /** at least */
  | 'AT_LEAST'
  /** nearly */
  | 'NEARLY'
  /** over */
  | 'OVER'
  /** up to */
  | 'UP_TO';

export type IdInput = {
  id: string;
};

/** The fields of a node to change; the ones left out stay as they are. */
export type NodeChangesInput = {
  aliases?: Array<string> | null | undefined;
  charityNumber?: string | null | undefined;
  description?: string | null | undefined;
  kind?: string | null | undefined;
  legalBasis?: string | null | undefined;
  name?: string | null | undefined;
  odsCode?: string | null | undefined;
  scope?: Array<string> | null | undefined;
  shortNames?: Array<string> | null | undefined;
  validFrom?: DateInput | null | undefined;
  validTo?: DateInput | null | undefined;
};

/** A new node. `odsCode` and `charityNumber` are for organisations, `scope` for arrangements, `legalBasis` for events. */
export type NodeInput = {
  aliases?: Array<string> | null | undefined;
  charityNumber?: string | null | undefined;
  /** At least one quote that says what this node is. */
  cite: Array<CitationInput>;
  description?: string | null | undefined;
  /** Lower-case letters, digits and hyphens (`royal-london-hospital`), unique across the graph. */
  id: string;
  kind: string;
  legalBasis?: string | null | undefined;
  name: string;
  odsCode?: string | null | undefined;
  scope?: Array<string> | null | undefined;
  shortNames?: Array<string> | null | undefined;
  validFrom?: DateInput | null | undefined;
  validTo?: DateInput | null | undefined;
};

/** The kinds of node the graph holds (Neo4j labels). */
export type NodeType =
  | 'Area'
  | 'Arrangement'
  | 'Event'
  | 'Group'
  | 'Organisation'
  | 'Service'
  | 'Site';

/** Rules a relationship may be exempted from, with a reason. */
export type OverridableRule =
  /** it holds only while both its ends exist */
  | 'DATES_WITHIN_ENDPOINTS';

/** A rule a relationship is exempt from, and why; stored with it. */
export type OverrideInput = {
  reason: string;
  rule: OverridableRule;
};

/** The fields of a relationship to change; the ones left out stay as they are. */
export type RelationshipChangesInput = {
  memberCount?: number | null | undefined;
  overrides?: Array<OverrideInput> | null | undefined;
  purpose?: string | null | undefined;
  recipients?: Array<string> | null | undefined;
  role?: EdgeRole | null | undefined;
  siteType?: string | null | undefined;
  staff?: number | null | undefined;
  validFrom?: DateInput | null | undefined;
  validTo?: DateInput | null | undefined;
};

/** A new relationship: `from` TYPE `to`, as the vocabulary reads it ('ELFT is party to the Alliance'). */
export type RelationshipInput = {
  /** At least one quote that says so. */
  cite: Array<CitationInput>;
  from: string;
  /** Made from type, from and to (`PARTY_TO:elft->alliance`) unless given. */
  id?: string | null | undefined;
  memberCount?: number | null | undefined;
  overrides?: Array<OverrideInput> | null | undefined;
  purpose?: string | null | undefined;
  recipients?: Array<string> | null | undefined;
  role?: EdgeRole | null | undefined;
  siteType?: string | null | undefined;
  staff?: number | null | undefined;
  to: string;
  type: RelationshipType;
  validFrom?: DateInput | null | undefined;
  validTo?: DateInput | null | undefined;
};

/** The relationship types of the graph; each reads as a sentence from its start to its end. */
export type RelationshipType =
  /** FROM advocates to TO */
  | 'ADVOCATES_TO'
  /** FROM commissions TO */
  | 'COMMISSIONS'
  /** FROM concerns TO */
  | 'CONCERNS'
  /** FROM established TO */
  | 'ESTABLISHED'
  /** FROM is lead manager of TO */
  | 'LEAD_MANAGER_OF'
  /** FROM is a member of TO */
  | 'MEMBER_OF'
  /** FROM operates TO */
  | 'OPERATES'
  /** FROM is a partner in TO */
  | 'PARTNER_IN'
  /** FROM is party to TO */
  | 'PARTY_TO'
  /** FROM is part of TO */
  | 'PART_OF'
  /** FROM has predecessor TO */
  | 'PREDECESSOR'
  /** FROM provides TO */
  | 'PROVIDES'
  /** FROM serves TO */
  | 'SERVES'
  /** FROM replaced TO */
  | 'SUCCEEDED'
  /** FROM has successor TO */
  | 'SUCCESSOR'
  /** FROM transferred from TO */
  | 'TRANSFERRED_FROM'
  /** FROM transferred to TO */
  | 'TRANSFERRED_TO'
  /** FROM works with TO */
  | 'WORKS_WITH';

/** Where a revision came from: an editor's change set, a load of the seed files, or a revert. */
export type RevisionOrigin =
  | 'EDIT'
  | 'REVERT'
  | 'SEED';

/** A document to cite: its `text` (stored as a shipped source, and quotes of it are checked), or a `url` (a linked source: its quotes are recorded as given). */
export type SourceInput = {
  /** The document's own date: `day`, or its words with a range. */
  dated?: DateInput | null | undefined;
  id: string;
  publisher?: string | null | undefined;
  text?: string | null | undefined;
  title: string;
  url?: string | null | undefined;
};

/** A story for presenting, stored in the graph with history; checked as the shipped story files are. */
export type StoryInput = {
  description: string;
  /** Lower-case letters, digits and hyphens; not a shipped story's id. */
  id: string;
  /** The source the steps' quotes come from. */
  source: string;
  steps: Array<StoryStepInput>;
  title: string;
};

/** A step of a story written in the page, as a story file writes one (seed/stories/*.yaml). */
export type StoryStepInput = {
  caption: string;
  /** Quotes from the story's source that say what the title and caption say (at least one). */
  cite: Array<string>;
  /** The view's day; null for all time. */
  date?: string | null | undefined;
  /** The node the step is focused on: one of the highlighted nodes. */
  focus?: string | null | undefined;
  highlightEdges?: Array<string>;
  highlightNodes?: Array<string>;
  title: string;
  /** 0.1-4; null: the step's highlights framed. */
  zoom?: number | null | undefined;
};

export type TimelineChange =
  /** the node itself began */
  | 'BEGAN'
  /** the node itself ended */
  | 'ENDED'
  /** an event the node took part in */
  | 'EVENT'
  /** a relationship began */
  | 'STARTED'
  /** a relationship ended */
  | 'STOPPED';

export type UpdateNodeInput = {
  /** What says the new values are right. */
  cite: Array<CitationInput>;
  id: string;
  set: NodeChangesInput;
};

export type UpdateRelationshipInput = {
  cite: Array<CitationInput>;
  id: string;
  set: RelationshipChangesInput;
};

export type CitationFieldsFragment = { quote: string, source: string, sourceTitle: string | null, sourceUrl: string | null };

export type DatePointFieldsFragment = { date: string | null, latest: string | null, text: string | null, precision: DatePrecision };

export type NodeFieldsFragment = { label: string, kind: string, nodeType: NodeType, validFrom: string | null, validTo: string | null, certainty: Certainty, status: ElementStatus, shortNames: Array<string>, aliases: Array<string>, description: string | null, odsCode: string | null, scope: Array<string>, legalBasis: string | null, id: string, start: { date: string | null, latest: string | null, text: string | null, precision: DatePrecision } | null, end: { date: string | null, latest: string | null, text: string | null, precision: DatePrecision } | null, derivations: Array<{ fact: string, rule: string }>, citations: Array<{ quote: string, source: string, sourceTitle: string | null, sourceUrl: string | null }>, figures: Array<{ id: string, display: string, measure: string, value: number, unit: string, qualifier: FigureQualifier | null, asOf: string | null, asOfText: string | null, asOfPrecision: DatePrecision | null, statedOn: string | null, statedOnText: string | null, citations: Array<{ quote: string, source: string, sourceTitle: string | null, sourceUrl: string | null }> }> };

export type EdgeFieldsFragment = { source: string, target: string, type: RelationshipType, label: string, role: EdgeRole | null, validFrom: string | null, validTo: string | null, certainty: Certainty, status: ElementStatus, staff: number | null, memberCount: number | null, purpose: string | null, recipients: Array<string>, siteType: string | null, id: string, start: { date: string | null, latest: string | null, text: string | null, precision: DatePrecision } | null, end: { date: string | null, latest: string | null, text: string | null, precision: DatePrecision } | null, derivations: Array<{ fact: string, rule: string }>, citations: Array<{ quote: string, source: string, sourceTitle: string | null, sourceUrl: string | null }> };

export type NetworkQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type NetworkQuery = { network: { nodes: Array<{ label: string, kind: string, nodeType: NodeType, validFrom: string | null, validTo: string | null, certainty: Certainty, status: ElementStatus, shortNames: Array<string>, aliases: Array<string>, description: string | null, odsCode: string | null, scope: Array<string>, legalBasis: string | null, id: string, start: { date: string | null, latest: string | null, text: string | null, precision: DatePrecision } | null, end: { date: string | null, latest: string | null, text: string | null, precision: DatePrecision } | null, derivations: Array<{ fact: string, rule: string }>, citations: Array<{ quote: string, source: string, sourceTitle: string | null, sourceUrl: string | null }>, figures: Array<{ id: string, display: string, measure: string, value: number, unit: string, qualifier: FigureQualifier | null, asOf: string | null, asOfText: string | null, asOfPrecision: DatePrecision | null, statedOn: string | null, statedOnText: string | null, citations: Array<{ quote: string, source: string, sourceTitle: string | null, sourceUrl: string | null }> }> }>, edges: Array<{ source: string, target: string, type: RelationshipType, label: string, role: EdgeRole | null, validFrom: string | null, validTo: string | null, certainty: Certainty, status: ElementStatus, staff: number | null, memberCount: number | null, purpose: string | null, recipients: Array<string>, siteType: string | null, id: string, start: { date: string | null, latest: string | null, text: string | null, precision: DatePrecision } | null, end: { date: string | null, latest: string | null, text: string | null, precision: DatePrecision } | null, derivations: Array<{ fact: string, rule: string }>, citations: Array<{ quote: string, source: string, sourceTitle: string | null, sourceUrl: string | null }> }> } | null };

export type NetworkScopedQueryVariables = Exact<{
  asOf?: string | null | undefined;
  nodeTypes?: Array<NodeType> | NodeType | null | undefined;
  kinds?: Array<string> | string | null | undefined;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
  focus?: string | null | undefined;
  depth?: number | null | undefined;
}>;


export type NetworkScopedQuery = { network: { nodes: Array<{ label: string, kind: string, nodeType: NodeType, validFrom: string | null, validTo: string | null, certainty: Certainty, status: ElementStatus, shortNames: Array<string>, aliases: Array<string>, description: string | null, odsCode: string | null, scope: Array<string>, legalBasis: string | null, id: string, start: { date: string | null, latest: string | null, text: string | null, precision: DatePrecision } | null, end: { date: string | null, latest: string | null, text: string | null, precision: DatePrecision } | null, derivations: Array<{ fact: string, rule: string }>, citations: Array<{ quote: string, source: string, sourceTitle: string | null, sourceUrl: string | null }>, figures: Array<{ id: string, display: string, measure: string, value: number, unit: string, qualifier: FigureQualifier | null, asOf: string | null, asOfText: string | null, asOfPrecision: DatePrecision | null, statedOn: string | null, statedOnText: string | null, citations: Array<{ quote: string, source: string, sourceTitle: string | null, sourceUrl: string | null }> }> }>, edges: Array<{ source: string, target: string, type: RelationshipType, label: string, role: EdgeRole | null, validFrom: string | null, validTo: string | null, certainty: Certainty, status: ElementStatus, staff: number | null, memberCount: number | null, purpose: string | null, recipients: Array<string>, siteType: string | null, id: string, start: { date: string | null, latest: string | null, text: string | null, precision: DatePrecision } | null, end: { date: string | null, latest: string | null, text: string | null, precision: DatePrecision } | null, derivations: Array<{ fact: string, rule: string }>, citations: Array<{ quote: string, source: string, sourceTitle: string | null, sourceUrl: string | null }> }> } | null };

export type SummaryQueryVariables = Exact<{
  asOf?: string | null | undefined;
  nodeTypes?: Array<NodeType> | NodeType | null | undefined;
  kinds?: Array<string> | string | null | undefined;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
  focus?: string | null | undefined;
  depth?: number | null | undefined;
}>;


export type SummaryQuery = { networkSummary: { groups: Array<{ nodeType: NodeType, kind: string, label: string, count: number, id: string }>, links: Array<{ source: string, target: string, type: RelationshipType, count: number, id: string }> } | null };

export type FocusQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type FocusQuery = { neighbourhood: { nodes: Array<{ id: string }> } | null };

export type FocusFilteredQueryVariables = Exact<{
  id?: string | null | undefined;
  depth?: number | null | undefined;
  asOf?: string | null | undefined;
  nodeTypes?: Array<NodeType> | NodeType | null | undefined;
  kinds?: Array<string> | string | null | undefined;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
}>;


export type FocusFilteredQuery = { network: { nodes: Array<{ id: string }> } | null };

export type PathsQueryVariables = Exact<{
  from: string;
  to: string;
  asOf?: string | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ length: number, nodes: Array<{ label: string, id: string }>, steps: Array<{ sentence: string, from: { label: string, id: string }, to: { label: string, id: string }, edge: { source: string, target: string, type: RelationshipType, label: string, role: EdgeRole | null, validFrom: string | null, validTo: string | null, certainty: Certainty, status: ElementStatus, staff: number | null, memberCount: number | null, purpose: string | null, recipients: Array<string>, siteType: string | null, id: string, start: { date: string | null, latest: string | null, text: string | null, precision: DatePrecision } | null, end: { date: string | null, latest: string | null, text: string | null, precision: DatePrecision } | null, derivations: Array<{ fact: string, rule: string }>, citations: Array<{ quote: string, source: string, sourceTitle: string | null, sourceUrl: string | null }> } }> }> | null };

export type SearchQueryVariables = Exact<{
  text: string;
}>;


export type SearchQuery = { search: { edges: Array<{ node: { label: string, kind: string, nodeType: NodeType, shortNames: Array<string>, aliases: Array<string>, odsCode: string | null, id: string } }> } };

export type ChangesQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ChangesQuery = { changes: { from: string, to: string, nodesStarted: Array<{ label: string, id: string }>, nodesEnded: Array<{ label: string, id: string }>, edgesStarted: Array<{ id: string }>, edgesEnded: Array<{ id: string }> } };

export type TimelineQueryVariables = Exact<{
  id: string;
}>;


export type TimelineQuery = { timeline: Array<{ date: string | null, dateText: string | null, precision: DatePrecision, change: TimelineChange, summary: string }> | null };

export type CentralityQueryVariables = Exact<{
  asOf?: string | null | undefined;
  certainOnly?: boolean | null | undefined;
}>;


export type CentralityQuery = { centrality: Array<{ degree: number, betweenness: number, node: { id: string } }> };

export type SourcesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type SourcesQuery = { sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, datedText: string | null }> };

export type EditorQueryVariables = Exact<{ [key: string]: never; }>;


export type EditorQuery = { editor: { name: string, roles: Array<string>, expiresAt: string } | null };

export type RevisionFieldsFragment = { id: string, number: number, at: string, author: string, reason: string, origin: RevisionOrigin, reverts: string | null, changes: Array<{ id: string, kind: ElementKind, action: ChangeAction, before: Record<string, unknown> | null, after: Record<string, unknown> | null }> };

export type HistoryQueryVariables = Exact<{
  id: string;
}>;


export type HistoryQuery = { history: Array<{ id: string, number: number, at: string, author: string, reason: string, origin: RevisionOrigin, reverts: string | null, changes: Array<{ id: string, kind: ElementKind, action: ChangeAction, before: Record<string, unknown> | null, after: Record<string, unknown> | null }> }> };

export type RecentChangesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type RecentChangesQuery = { revisions: { totalCount: number, revisions: Array<{ id: string, number: number, at: string, author: string, reason: string, origin: RevisionOrigin, reverts: string | null, changes: Array<{ id: string, kind: ElementKind, action: ChangeAction, before: Record<string, unknown> | null, after: Record<string, unknown> | null }> }> } };

export type RevertMutationVariables = Exact<{
  revision: string;
  reason: string;
}>;


export type RevertMutation = { revert: { id: string, number: number } };

export type GraphRevisionQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphRevisionQuery = { graphRevision: number };

export type EditSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type EditSourcesQuery = { sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, datedText: string | null, text: string | null }> };

export type PreviewChangesMutationVariables = Exact<{
  changes: Array<ChangeInput> | ChangeInput;
  reason: string;
  readAt?: number | null | undefined;
}>;


export type PreviewChangesMutation = { previewChanges: { changes: Array<{ id: string, kind: ElementKind, action: ChangeAction, before: Record<string, unknown> | null, after: Record<string, unknown> | null }> } };

export type ApplyChangesMutationVariables = Exact<{
  changes: Array<ChangeInput> | ChangeInput;
  reason: string;
  readAt?: number | null | undefined;
}>;


export type ApplyChangesMutation = { applyChanges: { id: string, number: number, at: string, author: string, reason: string, origin: RevisionOrigin, reverts: string | null, changes: Array<{ id: string, kind: ElementKind, action: ChangeAction, before: Record<string, unknown> | null, after: Record<string, unknown> | null }> } };

export type KindsQueryVariables = Exact<{
  nodeTypes?: Array<NodeType> | NodeType | null | undefined;
}>;


export type KindsQuery = { kinds: Array<{ name: string, count: number }> };

export type SaveStoryMutationVariables = Exact<{
  story: StoryInput;
  reason: string;
}>;


export type SaveStoryMutation = { saveStory: { id: string, number: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DatePointFieldsFragmentDoc = new TypedDocumentString(`
    fragment DatePointFields on DatePoint {
  date
  latest
  text
  precision
}
    `, {"fragmentName":"DatePointFields"}) as unknown as TypedDocumentString<DatePointFieldsFragment, unknown>;
export const CitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment CitationFields on Citation {
  quote
  source
  sourceTitle
  sourceUrl
}
    `, {"fragmentName":"CitationFields"}) as unknown as TypedDocumentString<CitationFieldsFragment, unknown>;
export const NodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment NodeFields on NetworkNode {
  id: key
  label
  kind
  nodeType
  validFrom
  validTo
  certainty
  status
  start {
    ...DatePointFields
  }
  end {
    ...DatePointFields
  }
  shortNames
  aliases
  description
  odsCode
  scope
  legalBasis
  derivations {
    fact
    rule
  }
  citations {
    ...CitationFields
  }
  figures {
    id
    display
    measure
    value
    unit
    qualifier
    asOf
    asOfText
    asOfPrecision
    statedOn
    statedOnText
    citations {
      ...CitationFields
    }
  }
}
    fragment CitationFields on Citation {
  quote
  source
  sourceTitle
  sourceUrl
}
fragment DatePointFields on DatePoint {
  date
  latest
  text
  precision
}`, {"fragmentName":"NodeFields"}) as unknown as TypedDocumentString<NodeFieldsFragment, unknown>;
export const EdgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment EdgeFields on NetworkEdge {
  id: key
  source
  target
  type
  label
  role
  validFrom
  validTo
  certainty
  status
  start {
    ...DatePointFields
  }
  end {
    ...DatePointFields
  }
  staff
  memberCount
  purpose
  recipients
  siteType
  derivations {
    fact
    rule
  }
  citations {
    ...CitationFields
  }
}
    fragment CitationFields on Citation {
  quote
  source
  sourceTitle
  sourceUrl
}
fragment DatePointFields on DatePoint {
  date
  latest
  text
  precision
}`, {"fragmentName":"EdgeFields"}) as unknown as TypedDocumentString<EdgeFieldsFragment, unknown>;
export const RevisionFieldsFragmentDoc = new TypedDocumentString(`
    fragment RevisionFields on Revision {
  id
  number
  at
  author
  reason
  origin
  reverts
  changes {
    id
    kind
    action
    before
    after
  }
}
    `, {"fragmentName":"RevisionFields"}) as unknown as TypedDocumentString<RevisionFieldsFragment, unknown>;
export const NetworkDocument = new TypedDocumentString(`
    query Network($asOf: Date) {
  network(asOf: $asOf) {
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
    }
  }
}
    fragment CitationFields on Citation {
  quote
  source
  sourceTitle
  sourceUrl
}
fragment DatePointFields on DatePoint {
  date
  latest
  text
  precision
}
fragment NodeFields on NetworkNode {
  id: key
  label
  kind
  nodeType
  validFrom
  validTo
  certainty
  status
  start {
    ...DatePointFields
  }
  end {
    ...DatePointFields
  }
  shortNames
  aliases
  description
  odsCode
  scope
  legalBasis
  derivations {
    fact
    rule
  }
  citations {
    ...CitationFields
  }
  figures {
    id
    display
    measure
    value
    unit
    qualifier
    asOf
    asOfText
    asOfPrecision
    statedOn
    statedOnText
    citations {
      ...CitationFields
    }
  }
}
fragment EdgeFields on NetworkEdge {
  id: key
  source
  target
  type
  label
  role
  validFrom
  validTo
  certainty
  status
  start {
    ...DatePointFields
  }
  end {
    ...DatePointFields
  }
  staff
  memberCount
  purpose
  recipients
  siteType
  derivations {
    fact
    rule
  }
  citations {
    ...CitationFields
  }
}`, {"hash":"sha256:7782af830accad66644c2c088f7b7e4c34bc4c0cdaec9d0970962736844524d8"}) as unknown as TypedDocumentString<NetworkQuery, NetworkQueryVariables>;
export const NetworkScopedDocument = new TypedDocumentString(`
    query NetworkScoped($asOf: Date, $nodeTypes: [NodeType!], $kinds: [String!], $types: [RelationshipType!], $focus: ID, $depth: Int) {
  network(
    asOf: $asOf
    nodeTypes: $nodeTypes
    kinds: $kinds
    relationshipTypes: $types
    focus: $focus
    depth: $depth
  ) {
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
    }
  }
}
    fragment CitationFields on Citation {
  quote
  source
  sourceTitle
  sourceUrl
}
fragment DatePointFields on DatePoint {
  date
  latest
  text
  precision
}
fragment NodeFields on NetworkNode {
  id: key
  label
  kind
  nodeType
  validFrom
  validTo
  certainty
  status
  start {
    ...DatePointFields
  }
  end {
    ...DatePointFields
  }
  shortNames
  aliases
  description
  odsCode
  scope
  legalBasis
  derivations {
    fact
    rule
  }
  citations {
    ...CitationFields
  }
  figures {
    id
    display
    measure
    value
    unit
    qualifier
    asOf
    asOfText
    asOfPrecision
    statedOn
    statedOnText
    citations {
      ...CitationFields
    }
  }
}
fragment EdgeFields on NetworkEdge {
  id: key
  source
  target
  type
  label
  role
  validFrom
  validTo
  certainty
  status
  start {
    ...DatePointFields
  }
  end {
    ...DatePointFields
  }
  staff
  memberCount
  purpose
  recipients
  siteType
  derivations {
    fact
    rule
  }
  citations {
    ...CitationFields
  }
}`, {"hash":"sha256:1d7d734b7ea16ebc62fd3c71b010646c7ff2b73a809e62cfa26fd90a69089186"}) as unknown as TypedDocumentString<NetworkScopedQuery, NetworkScopedQueryVariables>;
export const SummaryDocument = new TypedDocumentString(`
    query Summary($asOf: Date, $nodeTypes: [NodeType!], $kinds: [String!], $types: [RelationshipType!], $focus: ID, $depth: Int) {
  networkSummary(
    asOf: $asOf
    nodeTypes: $nodeTypes
    kinds: $kinds
    relationshipTypes: $types
    focus: $focus
    depth: $depth
  ) {
    groups {
      id: key
      nodeType
      kind
      label
      count
    }
    links {
      id: key
      source
      target
      type
      count
    }
  }
}
    `, {"hash":"sha256:6aa1c14e1de49fbcfd53b33255dc14529aa213d50d2de5bad61b06f15614bc66"}) as unknown as TypedDocumentString<SummaryQuery, SummaryQueryVariables>;
export const FocusDocument = new TypedDocumentString(`
    query Focus($id: ID!, $depth: Int, $asOf: Date) {
  neighbourhood(id: $id, depth: $depth, asOf: $asOf) {
    nodes {
      id: key
    }
  }
}
    `, {"hash":"sha256:7633578db5d283cba1c5fd9c74d65259c4f33e9a2ec313c9a8a666cc7c6c047f"}) as unknown as TypedDocumentString<FocusQuery, FocusQueryVariables>;
export const FocusFilteredDocument = new TypedDocumentString(`
    query FocusFiltered($id: ID, $depth: Int, $asOf: Date, $nodeTypes: [NodeType!], $kinds: [String!], $types: [RelationshipType!]) {
  network(
    focus: $id
    depth: $depth
    asOf: $asOf
    nodeTypes: $nodeTypes
    kinds: $kinds
    relationshipTypes: $types
  ) {
    nodes {
      id: key
    }
  }
}
    `, {"hash":"sha256:1e94a7d74b839ef95728b7141ea3a2be0d350a8132acdf7be1bf181b0ba9fe9f"}) as unknown as TypedDocumentString<FocusFilteredQuery, FocusFilteredQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!, $asOf: Date) {
  paths(from: $from, to: $to, asOf: $asOf) {
    length
    nodes {
      id: key
      label
    }
    steps {
      sentence
      from {
        id: key
        label
      }
      to {
        id: key
        label
      }
      edge {
        ...EdgeFields
      }
    }
  }
}
    fragment CitationFields on Citation {
  quote
  source
  sourceTitle
  sourceUrl
}
fragment DatePointFields on DatePoint {
  date
  latest
  text
  precision
}
fragment EdgeFields on NetworkEdge {
  id: key
  source
  target
  type
  label
  role
  validFrom
  validTo
  certainty
  status
  start {
    ...DatePointFields
  }
  end {
    ...DatePointFields
  }
  staff
  memberCount
  purpose
  recipients
  siteType
  derivations {
    fact
    rule
  }
  citations {
    ...CitationFields
  }
}`, {"hash":"sha256:55e82596c6f0e8d2f1b4edb442c48ac13be623420729b022e569face41fdfe77"}) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!) {
  search(text: $text, first: 8) {
    edges {
      node {
        id: key
        label
        kind
        nodeType
        shortNames
        aliases
        odsCode
      }
    }
  }
}
    `, {"hash":"sha256:c0986ae935d5f39bf79093a476fcd4c4d9ae4352f84e65c9c11d8d7d45ea5321"}) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const ChangesDocument = new TypedDocumentString(`
    query Changes($from: Date!, $to: Date!) {
  changes(from: $from, to: $to) {
    from
    to
    nodesStarted {
      id: key
      label
    }
    nodesEnded {
      id: key
      label
    }
    edgesStarted {
      id: key
    }
    edgesEnded {
      id: key
    }
  }
}
    `, {"hash":"sha256:99f0e1fc7e4100cbfb17ebc170a065bcd5cf791a2aab3cf2dd3608aeb3e96431"}) as unknown as TypedDocumentString<ChangesQuery, ChangesQueryVariables>;
export const TimelineDocument = new TypedDocumentString(`
    query Timeline($id: ID!) {
  timeline(id: $id) {
    date
    dateText
    precision
    change
    summary
  }
}
    `, {"hash":"sha256:83dfb2112e3b7d1f7ae92ad326a05fb0e652628b6c8d71609aa2199d72769963"}) as unknown as TypedDocumentString<TimelineQuery, TimelineQueryVariables>;
export const CentralityDocument = new TypedDocumentString(`
    query Centrality($asOf: Date, $certainOnly: Boolean) {
  centrality(asOf: $asOf, certainOnly: $certainOnly) {
    node {
      id: key
    }
    degree
    betweenness
  }
}
    `, {"hash":"sha256:e29baab86dfc7096d1ff515131fc012a81ddf4334c721143394a23bd7fa9c611"}) as unknown as TypedDocumentString<CentralityQuery, CentralityQueryVariables>;
export const SourcesDocument = new TypedDocumentString(`
    query Sources($ids: [ID!]!) {
  sources(where: {id: {in: $ids}}) {
    id
    title
    url
    publisher
    datedText
  }
}
    `, {"hash":"sha256:83b03491e5eaab407f0a834639b2692ea744785102bcfff76794852ca65cc1da"}) as unknown as TypedDocumentString<SourcesQuery, SourcesQueryVariables>;
export const EditorDocument = new TypedDocumentString(`
    query Editor {
  editor {
    name
    roles
    expiresAt
  }
}
    `, {"hash":"sha256:b072c162da2a3322de2c8bcb3621b217f76999ee9c6c263db68e4f403a3c2620"}) as unknown as TypedDocumentString<EditorQuery, EditorQueryVariables>;
export const HistoryDocument = new TypedDocumentString(`
    query History($id: ID!) {
  history(id: $id) {
    ...RevisionFields
  }
}
    fragment RevisionFields on Revision {
  id
  number
  at
  author
  reason
  origin
  reverts
  changes {
    id
    kind
    action
    before
    after
  }
}`, {"hash":"sha256:9dbe0102fb8f3241f70b34e628fa541e18796ad051abf0234631772b4c7b1f74"}) as unknown as TypedDocumentString<HistoryQuery, HistoryQueryVariables>;
export const RecentChangesDocument = new TypedDocumentString(`
    query RecentChanges($first: Int) {
  revisions(first: $first) {
    totalCount
    revisions {
      ...RevisionFields
    }
  }
}
    fragment RevisionFields on Revision {
  id
  number
  at
  author
  reason
  origin
  reverts
  changes {
    id
    kind
    action
    before
    after
  }
}`, {"hash":"sha256:7bb9f797e81fc30718a19e6a9aea2b20b855cca395a0b770178ef123942e6e89"}) as unknown as TypedDocumentString<RecentChangesQuery, RecentChangesQueryVariables>;
export const RevertDocument = new TypedDocumentString(`
    mutation Revert($revision: ID!, $reason: String!) {
  revert(revision: $revision, reason: $reason) {
    id
    number
  }
}
    `, {"hash":"sha256:76238dd176056d883dff42a6b341651a2802b26e0f0c297fa8d0e6e198c35cf4"}) as unknown as TypedDocumentString<RevertMutation, RevertMutationVariables>;
export const GraphRevisionDocument = new TypedDocumentString(`
    query GraphRevision {
  graphRevision
}
    `, {"hash":"sha256:d80d279d897eeac5dcc19bd5b787ea853716b33dafd884705552e66356b2a005"}) as unknown as TypedDocumentString<GraphRevisionQuery, GraphRevisionQueryVariables>;
export const EditSourcesDocument = new TypedDocumentString(`
    query EditSources {
  sources(sort: [{title: ASC}]) {
    id
    title
    url
    publisher
    datedText
    text
  }
}
    `, {"hash":"sha256:98e02dfa6486fb2b47833970e7ce9c84d88dc43cb478d7479afe8565fc977cc9"}) as unknown as TypedDocumentString<EditSourcesQuery, EditSourcesQueryVariables>;
export const PreviewChangesDocument = new TypedDocumentString(`
    mutation PreviewChanges($changes: [ChangeInput!]!, $reason: String!, $readAt: Int) {
  previewChanges(changes: $changes, reason: $reason, readAt: $readAt) {
    changes {
      id
      kind
      action
      before
      after
    }
  }
}
    `, {"hash":"sha256:7e79c4d1e78b7dc3f1538c7657686b0baffa8e210f809c6eaced81daf8f564a4"}) as unknown as TypedDocumentString<PreviewChangesMutation, PreviewChangesMutationVariables>;
export const ApplyChangesDocument = new TypedDocumentString(`
    mutation ApplyChanges($changes: [ChangeInput!]!, $reason: String!, $readAt: Int) {
  applyChanges(changes: $changes, reason: $reason, readAt: $readAt) {
    ...RevisionFields
  }
}
    fragment RevisionFields on Revision {
  id
  number
  at
  author
  reason
  origin
  reverts
  changes {
    id
    kind
    action
    before
    after
  }
}`, {"hash":"sha256:37e890b25d8470300470889149174aa86f4616eba8e242c19c001cad1001081b"}) as unknown as TypedDocumentString<ApplyChangesMutation, ApplyChangesMutationVariables>;
export const KindsDocument = new TypedDocumentString(`
    query Kinds($nodeTypes: [NodeType!]) {
  kinds(nodeTypes: $nodeTypes) {
    name
    count
  }
}
    `, {"hash":"sha256:5120839fb896d5b15ff46497aa0b2993c99a4401233c821959dabae552aabd9d"}) as unknown as TypedDocumentString<KindsQuery, KindsQueryVariables>;
export const SaveStoryDocument = new TypedDocumentString(`
    mutation SaveStory($story: StoryInput!, $reason: String!) {
  saveStory(story: $story, reason: $reason) {
    id
    number
  }
}
    `, {"hash":"sha256:5ba9779bd13ca1f823d1b2a782e244d8ac44908fba9955d70cbb3115773d4b60"}) as unknown as TypedDocumentString<SaveStoryMutation, SaveStoryMutationVariables>;