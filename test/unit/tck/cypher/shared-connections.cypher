-- statement 1
MATCH (n:Entity {id: $id})
WHERE CASE WHEN $asOf IS NULL OR (((n.validFrom IS NULL OR n.validFrom <= $asOf) AND (coalesce(n.validToLatest, n.validTo) IS NULL OR coalesce(n.validToLatest, n.validTo) > $asOf)) AND (NOT $certainOnly OR (n.knownFrom IS NOT NULL AND n.knownFrom <= $asOf AND (n.validTo IS NULL OR n.validTo > $asOf)))) THEN true ELSE (n.validTo IS NOT NULL AND n.validTo <= $asOf AND ($includeFormer OR CASE WHEN n.validTo = $asOf THEN EXISTS { MATCH (n)--(transition:Event) WHERE transition.validFrom = $asOf } ELSE false END)) END
RETURN n.id AS id
-- parameters
{
  "id": "elft",
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
MATCH (a:Entity {id: $a})-[ra]-(x:Entity)-[rb]-(b:Entity {id: $b})
WHERE x <> a AND x <> b AND CASE WHEN $asOf IS NULL OR (((ra.validFrom IS NULL OR ra.validFrom <= $asOf) AND (coalesce(ra.validToLatest, ra.validTo) IS NULL OR coalesce(ra.validToLatest, ra.validTo) > $asOf)) AND (NOT $certainOnly OR (ra.knownFrom IS NOT NULL AND ra.knownFrom <= $asOf AND (ra.validTo IS NULL OR ra.validTo > $asOf)))) THEN true ELSE (ra.validTo IS NOT NULL AND ra.validTo <= $asOf AND ($includeFormer OR CASE WHEN ra.validTo = $asOf THEN EXISTS { MATCH (x)--(transition:Event)--(y) WHERE x = a AND y = x AND transition.validFrom = $asOf } ELSE false END)) END AND CASE WHEN $asOf IS NULL OR (((rb.validFrom IS NULL OR rb.validFrom <= $asOf) AND (coalesce(rb.validToLatest, rb.validTo) IS NULL OR coalesce(rb.validToLatest, rb.validTo) > $asOf)) AND (NOT $certainOnly OR (rb.knownFrom IS NOT NULL AND rb.knownFrom <= $asOf AND (rb.validTo IS NULL OR rb.validTo > $asOf)))) THEN true ELSE (rb.validTo IS NOT NULL AND rb.validTo <= $asOf AND ($includeFormer OR CASE WHEN rb.validTo = $asOf THEN EXISTS { MATCH (x)--(transition:Event)--(y) WHERE x = x AND y = b AND transition.validFrom = $asOf } ELSE false END)) END AND CASE WHEN $asOf IS NULL OR (((x.validFrom IS NULL OR x.validFrom <= $asOf) AND (coalesce(x.validToLatest, x.validTo) IS NULL OR coalesce(x.validToLatest, x.validTo) > $asOf)) AND (NOT $certainOnly OR (x.knownFrom IS NOT NULL AND x.knownFrom <= $asOf AND (x.validTo IS NULL OR x.validTo > $asOf)))) THEN true ELSE (x.validTo IS NOT NULL AND x.validTo <= $asOf AND ($includeFormer OR CASE WHEN x.validTo = $asOf THEN EXISTS { MATCH (x)--(transition:Event) WHERE transition.validFrom = $asOf } ELSE false END)) END
RETURN x.id AS node,
       ra {.*, type: type(ra), source: startNode(ra).id, target: endNode(ra).id} AS viaA,
       rb {.*, type: type(rb), source: startNode(rb).id, target: endNode(rb).id} AS viaB
ORDER BY node
-- parameters
{
  "a": "elft",
  "b": "barts-health",
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
  "ids": [
    "elft",
    "barts-health"
  ]
}
