-- statement 1
CYPHER 5
CALL {
  MATCH (this:Organisation&Entity)
  RETURN {nodes: count(DISTINCT this)} AS var0
}
RETURN {aggregate: {count: var0}} AS this
-- parameters
{}

-- statement 2
CYPHER 5
MATCH (this0:Organisation&Entity)
WHERE this0.kind = $param0
WITH collect({node: this0}) AS edges, count(this0) AS totalCount
CALL (edges) {
  UNWIND edges AS edge
  WITH edge.node AS this0
  WITH *
  ORDER BY this0.name ASC
  LIMIT $param1
  RETURN collect({node: {name: this0.name, __resolveType: 'Organisation'}}) AS var1
}
RETURN {edges: var1, totalCount: totalCount} AS this
-- parameters
{
  "param0": "NHS trust",
  "param1": 10
}
