-- statement 1
CYPHER 5
MATCH (this:Organisation&Entity)
WHERE this.id = $param0
WITH *

LIMIT $param1
CALL (this) {
  MATCH (this)<-[this0:PARTNER_IN]-(this1:Organisation&Entity)
  WITH DISTINCT this1
  WITH this1 { .name, .kind } AS this1
  ORDER BY this1.name ASC
  LIMIT $param2
  RETURN collect(this1) AS var2
}
RETURN this { .name, partners: var2 } AS this
-- parameters
{
  "param0": "tht",
  "param1": 100,
  "param2": 100
}
