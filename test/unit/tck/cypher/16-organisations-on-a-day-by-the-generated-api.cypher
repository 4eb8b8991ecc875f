-- statement 1
CYPHER 5
MATCH (this:Organisation&Entity)
WHERE (this.knownFrom <= $param0 AND (this.validTo IS NULL OR this.validTo > $param1))
WITH *
ORDER BY this.id ASC
LIMIT $param2
RETURN this { .id, .knownFrom } AS this
-- parameters
{
  "param0": "date('2015-01-01')",
  "param1": "date('2015-01-01')",
  "param2": 100
}

-- statement 2
CYPHER 5
MATCH (this:Organisation&Entity)
WHERE ((this.validFrom IS NULL OR this.validFrom <= $param0) AND (this.validTo IS NULL OR this.validToLatest > $param1 OR (this.validTo > $param2 AND this.validToLatest IS NULL)))
WITH *
ORDER BY this.id ASC
LIMIT $param3
RETURN this { .id } AS this
-- parameters
{
  "param0": "date('2015-01-01')",
  "param1": "date('2015-01-01')",
  "param2": "date('2015-01-01')",
  "param3": 100
}
