import { describe, expect, it } from "vitest";
import { unsupportedClaims } from "../../../seed/check/story-claims.js";

const cited = [
  "Tower Hamlets Together is made up of a number of different partners",
  "NHS NEL were formed on 1 July 2022 following the Health and Care Act 2022 and replaced North East London Clinical Commissioning Group.",
];

describe("a story's claims against the sentences it cites", () => {
  it("accepts names and numbers the quotes give, and plain words at a sentence's start", () => {
    expect(unsupportedClaims("1 July 2022: NHS NEL replaces the Clinical Commissioning Group", cited)).toEqual([]);
    expect(unsupportedClaims("The partners of Tower Hamlets Together", cited)).toEqual([]);
    expect(unsupportedClaims("Formed following the Health and Care Act 2022.", cited)).toEqual([]);
  });

  it("names a number the quotes do not give", () => {
    expect(unsupportedClaims("A partnership of 6 organisations", cited)).toEqual(["6"]);
    expect(unsupportedClaims("NHS NEL was formed on 2 July 2022", cited)).toEqual(["2"]);
  });

  it("names a name the quotes do not give, wherever it stands", () => {
    expect(unsupportedClaims("Tower Hamlets Together works with Barts Health", cited)).toEqual(["Barts Health"]);
    expect(unsupportedClaims("Healthcare for Luton joins", cited)).toEqual(["Healthcare", "Luton"]);
  });
});
