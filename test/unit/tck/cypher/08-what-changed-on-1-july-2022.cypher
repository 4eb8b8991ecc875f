-- statement 1
MATCH (n:Entity)
WITH n, ((n.validFrom IS NULL OR n.validFrom <= $from) AND (n.validTo IS NULL OR n.validTo > $from)) AS before, ((n.validFrom IS NULL OR n.validFrom <= $to) AND (n.validTo IS NULL OR n.validTo > $to)) AS after
WHERE before <> after
RETURN n.id AS id, after AS started
-- parameters
{
  "from": "date('2022-06-30')",
  "to": "date('2022-07-01')"
}

-- statement 2
MATCH (a:Entity)-[r]->(b:Entity)
WITH a, r, b, ((r.validFrom IS NULL OR r.validFrom <= $from) AND (r.validTo IS NULL OR r.validTo > $from)) AND ((a.validFrom IS NULL OR a.validFrom <= $from) AND (a.validTo IS NULL OR a.validTo > $from)) AND ((b.validFrom IS NULL OR b.validFrom <= $from) AND (b.validTo IS NULL OR b.validTo > $from)) AS before,
     ((r.validFrom IS NULL OR r.validFrom <= $to) AND (r.validTo IS NULL OR r.validTo > $to)) AND ((a.validFrom IS NULL OR a.validFrom <= $to) AND (a.validTo IS NULL OR a.validTo > $to)) AND ((b.validFrom IS NULL OR b.validFrom <= $to) AND (b.validTo IS NULL OR b.validTo > $to)) AS after
WHERE before <> after
RETURN r {.*} AS props, type(r) AS type, a.id AS source, b.id AS target, after AS started
ORDER BY r.id
-- parameters
{
  "from": "date('2022-06-30')",
  "to": "date('2022-07-01')"
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
