// Relationship colours: one per family of the vocabulary, no two families alike, every type of a
// family in its family's colour, and every colour but place's (the context) at least 3:1 on white.
import { describe, expect, it } from "vitest";
import { relationshipFamilies, relationshipTypes, relationshipVocabulary } from "../../../schema/contract.js";
import { edgeLook, familyColours } from "../../../viz/src/drawing/edge-styles.js";

/** WCAG's contrast ratio of a #rrggbb colour against white. */
function contrastOnWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

describe("relationship colours", () => {
  it("give each family its own colour, and every type its family's", () => {
    const colours = relationshipFamilies.map((family) => familyColours[family].toUpperCase());
    expect(new Set(colours).size).toBe(relationshipFamilies.length);
    for (const type of relationshipTypes)
      expect(edgeLook(type).colour, type).toBe(familyColours[relationshipVocabulary[type].family]);
  });

  it("stand out from white (3:1, WCAG 1.4.11), place's context lines apart", () => {
    for (const family of relationshipFamilies)
      if (family !== "place") expect(contrastOnWhite(familyColours[family]), family).toBeGreaterThanOrEqual(3);
  });

  it("tell the types of one family apart by line, width or arrow", () => {
    for (const family of relationshipFamilies) {
      const looks = relationshipTypes
        .filter((t) => relationshipVocabulary[t].family === family)
        .map((t) => `${edgeLook(t).line} ${edgeLook(t).width} ${edgeLook(t).arrow}`);
      expect(new Set(looks).size, family).toBe(looks.length);
    }
  });
});
