-- statement 1
MATCH (n:Entity {id: $id})
WHERE CASE WHEN $asOf IS NULL OR (((n.validFrom IS NULL OR n.validFrom <= $asOf) AND (coalesce(n.validToLatest, n.validTo) IS NULL OR coalesce(n.validToLatest, n.validTo) > $asOf)) AND (NOT $certainOnly OR (n.knownFrom IS NOT NULL AND n.knownFrom <= $asOf AND (n.validTo IS NULL OR n.validTo > $asOf)))) THEN true ELSE (n.validTo IS NOT NULL AND n.validTo <= $asOf AND ($includeFormer OR CASE WHEN n.validTo = $asOf THEN EXISTS { MATCH (n)--(transition:Event) WHERE transition.validFrom = $asOf } ELSE false END)) END
RETURN n.id AS id
-- parameters
{
  "id": "healthwatch-tower-hamlets",
  "asOf": null,
  "certainOnly": false,
  "includeFormer": false
}

-- statement 2
MATCH (n:Entity {id: $id})
WHERE CASE WHEN $asOf IS NULL OR (((n.validFrom IS NULL OR n.validFrom <= $asOf) AND (coalesce(n.validToLatest, n.validTo) IS NULL OR coalesce(n.validToLatest, n.validTo) > $asOf)) AND (NOT $certainOnly OR (n.knownFrom IS NOT NULL AND n.knownFrom <= $asOf AND (n.validTo IS NULL OR n.validTo > $asOf)))) THEN true ELSE (n.validTo IS NOT NULL AND n.validTo <= $asOf AND ($includeFormer OR CASE WHEN n.validTo = $asOf THEN EXISTS { MATCH (n)--(transition:Event) WHERE transition.validFrom = $asOf } ELSE false END)) END
RETURN n.id AS id
-- parameters
{
  "id": "barts-health",
  "asOf": null,
  "certainOnly": false,
  "includeFormer": false
}

-- statement 3
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..4]-(b))
WHERE all(r IN relationships(p) WHERE type(r) <> 'HAS_FIGURE' AND CASE WHEN $asOf IS NULL OR (((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (coalesce(r.validToLatest, r.validTo) IS NULL OR coalesce(r.validToLatest, r.validTo) > $asOf)) AND (NOT $certainOnly OR (r.knownFrom IS NOT NULL AND r.knownFrom <= $asOf AND (r.validTo IS NULL OR r.validTo > $asOf)))) THEN true ELSE (r.validTo IS NOT NULL AND r.validTo <= $asOf AND ($includeFormer OR CASE WHEN r.validTo = $asOf THEN EXISTS { MATCH (x)--(transition:Event)--(y) WHERE x = startNode(r) AND y = endNode(r) AND transition.validFrom = $asOf } ELSE false END)) END)
  AND all(n IN nodes(p) WHERE n:Entity AND CASE WHEN $asOf IS NULL OR (((n.validFrom IS NULL OR n.validFrom <= $asOf) AND (coalesce(n.validToLatest, n.validTo) IS NULL OR coalesce(n.validToLatest, n.validTo) > $asOf)) AND (NOT $certainOnly OR (n.knownFrom IS NOT NULL AND n.knownFrom <= $asOf AND (n.validTo IS NULL OR n.validTo > $asOf)))) THEN true ELSE (n.validTo IS NOT NULL AND n.validTo <= $asOf AND ($includeFormer OR CASE WHEN n.validTo = $asOf THEN EXISTS { MATCH (n)--(transition:Event) WHERE transition.validFrom = $asOf } ELSE false END)) END)
RETURN [n IN nodes(p) | n.id] AS nodeIds,
       [r IN relationships(p) | r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id}] AS rels
LIMIT 25
-- parameters
{
  "from": "healthwatch-tower-hamlets",
  "to": "barts-health",
  "asOf": null,
  "certainOnly": false,
  "includeFormer": false
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
