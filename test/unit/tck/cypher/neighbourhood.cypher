-- statement 1
MATCH (n:Entity {id: $id})
WHERE CASE WHEN $asOf IS NULL OR (((n.validFrom IS NULL OR n.validFrom <= $asOf) AND (coalesce(n.validToLatest, n.validTo) IS NULL OR coalesce(n.validToLatest, n.validTo) > $asOf)) AND (NOT $certainOnly OR (n.knownFrom IS NOT NULL AND n.knownFrom <= $asOf AND (n.validTo IS NULL OR n.validTo > $asOf)))) THEN true ELSE (n.validTo IS NOT NULL AND n.validTo <= $asOf AND ($includeFormer OR CASE WHEN n.validTo = $asOf THEN EXISTS { MATCH (n)--(transition:Event) WHERE transition.validFrom = $asOf } ELSE false END)) END
RETURN n.id AS id
-- parameters
{
  "id": "barts-health",
  "asOf": "date('2015-01-01')",
  "certainOnly": false,
  "includeFormer": false
}

-- statement 2
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id IN $frontier AND CASE WHEN $asOf IS NULL OR (((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (coalesce(r.validToLatest, r.validTo) IS NULL OR coalesce(r.validToLatest, r.validTo) > $asOf)) AND (NOT $certainOnly OR (r.knownFrom IS NOT NULL AND r.knownFrom <= $asOf AND (r.validTo IS NULL OR r.validTo > $asOf)))) THEN true ELSE (r.validTo IS NOT NULL AND r.validTo <= $asOf AND ($includeFormer OR CASE WHEN r.validTo = $asOf THEN EXISTS { MATCH (x)--(transition:Event)--(y) WHERE x = a AND y = b AND transition.validFrom = $asOf } ELSE false END)) END AND CASE WHEN $asOf IS NULL OR (((b.validFrom IS NULL OR b.validFrom <= $asOf) AND (coalesce(b.validToLatest, b.validTo) IS NULL OR coalesce(b.validToLatest, b.validTo) > $asOf)) AND (NOT $certainOnly OR (b.knownFrom IS NOT NULL AND b.knownFrom <= $asOf AND (b.validTo IS NULL OR b.validTo > $asOf)))) THEN true ELSE (b.validTo IS NOT NULL AND b.validTo <= $asOf AND ($includeFormer OR CASE WHEN b.validTo = $asOf THEN EXISTS { MATCH (b)--(transition:Event) WHERE transition.validFrom = $asOf } ELSE false END)) END
  AND ($types IS NULL OR type(r) IN $types)
  AND (($nodeTypes IS NULL AND $kinds IS NULL) OR b.kind IN coalesce($kinds, []) OR any(l IN labels(b) WHERE l IN coalesce($nodeTypes, [])))
RETURN DISTINCT b.id AS id
-- parameters
{
  "frontier": [
    "barts-health"
  ],
  "asOf": "date('2015-01-01')",
  "certainOnly": false,
  "includeFormer": false,
  "types": null,
  "nodeTypes": null,
  "kinds": null
}

-- statement 3
MATCH (s:Source) RETURN s.id AS id, s.title AS title, s.url AS url
-- parameters
{}

-- statement 4
MATCH (n:Entity) WHERE n.id IN $ids
OPTIONAL MATCH (n)-[:HAS_FIGURE]->(f:Figure)
WITH n, collect(f {.*}) AS figures
RETURN n {.*} AS props, [l IN labels(n) WHERE l <> 'Entity'][0] AS nodeType, figures
ORDER BY n.id
-- parameters
{
  "ids": [
    "barts-health"
  ]
}

-- statement 5
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND CASE WHEN $asOf IS NULL OR (((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (coalesce(r.validToLatest, r.validTo) IS NULL OR coalesce(r.validToLatest, r.validTo) > $asOf)) AND (NOT $certainOnly OR (r.knownFrom IS NOT NULL AND r.knownFrom <= $asOf AND (r.validTo IS NULL OR r.validTo > $asOf)))) THEN true ELSE (r.validTo IS NOT NULL AND r.validTo <= $asOf AND ($includeFormer OR CASE WHEN r.validTo = $asOf THEN EXISTS { MATCH (x)--(transition:Event)--(y) WHERE x = a AND y = b AND transition.validFrom = $asOf } ELSE false END)) END
  AND ($types IS NULL OR type(r) IN $types)
RETURN r {.*} AS props, type(r) AS type, a.id AS source, b.id AS target
ORDER BY r.id
-- parameters
{
  "ids": [
    "barts-health"
  ],
  "asOf": "date('2015-01-01')",
  "certainOnly": false,
  "includeFormer": false,
  "types": null
}
