-- statement 1
CALL () {
  MATCH (n:Entity)
  WHERE ($asOf IS NULL OR ((n.validFrom IS NULL OR n.validFrom <= $asOf) AND (n.validTo IS NULL OR n.validTo > $asOf))) AND (($nodeTypes IS NULL AND $kinds IS NULL) OR n.kind IN coalesce($kinds, []) OR any(l IN labels(n) WHERE l IN coalesce($nodeTypes, [])))
  WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS nodeType, n.kind AS kind
  WITH nodeType, coalesce(kind, nodeType) AS kind, count(*) AS count
  RETURN collect({nodeType: nodeType, kind: kind, count: count}) AS groups
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo > $asOf))) AND ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR ((a.validFrom IS NULL OR a.validFrom <= $asOf) AND (a.validTo IS NULL OR a.validTo > $asOf))) AND (($nodeTypes IS NULL AND $kinds IS NULL) OR a.kind IN coalesce($kinds, []) OR any(l IN labels(a) WHERE l IN coalesce($nodeTypes, []))) AND ($asOf IS NULL OR ((b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo > $asOf))) AND (($nodeTypes IS NULL AND $kinds IS NULL) OR b.kind IN coalesce($kinds, []) OR any(l IN labels(b) WHERE l IN coalesce($nodeTypes, [])))
  WITH [l IN labels(a) WHERE l <> 'Entity'][0] AS sourceType, a.kind AS sourceKind, type(r) AS type,
       [l IN labels(b) WHERE l <> 'Entity'][0] AS targetType, b.kind AS targetKind
  WITH sourceType, coalesce(sourceKind, sourceType) AS sourceKind, type,
       targetType, coalesce(targetKind, targetType) AS targetKind, count(*) AS count
  RETURN collect({sourceType: sourceType, sourceKind: sourceKind, type: type,
                  targetType: targetType, targetKind: targetKind, count: count}) AS links
}
RETURN groups, links
-- parameters
{
  "asOf": "date('2021-06-01')",
  "nodeTypes": null,
  "kinds": null,
  "types": null
}
