-- statement 1
MATCH (n) WHERE n.id IN $ids AND (n:Entity OR n:Figure OR n:Source)
RETURN n.id AS id, CASE WHEN n:Figure THEN 'Figure' WHEN n:Source THEN 'Source'
  ELSE [l IN labels(n) WHERE l <> 'Entity'][0] END AS type
-- parameters
{
  "ids": [
    "elft"
  ]
}

-- statement 2
CYPHER 5
MATCH (this:Organisation&Entity)
WHERE this.id IN $param0
WITH *

LIMIT $param1
CALL (this) {
  MATCH (this)-[this0:PARTNER_IN]->(this1:Organisation&Entity)
  WITH DISTINCT this1
  WITH this1 { .name } AS this1
  
  LIMIT $param2
  RETURN collect(this1) AS var2
}
RETURN this { .id, .name, __thtNodeId: this.id, partnerIn: var2 } AS this
-- parameters
{
  "param0": [
    "elft"
  ],
  "param1": 1,
  "param2": 100
}
