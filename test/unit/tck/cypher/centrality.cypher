-- statement 1
OPTIONAL MATCH (g:GraphRevision {id: 'graph'}) RETURN coalesce(g.number, 0) AS number
-- parameters
{}
