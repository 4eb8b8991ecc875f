-- statement 1
CYPHER 5
MATCH (this:Organisation&Entity)
WHERE this.id = $param0
WITH *

LIMIT $param1
CALL (this) {
  MATCH (this)-[this0:HAS_FIGURE]->(this1:Figure)
  WITH DISTINCT this1
  WITH this1 { .measure, .qualifier, .display, .value, .unit } AS this1
  ORDER BY this1.measure ASC
  LIMIT $param2
  RETURN collect(this1) AS var2
}
CALL (this) {
  MATCH (this)-[this3:OPERATES]->(this4:Site&Entity)
  WITH DISTINCT this4
  WITH this4 { .name, .kind } AS this4
  ORDER BY this4.name ASC
  LIMIT $param3
  RETURN collect(this4) AS var5
}
RETURN this { .name, .odsCode, figures: var2, operates: var5 } AS this
-- parameters
{
  "param0": "barts-health",
  "param1": 100,
  "param2": 100,
  "param3": 100
}
