-- statement 1
MATCH (n:Entity {id: $id})
WHERE ($asOf IS NULL OR ((n.validFrom IS NULL OR n.validFrom <= $asOf) AND (n.validTo IS NULL OR n.validTo > $asOf)))
RETURN n.id AS id
-- parameters
{
  "id": "barts-health",
  "asOf": "date('2015-01-01')"
}

-- statement 2
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id IN $frontier AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo > $asOf))) AND ($asOf IS NULL OR ((b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo > $asOf)))
  AND ($types IS NULL OR type(r) IN $types)
  AND (($nodeTypes IS NULL AND $kinds IS NULL) OR b.kind IN coalesce($kinds, []) OR any(l IN labels(b) WHERE l IN coalesce($nodeTypes, [])))
RETURN DISTINCT b.id AS id
-- parameters
{
  "frontier": [
    "barts-health"
  ],
  "asOf": "date('2015-01-01')",
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
WHERE a.id IN $ids AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo > $asOf)))
  AND ($types IS NULL OR type(r) IN $types)
RETURN r {.*} AS props, type(r) AS type, a.id AS source, b.id AS target
ORDER BY r.id
-- parameters
{
  "ids": [
    "barts-health"
  ],
  "asOf": "date('2015-01-01')",
  "types": null
}
