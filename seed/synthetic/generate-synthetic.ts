// A deterministic national-size seed that follows the real model: kinds in England's proportions
// (ICBs, trusts, PCNs, GP practices, local authorities, CVSs, Healthwatch, voluntary groups),
// arrangements with parties and a lead manager, CCG-to-ICB successions and TUPE transfers, dates on
// everything, and every fact citing a sentence of a generated source document. Degrees follow a
// preferential-attachment (scale-free) distribution, as real collaboration networks do.
import { stringify } from "csv-stringify/sync";
import { stringify as yaml } from "yaml";

export interface SyntheticOptions {
  /** Organisations to generate; relationships come to about five per organisation. */
  orgs: number;
  /** Seed of the pseudo-random generator: the same seed gives the same files. */
  seed: number;
}

/** Files to write into a seed directory: data files by name, and source documents by name. */
export interface SyntheticSeed {
  data: Map<string, string>;
  sources: Map<string, string>;
  counts: { organisations: number; relationships: number; nodes: number };
}

/** mulberry32: small, fast and good enough for reproducible test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shares of England's organisations (about 42 ICBs, 210 trusts, 1,250 PCNs, 6,300 practices …). */
const kinds: [kind: string, share: number][] = [
  ["integrated care board", 0.0006],
  ["NHS trust", 0.003],
  ["primary care network", 0.016],
  ["GP practice", 0.08],
  ["local authority", 0.004],
  ["council for voluntary service", 0.003],
  ["local Healthwatch", 0.0015],
  ["partnership", 0.004],
];
const voluntary = "voluntary organisation";
const maxRowsPerFile = 100_000;

