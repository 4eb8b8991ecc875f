-- statement 1
MATCH (n:Entity {id: $id})
WHERE ($asOf IS NULL OR ((n.validFrom IS NULL OR n.validFrom <= $asOf) AND (n.validTo IS NULL OR n.validTo > $asOf)))
RETURN n.id AS id
-- parameters
{
  "id": "elft",
  "asOf": null
}

-- statement 2
MATCH (n:Entity {id: $id})
WHERE ($asOf IS NULL OR ((n.validFrom IS NULL OR n.validFrom <= $asOf) AND (n.validTo IS NULL OR n.validTo > $asOf)))
RETURN n.id AS id
-- parameters
{
  "id": "barts-health",
  "asOf": null
}

-- statement 3
MATCH (a:Entity {id: $a})-[ra]-(x:Entity)-[rb]-(b:Entity {id: $b})
WHERE x <> a AND x <> b AND ($asOf IS NULL OR ((ra.validFrom IS NULL OR ra.validFrom <= $asOf) AND (ra.validTo IS NULL OR ra.validTo > $asOf))) AND ($asOf IS NULL OR ((rb.validFrom IS NULL OR rb.validFrom <= $asOf) AND (rb.validTo IS NULL OR rb.validTo > $asOf))) AND ($asOf IS NULL OR ((x.validFrom IS NULL OR x.validFrom <= $asOf) AND (x.validTo IS NULL OR x.validTo > $asOf)))
RETURN x.id AS node,
       ra {.*, type: type(ra), source: startNode(ra).id, target: endNode(ra).id} AS viaA,
       rb {.*, type: type(rb), source: startNode(rb).id, target: endNode(rb).id} AS viaB
ORDER BY node
-- parameters
{
  "a": "elft",
  "b": "barts-health",
  "asOf": null
}

-- statement 4
MATCH (s:Source) RETURN s.id AS id, s.title AS title, s.url AS url
-- parameters
{}

-- statement 5
MATCH (n:Entity) WHERE n.id IN $ids
OPTIONAL MATCH (n)-[:HAS_FIGURE]->(f:Figure)
WITH n, collect(f {.*}) AS figures
RETURN n {.*} AS props, [l IN labels(n) WHERE l <> 'Entity'][0] AS nodeType, figures
ORDER BY n.id
-- parameters
{
  "ids": []
}
