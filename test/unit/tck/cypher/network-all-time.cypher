-- statement 1
MATCH (n:Entity)
WHERE ($asOf IS NULL OR ((n.validFrom IS NULL OR n.validFrom <= $asOf) AND (n.validTo IS NULL OR n.validTo > $asOf)))
  AND (($nodeTypes IS NULL AND $kinds IS NULL) OR n.kind IN coalesce($kinds, []) OR any(l IN labels(n) WHERE l IN coalesce($nodeTypes, [])))
RETURN n.id AS id
-- parameters
{
  "asOf": null,
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
WHERE a.id IN $ids AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo > $asOf)))
  AND ($types IS NULL OR type(r) IN $types)
RETURN r {.*} AS props, type(r) AS type, a.id AS source, b.id AS target
ORDER BY r.id
-- parameters
{
  "ids": [],
  "asOf": null,
  "types": null
}
