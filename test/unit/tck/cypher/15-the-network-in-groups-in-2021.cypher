-- statement 1
CALL () {
  MATCH (n:Entity)
  WHERE CASE WHEN $asOf IS NULL OR (((n.validFrom IS NULL OR n.validFrom <= $asOf) AND (coalesce(n.validToLatest, n.validTo) IS NULL OR coalesce(n.validToLatest, n.validTo) > $asOf)) AND (NOT $certainOnly OR (n.knownFrom IS NOT NULL AND n.knownFrom <= $asOf AND (n.validTo IS NULL OR n.validTo > $asOf)))) THEN true ELSE (n.validTo IS NOT NULL AND n.validTo <= $asOf AND ($includeFormer OR CASE WHEN n.validTo = $asOf THEN EXISTS { MATCH (n)--(transition:Event) WHERE transition.validFrom = $asOf } ELSE false END)) END AND (($nodeTypes IS NULL AND $kinds IS NULL) OR n.kind IN coalesce($kinds, []) OR any(l IN labels(n) WHERE l IN coalesce($nodeTypes, [])))
  WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS nodeType, n.kind AS kind
  WITH nodeType, coalesce(kind, nodeType) AS kind, count(*) AS count
  RETURN collect({nodeType: nodeType, kind: kind, count: count}) AS groups
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE CASE WHEN $asOf IS NULL OR (((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (coalesce(r.validToLatest, r.validTo) IS NULL OR coalesce(r.validToLatest, r.validTo) > $asOf)) AND (NOT $certainOnly OR (r.knownFrom IS NOT NULL AND r.knownFrom <= $asOf AND (r.validTo IS NULL OR r.validTo > $asOf)))) THEN true ELSE (r.validTo IS NOT NULL AND r.validTo <= $asOf AND ($includeFormer OR CASE WHEN r.validTo = $asOf THEN EXISTS { MATCH (x)--(transition:Event)--(y) WHERE x = a AND y = b AND transition.validFrom = $asOf } ELSE false END)) END AND ($types IS NULL OR type(r) IN $types)
    AND CASE WHEN $asOf IS NULL OR (((a.validFrom IS NULL OR a.validFrom <= $asOf) AND (coalesce(a.validToLatest, a.validTo) IS NULL OR coalesce(a.validToLatest, a.validTo) > $asOf)) AND (NOT $certainOnly OR (a.knownFrom IS NOT NULL AND a.knownFrom <= $asOf AND (a.validTo IS NULL OR a.validTo > $asOf)))) THEN true ELSE (a.validTo IS NOT NULL AND a.validTo <= $asOf AND ($includeFormer OR CASE WHEN a.validTo = $asOf THEN EXISTS { MATCH (a)--(transition:Event) WHERE transition.validFrom = $asOf } ELSE false END)) END AND (($nodeTypes IS NULL AND $kinds IS NULL) OR a.kind IN coalesce($kinds, []) OR any(l IN labels(a) WHERE l IN coalesce($nodeTypes, []))) AND CASE WHEN $asOf IS NULL OR (((b.validFrom IS NULL OR b.validFrom <= $asOf) AND (coalesce(b.validToLatest, b.validTo) IS NULL OR coalesce(b.validToLatest, b.validTo) > $asOf)) AND (NOT $certainOnly OR (b.knownFrom IS NOT NULL AND b.knownFrom <= $asOf AND (b.validTo IS NULL OR b.validTo > $asOf)))) THEN true ELSE (b.validTo IS NOT NULL AND b.validTo <= $asOf AND ($includeFormer OR CASE WHEN b.validTo = $asOf THEN EXISTS { MATCH (b)--(transition:Event) WHERE transition.validFrom = $asOf } ELSE false END)) END AND (($nodeTypes IS NULL AND $kinds IS NULL) OR b.kind IN coalesce($kinds, []) OR any(l IN labels(b) WHERE l IN coalesce($nodeTypes, [])))
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
  "certainOnly": false,
  "includeFormer": false,
  "nodeTypes": [
    "Organisation"
  ],
  "kinds": null,
  "types": null
}
