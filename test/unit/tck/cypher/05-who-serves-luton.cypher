-- statement 1
CYPHER 5
MATCH (this:Area&Entity)
WHERE this.name = $param0
WITH *

LIMIT $param1
CALL (this) {
  CALL (*) {
    WITH *
    MATCH (this)<-[this0:SERVES]-(this1:Organisation&Entity)
    WITH this1 { .name, .kind, __resolveType: 'Organisation', __id: elementId(this1) } AS var2
    RETURN var2
    UNION
    WITH *
    MATCH (this)<-[this3:SERVES]-(this4:Arrangement&Entity)
    WITH this4 { __resolveType: 'Arrangement', __id: elementId(this4) } AS var2
    RETURN var2
    UNION
    WITH *
    MATCH (this)<-[this5:SERVES]-(this6:Service&Entity)
    WITH this6 { __resolveType: 'Service', __id: elementId(this6) } AS var2
    RETURN var2
  }
  WITH var2
  RETURN collect(var2) AS var2
}
RETURN this { .name, servedBy: var2 } AS this
-- parameters
{
  "param0": "Luton",
  "param1": 100
}
