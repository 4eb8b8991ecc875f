// The contract between the server and its clients, the page first: the wire types generated from
// the SDL (generated/wire-types.ts, by `npm run schema:print`), the story files' shape, and the
// shared vocabulary and error codes they are written in. The page imports only this file.
export * from "../core/errors/error-code.js";
export type { Story, StoryStep, StorySummary } from "../core/story.js";
export * from "../core/vocabulary.js";
export type * from "./generated/wire-types.js";
