// The contract between the server and its clients, the page first: the wire types generated from
// the SDL (generated/wire-types.ts, by `npm run schema:print`), the story files' shape, and the
// shared vocabulary and error codes they are written in. The page imports only this file.
export * from "../core/errors/error-code.js";
// What an exported file is called, on the page and in the server's Content-Disposition alike.
export { type ExportNaming, exportFileName, exportFileStem } from "../core/export-file-name.js";
export type { Story, StoryStep, StorySummary } from "../core/story.js";
// The one rule for a day (README, "Time"), and the last day before an exclusive end.
export { calendarDayProblem, isCalendarDay } from "../core/time/calendar-day.js";
export { dayBefore } from "../core/time/holds-on.js";
// The vocabulary's RelationshipType is the wire enum of the same name (generated from it).
export {
  type DatePrecisionWord,
  datePrecisions,
  type EdgeRoleWord,
  edgeRoles,
  enumValue,
  enumWord,
  type FigureQualifierWord,
  figureQualifiers,
  figureRelationshipType,
  foldedNodeLabels,
  isRelationshipType,
  type NodeLabel,
  nodeLabels,
  type OrganisationLinkRule,
  organisationKinds,
  organisationLinkRules,
  type RelationshipFamily,
  type RelationshipTerm,
  relationshipFamilies,
  relationshipPhrase,
  relationshipTypes,
  relationshipVocabulary,
} from "../core/vocabulary.js";
export type * from "./generated/wire-types.js";