export function generateSynthetic({ orgs, seed }: SyntheticOptions): SyntheticSeed {
  const rand = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)] as T;
  const day = (from: number, to: number) => {
    const date = new Date(Date.UTC(from, 0, 1) + rand() * (Date.UTC(to, 0, 1) - Date.UTC(from, 0, 1)));
    return date.toISOString().slice(0, 10);
  };
  const facts: string[] = [];
  const cite = (sentence: string) => {
    facts.push(sentence);
    return { quote: sentence, source: `synthetic-${Math.floor((facts.length - 1) / maxRowsPerFile) + 1}` };
  };

  // Organisations, by kind.
  const byKind = new Map<string, string[]>();
  const organisations: Record<string, string>[] = [];
  const validFrom = new Map<string, string>();
  let n = 0;
  const addOrg = (kind: string, extra: Record<string, string> = {}) => {
    n++;
    const id = `org-${n}`;
    // ICBs were formed on 1 July 2022 (every one replaced a CCG); other kinds at random.
    const drawn = rand() < 0.9 ? day(1948, 2021) : "";
    const from = kind === "integrated care board" ? "2022-07-01" : drawn;
    if (from) validFrom.set(id, from);
    const name = `${kind.replace(/^./, (c) => c.toUpperCase())} ${n}`;
    const c = cite(`${name} is a ${kind}.`);
    organisations.push({
      id,
      name,
      kind,
      shortNames: "",
      aliases: `O${n}`,
      description: "",
      validFrom: from,
      validTo: "",
      odsCode: `S${n.toString(36).toUpperCase()}`,
      charityNumber: "",
      quote: c.quote,
      source: c.source,
      ...extra,
    });
    const ofKind = byKind.get(kind);
    if (ofKind) ofKind.push(id);
    else byKind.set(kind, [id]);
    return id;
  };
  for (const [kind, share] of kinds) for (let i = 0; i < Math.max(1, Math.round(orgs * share)); i++) addOrg(kind);
  while (n < orgs) addOrg(voluntary);
  const of = (kind: string) => byKind.get(kind) ?? [];

  // Areas, services and sites.
  const areas = of("local authority").map((_, i) => ({ id: `area-${i + 1}`, name: `Area ${i + 1}`, kind: "place" }));
  const services = Array.from({ length: Math.max(5, Math.round(orgs / 20)) }, (_, i) => ({
    id: `service-${i + 1}`,
    name: `Service ${i + 1}`,
    kind: pick(["community health service", "mental health service", "acute care", "general practice"]),
  }));
  const sites = of("NHS trust").flatMap((_, t) =>
    [1, 2, 3].map((s) => ({ id: `site-${t + 1}-${s}`, name: `Hospital ${t + 1}.${s}`, kind: "hospital site" })),
  );
  const nodeRecord = (r: { id: string; name: string; kind: string }) => ({
    ...r,
    cite: [cite(`${r.name} is a ${r.kind}.`)],
  });

  // Relationships.
  const relationships: Record<string, string>[] = [];
  const endpoints: string[] = []; // every endpoint once per edge: picking from it is degree-proportional
  const validTo = new Map<string, string>();
  /**
   * A relationship dated within both ends' lifetimes (the loader refuses any other): from the later
   * start, ending (now and then) no later than the earlier end. `undated` leaves both dates open, as
   * the seed does for an event's link to the body it ended; `override` exempts it with a reason.
   */
  const relate = (
    type: string,
    from: string,
    to: string,
    extra: { role?: string; validFrom?: string; validTo?: string; undated?: boolean; override?: string } = {},
  ) => {
    const starts = [validFrom.get(from), validFrom.get(to), extra.validFrom].filter(Boolean).sort();
    const start = extra.undated ? "" : (starts.at(-1) ?? "");
    const drawn = extra.validTo ?? (start && rand() < 0.05 ? day(Number(start.slice(0, 4)) + 1, 2025) : "");
    const lastEnd = [validTo.get(from), validTo.get(to)].filter(Boolean).sort()[0] ?? "";
    const end = lastEnd && drawn > lastEnd ? lastEnd : drawn;
    const c = cite(`${from} ${type.toLowerCase().replaceAll("_", " ")} ${to}.`);
    relationships.push({
      id: `${type}:${from}->${to}`,
      type,
      from,
      to,
      validFrom: start,
      validTo: end > start ? end : "",
      role: extra.role ?? "",
      quote: c.quote,
      source: c.source,
      overrideRule: extra.override ? "dates-within-endpoints" : "",
      overrideReason: extra.override ?? "",
    });
    if (from.startsWith("org-") && to.startsWith("org-")) endpoints.push(from, to);
  };
  const seen = new Set<string>();
  const once = (type: string, from: string, to: string, extra = {}) => {
    const key = `${type}:${from}->${to}`;
    if (from === to || seen.has(key)) return;
    seen.add(key);
    relate(type, from, to, extra);
  };

  const partnerships = of("partnership");
  for (const id of of("GP practice")) {
    once("MEMBER_OF", id, pick(of("primary care network")));
    once("SERVES", id, pick(areas).id);
    once("PROVIDES", id, pick(services).id);
  }
  for (const id of of("primary care network")) once("PARTNER_IN", id, pick(partnerships));
  for (const id of of("NHS trust")) {
    for (let s = 1; s <= 3; s++) once("OPERATES", id, `site-${of("NHS trust").indexOf(id) + 1}-${s}`);
    for (let k = 0; k < 5; k++) once("PROVIDES", id, pick(services).id);
    for (let k = 0; k < 3; k++) once("SERVES", id, pick(areas).id);
    once("PARTNER_IN", id, pick(partnerships));
  }
  for (const id of of("integrated care board")) {
    for (let k = 0; k < 10; k++) once("COMMISSIONS", id, pick(services).id, { validFrom: "2022-07-01" });
    for (let k = 0; k < 3; k++) once("PARTNER_IN", id, pick(partnerships), { validFrom: "2022-07-01" });
  }
  for (const id of [...of("local authority"), ...of("local Healthwatch"), ...of("council for voluntary service")]) {
    once("PARTNER_IN", id, pick(partnerships));
    once("SERVES", id, pick(areas).id);
  }
  // Voluntary organisations: a CVS membership, an area, and collaborations that favour the well connected.
  for (const id of of(voluntary)) {
    once("MEMBER_OF", id, pick(of("council for voluntary service")));
    once("SERVES", id, pick(areas).id);
    const collaborations = rand() < 0.7 ? 3 : 2;
    for (let k = 0; k < collaborations; k++)
      once(
        "WORKS_WITH",
        id,
        endpoints.length > 0 && rand() < 0.8 ? pick(endpoints) : `org-${1 + Math.floor(rand() * orgs)}`,
      );
  }

  // Arrangements: two trusts and a lead manager each.
  const arrangements = Array.from({ length: Math.max(1, Math.round(orgs / 500)) }, (_, i) =>
    nodeRecord({ id: `arrangement-${i + 1}`, name: `Alliance ${i + 1}`, kind: "alliance contract" }),
  );
  for (const a of arrangements) {
    once("PARTY_TO", pick(of("NHS trust")), a.id, { role: "party" });
    once("PARTY_TO", pick(of("NHS trust")), a.id, { role: "party" });
    once("LEAD_MANAGER_OF", pick([...of("primary care network"), ...of("NHS trust")]), a.id, { role: "lead manager" });
    once("PROVIDES", a.id, pick(services).id);
  }

  // Events: every ICB replaced a CCG on 1 July 2022; some services moved under TUPE.
  const events: ReturnType<typeof nodeRecord>[] = [];
  for (const icb of of("integrated care board")) {
    const ccg = addOrg("clinical commissioning group", { validFrom: "2013-04-01", validTo: "2022-07-01" });
    validFrom.set(ccg, "2013-04-01");
    validTo.set(ccg, "2022-07-01");
    const row = organisations.at(-1) as Record<string, string>;
    row.validFrom = "2013-04-01";
    row.validTo = "2022-07-01";
    const event = {
      ...nodeRecord({ id: `succession-${icb}`, name: `${icb} replaces ${ccg}`, kind: "succession" }),
      validFrom: "2022-07-01",
    };
    events.push(event);
    validFrom.set(event.id, "2022-07-01");
    relate("PREDECESSOR", event.id, ccg, { undated: true });
    relate("SUCCESSOR", event.id, icb);
    // A succession begins on the day its predecessor ceases (core/vocabulary.ts: a transition).
    relate("SUCCEEDED", icb, ccg, { validFrom: "2022-07-01" });
  }
  for (let i = 0; i < Math.max(1, Math.round(orgs / 1000)); i++) {
    const when = day(2010, 2024);
    const event = {
      ...nodeRecord({ id: `transfer-${i + 1}`, name: `TUPE transfer ${i + 1}`, kind: "TUPE transfer" }),
      validFrom: when,
    };
    events.push(event);
    validFrom.set(event.id, when);
    relate("TRANSFERRED_FROM", event.id, pick(of("NHS trust")));
    relate("TRANSFERRED_TO", event.id, pick(of("primary care network")));
    relate("CONCERNS", event.id, pick(services).id);
  }

  const data = new Map<string, string>();
  const sourceFiles = Math.ceil(facts.length / maxRowsPerFile);
  data.set(
    "sources.yaml",
    yaml(
      Array.from({ length: sourceFiles }, (_, i) => ({
        id: `synthetic-${i + 1}`,
        title: `Synthetic national register, part ${i + 1}`,
        file: `synthetic-${i + 1}.txt`,
      })),
    ),
  );
  const defaultSource = "synthetic-1";
  const records = (items: unknown[]) => yaml({ defaultSource, records: items });
  data.set("services.yaml", records(services.map(nodeRecord)));
  data.set("arrangements.yaml", records(arrangements));
  data.set("events.yaml", records(events));
  data.set("places.yaml", yaml({ defaultSource, areas: areas.map(nodeRecord), sites: sites.map(nodeRecord) }));
  const table = (name: string, rows: Record<string, string>[]) => {
    for (let i = 0; i < rows.length; i += maxRowsPerFile) {
      data.set(`${name}-${i / maxRowsPerFile + 1}.csv`, stringify(rows.slice(i, i + maxRowsPerFile), { header: true }));
    }
  };
  table("organisations", organisations);
  table("relationships", relationships);

  const sources = new Map<string, string>();
  for (let i = 0; i < sourceFiles; i++)
    sources.set(`synthetic-${i + 1}.txt`, facts.slice(i * maxRowsPerFile, (i + 1) * maxRowsPerFile).join("\n"));
  const otherNodes = services.length + areas.length + sites.length + arrangements.length + events.length;
  return {
    data,
    sources,
    counts: {
      organisations: organisations.length,
      relationships: relationships.length,
      nodes: organisations.length + otherNodes,
    },
  };
}
