-- statement 1
CYPHER 5
MATCH (this:Event&Entity)
WHERE this.kind = $param0
WITH *

LIMIT $param1
CALL (this) {
  MATCH (this)-[this0:TRANSFERRED_FROM]->(this1:Organisation&Entity)
  WITH DISTINCT this1
  WITH this1 { .name } AS this1
  
  LIMIT $param2
  RETURN collect(this1) AS var2
}
CALL (this) {
  MATCH (this)-[this3:TRANSFERRED_TO]->(this4:Organisation&Entity)
  WITH DISTINCT this4
  WITH this4 { .name } AS this4
  
  LIMIT $param3
  RETURN collect(this4) AS var5
}
CALL (this) {
  MATCH (this)-[this6:CONCERNS]->(this7:Service&Entity)
  WITH DISTINCT this7
  WITH this7 { .name } AS this7
  
  LIMIT $param4
  RETURN collect(this7) AS var8
}
CALL (this) {
  MATCH (this)-[this9:HAS_FIGURE]->(this10:Figure)
  WITH DISTINCT this10
  WITH this10 { .measure, .display, .value, .unit } AS this10
  
  LIMIT $param5
  RETURN collect(this10) AS var11
}
RETURN this { .name, .validFrom, transferredFrom: var2, transferredTo: var5, concerns: var8, figures: var11 } AS this
-- parameters
{
  "param0": "TUPE transfer",
  "param1": 100,
  "param2": 100,
  "param3": 100,
  "param4": 100,
  "param5": 100
}
