// Cytoscape renderer options shared by the page and its benchmark (bench/page/draw-bench.ts), so
// the benchmark draws exactly as the page does.
//
// While someone drags or wheels the view, Cytoscape moves a cached picture of the graph instead of
// redrawing every node, edge and label each frame (Cytoscape's own advice for big graphs); the full
// drawing comes back as soon as the gesture stops. Programmatic moves (story steps, fits) are not
// gestures and always draw in full.
export const renderOptions = {
  textureOnViewport: true,
  minZoom: 0.05,
  maxZoom: 4,
} as const;
