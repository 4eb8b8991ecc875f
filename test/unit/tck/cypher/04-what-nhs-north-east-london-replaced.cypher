-- statement 1
CYPHER 5
MATCH (this:Organisation&Entity)
WHERE $param0 IN this.shortNames
WITH *

LIMIT $param1
CALL (this) {
  MATCH (this)-[this0:SUCCEEDED]->(this1:Organisation&Entity)
  WITH collect({node: this1, relationship: this0}) AS edges
  CALL (edges) {
    UNWIND edges AS edge
    WITH edge.node AS this1, edge.relationship AS this0
    WITH *
    
    LIMIT $param2
    RETURN collect({properties: {validFrom: this0.validFrom, citationQuotes: this0.citationQuotes, __resolveType: 'Fact'}, node: {name: this1.name, validTo: this1.validTo, __resolveType: 'Organisation'}}) AS var2
  }
  RETURN {edges: var2} AS var3
}
RETURN this { .name, .kind, .validFrom, succeededConnection: var3 } AS this
-- parameters
{
  "param0": "NHS NEL",
  "param1": 100,
  "param2": 100
}
