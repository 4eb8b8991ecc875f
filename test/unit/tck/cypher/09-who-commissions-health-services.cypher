-- statement 1
CYPHER 5
MATCH (this:Service&Entity)
WHERE this.id = $param0
WITH *

LIMIT $param1
CALL (this) {
  MATCH (this)<-[this0:COMMISSIONS]-(this1:Organisation&Entity)
  WITH collect({node: this1, relationship: this0}) AS edges
  CALL (edges) {
    UNWIND edges AS edge
    WITH edge.node AS this1, edge.relationship AS this0
    WITH *
    
    LIMIT $param2
    CALL (this1) {
      MATCH (this1)-[this2:HAS_FIGURE]->(this3:Figure)
      WHERE this3.measure = $param3
      WITH DISTINCT this3
      WITH this3 { .display, .value, .unit } AS this3
      
      LIMIT $param4
      RETURN collect(this3) AS var4
    }
    RETURN collect({properties: {validFrom: this0.validFrom, __resolveType: 'Fact'}, node: {name: this1.name, figures: var4, __resolveType: 'Organisation'}}) AS var5
  }
  RETURN {edges: var5} AS var6
}
RETURN this { .name, commissionersConnection: var6 } AS this
-- parameters
{
  "param0": "nel-health-services",
  "param1": 100,
  "param2": 100,
  "param3": "local healthcare budget",
  "param4": 100
}
