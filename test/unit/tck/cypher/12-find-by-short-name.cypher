-- statement 1
CALL db.index.fulltext.queryNodes('entity_names', $query, {skip: $skip, limit: $limit}) YIELD node, score
RETURN node.id AS id, score
ORDER BY score DESC, id
-- parameters
{
  "query": "+nhs +(nel OR nel*)",
  "skip": 0,
  "limit": 3
}

-- statement 2
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node
RETURN count(node) AS count
-- parameters
{
  "query": "+nhs +(nel OR nel*)"
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
