-- statement 1
MATCH (n:Entity {id: $id})
WHERE ($asOf IS NULL OR ((n.validFrom IS NULL OR n.validFrom <= $asOf) AND (n.validTo IS NULL OR n.validTo > $asOf)))
RETURN n.id AS id
-- parameters
{
  "id": "healthwatch-tower-hamlets",
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
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..4]-(b))
WHERE all(r IN relationships(p) WHERE type(r) <> 'HAS_FIGURE' AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo > $asOf))))
  AND all(n IN nodes(p) WHERE n:Entity AND ($asOf IS NULL OR ((n.validFrom IS NULL OR n.validFrom <= $asOf) AND (n.validTo IS NULL OR n.validTo > $asOf))))
RETURN [n IN nodes(p) | n.id] AS nodeIds,
       [r IN relationships(p) | r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id}] AS rels
LIMIT 25
-- parameters
{
  "from": "healthwatch-tower-hamlets",
  "to": "barts-health",
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
