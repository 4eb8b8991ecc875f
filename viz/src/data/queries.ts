// The GraphQL documents the page sends; every field it reads is asked for here.
const citation = "citations { quote source sourceTitle sourceUrl }";
const figure = `figures { id display measure value unit qualifier asOf asOfText asOfPrecision ${citation} }`;
const node = `id label kind nodeType validFrom validTo properties ${citation} ${figure}`;
const edge =
  "id source target type label validFrom validTo properties citations { quote source sourceTitle sourceUrl }";

export const queries = {
  network: `query Network($asOf: Date) { network(asOf: $asOf) { nodes { ${node} } edges { ${edge} } } }`,
  /** The network a large graph draws instead of the whole one: a focus's neighbourhood, or filtered. */
  networkScoped: `query NetworkScoped($asOf: Date, $kinds: [String!], $types: [String!], $focus: ID, $depth: Int) {
    network(asOf: $asOf, kinds: $kinds, relationshipTypes: $types, focus: $focus, depth: $depth) {
      nodes { ${node} } edges { ${edge} } } }`,
  summary: `query Summary($asOf: Date, $kinds: [String!], $types: [String!], $focus: ID, $depth: Int) {
    networkSummary(asOf: $asOf, kinds: $kinds, relationshipTypes: $types, focus: $focus, depth: $depth) {
      groups { id nodeType kind label count } links { id source target type count } } }`,
  focus: `query Focus($id: ID!, $depth: Int, $asOf: Date) { neighbourhood(id: $id, depth: $depth, asOf: $asOf) { nodes { id } } }`,
  focusFiltered: `query FocusFiltered($id: ID, $depth: Int, $asOf: Date, $kinds: [String!], $types: [String!]) {
    network(focus: $id, depth: $depth, asOf: $asOf, kinds: $kinds, relationshipTypes: $types) { nodes { id } } }`,
  paths: `query Paths($from: ID!, $to: ID!, $asOf: Date) { paths(from: $from, to: $to, asOf: $asOf) {
    length nodes { id label } steps { sentence from { id label } to { id label } edge { ${edge} } } } }`,
  search: `query Search($text: String!) { search(text: $text, limit: 8) { id label kind nodeType properties } }`,
  changes: `query Changes($from: Date!, $to: Date!) { changes(from: $from, to: $to) { from to
    nodesStarted { id label } nodesEnded { id label } edgesStarted { id } edgesEnded { id } } }`,
  timeline: `query Timeline($id: ID!) { timeline(id: $id) { date dateText precision change summary } }`,
};
