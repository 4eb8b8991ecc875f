-- statement 1
MATCH (n:Entity)
WHERE (n.validFrom IS NOT NULL AND n.validFrom <= $to AND coalesce(n.validFromLatest, n.validFrom) > $from) OR (n.validTo IS NOT NULL AND n.validTo <= $to AND coalesce(n.validToLatest, n.validTo) > $from)
RETURN n.id AS id,
       (n.validFrom IS NOT NULL AND n.validFrom <= $to AND coalesce(n.validFromLatest, n.validFrom) > $from) AS started, (n.validFrom > $from AND coalesce(n.validFromLatest, n.validFrom) <= $to) AS startedSurely,
       (n.validTo IS NOT NULL AND n.validTo <= $to AND coalesce(n.validToLatest, n.validTo) > $from) AS ended, (n.validTo > $from AND coalesce(n.validToLatest, n.validTo) <= $to) AS endedSurely
-- parameters
{
  "from": "date('2021-12-31')",
  "to": "date('2023-12-31')"
}

-- statement 2
MATCH (a:Entity)-[r]->(b:Entity)
WITH a, r, b,
     CASE WHEN a:Event AND r.validFrom IS NULL AND r.validFromText IS NULL THEN a ELSE r END AS began
WHERE (began.validFrom IS NOT NULL AND began.validFrom <= $to AND coalesce(began.validFromLatest, began.validFrom) > $from) OR (r.validTo IS NOT NULL AND r.validTo <= $to AND coalesce(r.validToLatest, r.validTo) > $from)
RETURN r {.*} AS props, type(r) AS type, a.id AS source, b.id AS target,
       (began.validFrom IS NOT NULL AND began.validFrom <= $to AND coalesce(began.validFromLatest, began.validFrom) > $from) AS started, (began.validFrom > $from AND coalesce(began.validFromLatest, began.validFrom) <= $to) AS startedSurely,
       (r.validTo IS NOT NULL AND r.validTo <= $to AND coalesce(r.validToLatest, r.validTo) > $from) AS ended, (r.validTo > $from AND coalesce(r.validToLatest, r.validTo) <= $to) AS endedSurely
ORDER BY r.id
-- parameters
{
  "from": "date('2021-12-31')",
  "to": "date('2023-12-31')"
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
  "ids": []
}
