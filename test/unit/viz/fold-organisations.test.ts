import { describe, expect, it } from "vitest";
import { foldLimit, foldOrganisations } from "../../../viz/src/model/fold-organisations.js";
import type { Citation, Network } from "../../../viz/src/types.js";
import { edge, node } from "./sample-view.js";

const cite = (quote: string): Citation => ({ quote, source: "partners", sourceTitle: "Partners", sourceUrl: null });

/** The seed's shape: the Alliance, the TUPE transfer, the succession (with its direct SUCCEEDED). */
const network: Network = {
  nodes: [
    node("barts", { label: "Barts Health" }),
    node("elft", { label: "ELFT" }),
    node("gpcg", { kind: "GP federation", label: "GP Care Group" }),
    node("ccg", { kind: "clinical commissioning group", label: "The CCG", validTo: "2022-07-01" }),
    node("icb", { kind: "integrated care board", label: "NHS NEL", validFrom: "2022-07-01" }),
    node("alliance", {
      nodeType: "Arrangement",
      kind: "alliance contract",
      label: "Alliance",
      citations: [cite("the “Alliance” between Barts Health and ELFT")],
    }),
    node("tupe", {
      nodeType: "Event",
      kind: "TUPE transfer",
      label: "TUPE transfer of health visiting",
      validFrom: "2016-04-01",
      start: { date: "2016-04-01", latest: null, text: null, precision: "DAY" },
    }),
    node("succession", { nodeType: "Event", kind: "succession", label: "NEL replaces the CCG" }),
    node("visiting", { nodeType: "Service", kind: "service", label: "Health visiting" }),
    node("members", { nodeType: "Group", kind: "membership", label: "Members" }),
  ],
  edges: [
    edge("PARTY_TO", "barts", "alliance", { citations: [cite("between Barts Health and ELFT")] }),
    edge("PARTY_TO", "elft", "alliance", { citations: [cite("between Barts Health and ELFT")] }),
    edge("LEAD_MANAGER_OF", "gpcg", "alliance", { citations: [cite("the lead manager")], validTo: "2030-01-01" }),
    edge("TRANSFERRED_FROM", "tupe", "barts", { staff: 140 }),
    edge("TRANSFERRED_TO", "tupe", "gpcg", { staff: 140 }),
    edge("CONCERNS", "tupe", "visiting"),
    edge("PREDECESSOR", "succession", "ccg"),
    edge("SUCCESSOR", "succession", "icb"),
    edge("SUCCEEDED", "icb", "ccg"),
    edge("PROVIDES", "gpcg", "visiting"),
    edge("MEMBER_OF", "members", "gpcg"),
  ],
};

describe("the organisations view's folding", () => {
  const folded = foldOrganisations(network);
  const linkOf = (source: string, target: string) =>
    folded.edges.filter((e) => e.source === source && e.target === target);

  it("keeps the organisations only, and the relationships directly between them", () => {
    expect(folded.nodes.map((n) => n.id).sort()).toEqual(["barts", "ccg", "elft", "gpcg", "icb"]);
    expect(folded.edges.filter((e) => !e.folded).map((e) => e.type)).toEqual(["SUCCEEDED"]);
  });

  it("joins the Alliance's parties once, and its lead manager to each party, labelled by the rule", () => {
    expect(linkOf("barts", "elft").map((e) => e.label)).toEqual(["Alliance partner"]);
    expect(linkOf("elft", "barts")).toEqual([]);
    expect(linkOf("gpcg", "barts").map((e) => e.label)).toEqual(["lead manager of the Alliance with"]);
    expect(linkOf("gpcg", "elft")[0]?.folded?.sentence).toBe(
      "GP Care Group is lead manager of the Alliance, to which ELFT is party",
    );
  });

  it("keeps every citation of the facts it folds, each once, and the hub's", () => {
    const quotes = linkOf("gpcg", "barts")[0]?.citations.map((c) => c.quote);
    expect(quotes).toEqual([
      "the lead manager",
      "between Barts Health and ELFT",
      "the “Alliance” between Barts Health and ELFT",
    ]);
    expect(linkOf("barts", "elft")[0]?.citations).toHaveLength(2);
  });

  it("holds only while both facts and the hub hold", () => {
    const lead = linkOf("gpcg", "barts")[0];
    expect(lead?.validTo).toBe("2030-01-01");
    const tupe = linkOf("barts", "gpcg")[0];
    expect(tupe?.validFrom).toBe("2016-04-01");
    expect(tupe?.start?.date).toBe("2016-04-01");
  });

  it("says a transfer with its staff, kind and year, from the transferor to the transferee", () => {
    const tupe = linkOf("barts", "gpcg");
    expect(tupe.map((e) => e.label)).toEqual(["transferred 140 staff to (TUPE transfer, 2016)"]);
    expect(tupe[0]?.staff).toBe(140);
    expect(tupe[0]?.derivations[0]?.rule).toContain("TUPE transfer of health visiting transferred from Barts Health");
  });

  it("adds no succession link where a direct relationship already says it", () => {
    expect(linkOf("ccg", "icb")).toEqual([]);
    const withoutDirect = foldOrganisations({
      nodes: network.nodes,
      edges: network.edges.filter((e) => e.type !== "SUCCEEDED"),
    });
    expect(withoutDirect.edges.filter((e) => e.source === "ccg" && e.target === "icb").map((e) => e.label)).toEqual([
      "was replaced by (undated)",
    ]);
  });

  it("gives each link an id of its own, stable from one fold to the next", () => {
    const ids = folded.edges.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(foldOrganisations(network).edges.map((e) => e.id)).toEqual(ids);
  });

  it("marks a link uncertain when any fact it folds is", () => {
    const uncertain = foldOrganisations({
      nodes: network.nodes,
      edges: network.edges.map((e) =>
        e.type === "PARTY_TO" && e.source === "elft" ? { ...e, certainty: "UNCERTAIN" } : e,
      ),
    });
    const partner = uncertain.edges.find((e) => e.source === "barts" && e.target === "elft");
    expect(partner?.certainty).toBe("UNCERTAIN");
  });

  it("leaves a hub joining more than the limit unfolded, and says so", () => {
    const many = Array.from({ length: foldLimit + 1 }, (_, i) => node(`o${i}`, { label: `Org ${i}` }));
    const group = node("vcse", { nodeType: "Group", kind: "voluntary sector", label: "VCSE sector" });
    const big = foldOrganisations({
      nodes: [...many, group],
      edges: many.map((n) => edge("WORKS_WITH", n.id, "vcse")),
    });
    expect(big.edges).toEqual([]);
    expect(big.unfolded).toEqual([{ hub: group, organisations: foldLimit + 1 }]);
    const small = foldOrganisations({
      nodes: [...many.slice(0, 3), group],
      edges: many.slice(0, 3).map((n) => edge("WORKS_WITH", n.id, "vcse")),
    });
    expect(small.edges.map((e) => e.label)).toEqual(Array(3).fill("both work with VCSE sector"));
  });
});
