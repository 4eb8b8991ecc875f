-- statement 1
MATCH (n:Entity)
WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS nodeType, n.kind AS kind
RETURN coalesce(kind, nodeType) AS name, nodeType, count(*) AS count
ORDER BY count DESC, name
-- parameters
{}
