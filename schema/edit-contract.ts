// The contract's editing part: a change's fields in the records' shape, checked by the server's
// own schemas (core/records.ts) before it is sent, so a form refuses what the server would, in the
// server's words. Apart from contract.ts because it brings zod: only the page's editing chunk,
// loaded once an editor signs in, imports it.
export { type OpInput, ops, type ShapeProblem, shapeProblems } from "../core/change-inputs.js";
export { nodeRecordSchemas } from "../core/records.js";
