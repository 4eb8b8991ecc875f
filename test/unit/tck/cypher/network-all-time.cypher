-- statement 1
MATCH (n:Entity)
WHERE CASE WHEN $asOf IS NULL OR (((n.validFrom IS NULL OR n.validFrom <= $asOf) AND (coalesce(n.validToLatest, n.validTo) IS NULL OR coalesce(n.validToLatest, n.validTo) > $asOf)) AND (NOT $certainOnly OR (n.knownFrom IS NOT NULL AND n.knownFrom <= $asOf AND (n.validTo IS NULL OR n.validTo > $asOf)))) THEN true ELSE (n.validTo IS NOT NULL AND n.validTo <= $asOf AND ($includeFormer OR CASE WHEN n.validTo = $asOf THEN EXISTS { MATCH (n)--(transition:Event) WHERE transition.validFrom = $asOf } ELSE false END)) END
  AND (($nodeTypes IS NULL AND $kinds IS NULL) OR n.kind IN coalesce($kinds, []) OR any(l IN labels(n) WHERE l IN coalesce($nodeTypes, [])))
RETURN n.id AS id
-- parameters
{
  "asOf": null,
  "certainOnly": false,
  "includeFormer": false,
  "nodeTypes": null,
  "kinds": null
}

-- statement 2
MATCH (s:Source) RETURN s.id AS id, s.title AS title, s.url AS url
-- parameters
{}

-- statement 3
MATCH (n:Entity) WHERE n.id IN $ids
OPTIONAL MATCH (n)-[:HAS_FIGURE]->(f:Figure)
WITH n, collect(f {.*}) AS figures
RETURN n {.*} AS props, [l IN labels(n) WHERE l <> 'Entity'][0] AS nodeType, figures
ORDER BY n.id
-- parameters
{
  "ids": []
}

-- statement 4
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND CASE WHEN $asOf IS NULL OR (((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (coalesce(r.validToLatest, r.validTo) IS NULL OR coalesce(r.validToLatest, r.validTo) > $asOf)) AND (NOT $certainOnly OR (r.knownFrom IS NOT NULL AND r.knownFrom <= $asOf AND (r.validTo IS NULL OR r.validTo > $asOf)))) THEN true ELSE (r.validTo IS NOT NULL AND r.validTo <= $asOf AND ($includeFormer OR CASE WHEN r.validTo = $asOf THEN EXISTS { MATCH (x)--(transition:Event)--(y) WHERE x = a AND y = b AND transition.validFrom = $asOf } ELSE false END)) END
  AND ($types IS NULL OR type(r) IN $types)
RETURN r {.*} AS props, type(r) AS type, a.id AS source, b.id AS target
ORDER BY r.id
-- parameters
{
  "ids": [],
  "asOf": null,
  "certainOnly": false,
  "includeFormer": false,
  "types": null
}
