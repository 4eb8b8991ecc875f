-- statement 1
CYPHER 5
MATCH (this:Arrangement&Entity)
WHERE this.name = $param0
WITH *

LIMIT $param1
CALL (this) {
  MATCH (this)<-[this0:LEAD_MANAGER_OF]-(this1:Organisation&Entity)
  WITH DISTINCT this1
  WITH this1 { .name } AS this1
  
  LIMIT $param2
  RETURN collect(this1) AS var2
}
CALL (this) {
  MATCH (this)<-[this3:PARTY_TO]-(this4:Organisation&Entity)
  WITH DISTINCT this4
  WITH this4 { .name } AS this4
  ORDER BY this4.name ASC
  LIMIT $param3
  RETURN collect(this4) AS var5
}
CALL (this) {
  MATCH (this)-[this6:SERVES]->(this7:Area&Entity)
  WITH DISTINCT this7
  WITH this7 { .name } AS this7
  
  LIMIT $param4
  RETURN collect(this7) AS var8
}
RETURN this { .name, .kind, .scope, leadManagers: var2, parties: var5, serves: var8 } AS this
-- parameters
{
  "param0": "Alliance",
  "param1": 100,
  "param2": 100,
  "param3": 100,
  "param4": 100
}
