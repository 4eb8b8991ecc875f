-- statement 1
MATCH (n:Entity {id: $id})
WHERE CASE WHEN $asOf IS NULL OR (((n.validFrom IS NULL OR n.validFrom <= $asOf) AND (coalesce(n.validToLatest, n.validTo) IS NULL OR coalesce(n.validToLatest, n.validTo) > $asOf)) AND (NOT $certainOnly OR (n.knownFrom IS NOT NULL AND n.knownFrom <= $asOf AND (n.validTo IS NULL OR n.validTo > $asOf)))) THEN true ELSE (n.validTo IS NOT NULL AND n.validTo <= $asOf AND ($includeFormer OR CASE WHEN n.validTo = $asOf THEN EXISTS { MATCH (n)--(transition:Event) WHERE transition.validFrom = $asOf } ELSE false END)) END
RETURN n.id AS id
-- parameters
{
  "id": "gp-care-group",
  "asOf": null,
  "certainOnly": false,
  "includeFormer": false
}

-- statement 2
MATCH (n:Entity {id: $id})-[r]-(o:Entity)
RETURN r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id} AS rel, o.id AS other,
       'Event' IN labels(o) AS otherIsEvent
-- parameters
{
  "id": "gp-care-group"
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
    "gp-care-group"
  ]
}
