// What the page loads for a view, against a fake API (fetch stubbed): each network once per date,
// a focus the date lacks cleared with a reason (or, for a reader's action, refused), a story's step
// setting the date, and the summary when the network is too large to draw. Each test
// imports the loader afresh, with empty caches.

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { View } from "../../../viz/src/data/view.js";
import { defaultViewState, type ViewState } from "../../../viz/src/store/view-state.js";
import type { Network, Story } from "../../../viz/src/types.js";
import { readGraphqlRequest } from "../../support/graphql-request.js";
import { edge, node, sampleNetwork } from "./sample-view.js";

type Answer = { data: unknown } | { errors: { message: string; extensions: Record<string, unknown> }[] };
type Handlers = Record<string, (variables: Record<string, unknown>) => Answer>;

const asked: { operation: string; variables: Record<string, unknown> }[] = [];
let handlers: Handlers = {};
let files: Record<string, unknown> = {};

const tooLarge: Answer = {
  errors: [{ message: "too large", extensions: { code: "NETWORK_TOO_LARGE", elements: 90, limit: 40 } }],
};
const in2022: Network = {
  nodes: sampleNetwork.nodes.filter((n) => n.id !== "elft"),
  edges: sampleNetwork.edges.filter((e) => e.source !== "elft"),
};
const wholeNetwork: Handlers = {
  Network: ({ asOf }) => ({ data: { network: asOf ? in2022 : sampleNetwork } }),
  Focus: () => ({ data: { neighbourhood: { nodes: [{ id: "tht" }, { id: "barts" }] } } }),
};

async function loadView(state: Partial<ViewState>, options: { exact?: boolean } = {}): Promise<View> {
  const { loadView: load } = await import("../../../viz/src/data/load-view.js");
  return load({ ...defaultViewState, ...state }, options);
}

/** What an exact load (a reader's action) failed with: its code and its words. */
async function refusal(state: Partial<ViewState>): Promise<{ code: unknown; words: string }> {
  const { describeError } = await import("../../../viz/src/data/describe-error.js");
  const error: unknown = await loadView(state, { exact: true }).then(
    () => null,
    (e: unknown) => e,
  );
  if (!error) throw new Error("the exact load did not fail");
  return { code: (error as { code?: unknown }).code, words: describeError(error) };
}

beforeEach(() => {
  vi.resetModules();
  asked.length = 0;
  files = {};
  vi.stubGlobal("fetch", async (url: string, init?: RequestInit) => {
    const request = readGraphqlRequest(url, init);
    if (!request) {
      const file = files[url];
      return new Response(JSON.stringify(file ?? {}), { status: file ? 200 : 404 });
    }
    const { operation, variables } = request;
    asked.push({ operation, variables });
    const handler = handlers[operation];
    if (!handler) throw new Error(`the fake API has no ${operation}`);
    return new Response(JSON.stringify(handler(variables)), { headers: { "content-type": "application/json" } });
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("loadView", () => {
  it("loads the all-time network as the base and the date's network to draw", async () => {
    handlers = wholeNetwork;
    const view = await loadView({ date: "2022-06-30" });
    expect(view.base).toEqual(sampleNetwork);
    expect(view.network).toEqual(in2022);
    expect(view.all.kinds).toEqual(["partnership", "NHS trust", "GP federation"]);
    expect(view).toMatchObject({ large: false, summary: null, problems: [] });
  });

  it("asks the date's network beside the all-time one, not once that has answered", async () => {
    handlers = wholeNetwork;
    const order: string[] = [];
    const answering = globalThis.fetch;
    vi.stubGlobal("fetch", async (url: string, init?: RequestInit) => {
      const asOf = readGraphqlRequest(url, init)?.variables.asOf as string | undefined;
      order.push(`asked ${asOf ?? "all time"}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const response = await answering(url, init);
      order.push(`answered ${asOf ?? "all time"}`);
      return response;
    });
    const view = await loadView({ date: "2022-06-30" });
    expect(order.slice(0, 2)).toEqual(["asked all time", "asked 2022-06-30"]);
    expect(view.network).toEqual(in2022);
  });

  it("fetches each date's network once, however often it is shown", async () => {
    handlers = wholeNetwork;
    await loadView({ date: "2022-06-30" });
    await loadView({ date: "2022-06-30", layout: "dagre" });
    expect(asked.filter((a) => a.operation === "Network").map((a) => a.variables.asOf)).toEqual([null, "2022-06-30"]);
  });

  it("finds the focus's neighbourhood on the date shown", async () => {
    handlers = wholeNetwork;
    const view = await loadView({ focus: "tht", depth: 2, date: "2022-06-30" });
    expect([...(view.focusIds ?? [])]).toEqual(["tht", "barts"]);
    expect(asked.find((a) => a.operation === "Focus")?.variables).toEqual({ id: "tht", depth: 2, asOf: "2022-06-30" });
  });

  it("clears a focus the date does not have, and says why", async () => {
    handlers = wholeNetwork;
    const view = await loadView({ focus: "elft", date: "2022-06-30" });
    expect(view.state.focus).toBeNull();
    expect(view.problems).toEqual(["ELFT is not in this view; focus cleared."]);
    const unknown = await loadView({ focus: "nobody" });
    expect(unknown.problems).toEqual(['There is no node "nobody"; focus cleared.']);
  });

  it("refuses, for a reader's action, a focus the date lacks, an unknown one or one the filters hide", async () => {
    handlers = wholeNetwork;
    expect(await refusal({ focus: "elft", date: "2022-06-30" })).toEqual({
      code: "NOT_FOUND",
      words: "ELFT is not in the network on 30 June 2022. Choose another date or all time, or clear the focus first.",
    });
    expect(await refusal({ focus: "nobody" })).toEqual({
      code: "NOT_FOUND",
      words: 'There is no node "nobody". Check the name and pick it again in Find.',
    });
    expect((await refusal({ focus: "visiting", hiddenTypes: ["Service"] })).words).toBe(
      "Health visiting is hidden by the filters chosen. Show its type or kind again under Show, or clear the focus first.",
    );
  });

  it("refuses, for a reader's action, paths it cannot find, and draws none otherwise", async () => {
    handlers = {
      ...wholeNetwork,
      Paths: ({ from }) =>
        from === "elft"
          ? { errors: [{ message: 'no node "elft" on 2022-06-30.', extensions: { code: "NOT_FOUND" } }] }
          : { data: { paths: [] } },
    };
    expect(await refusal({ pathFrom: "barts", pathTo: "visiting", date: "2022-06-30" })).toEqual({
      code: "NOT_FOUND",
      words:
        "No path of up to four steps joins Barts Health and Health visiting on 30 June 2022. Try all time, another date or other ends.",
    });
    expect(await refusal({ pathFrom: "elft", pathTo: "barts", date: "2022-06-30" })).toEqual({
      code: "NOT_FOUND",
      words: 'No node "elft" on 2022-06-30. Try all time, another date or other ends.',
    });
    expect((await refusal({ pathFrom: "barts", pathTo: "barts" })).code).toBe("BAD_USER_INPUT");
    const opened = await loadView({ pathFrom: "barts", pathTo: "visiting" });
    expect(opened).toMatchObject({ paths: [], problems: [] });
  });

  it("shows a story step at the step's date, with no focus, paths or comparison of its own", async () => {
    handlers = wholeNetwork;
    const step = (date: string | null) => ({
      title: "",
      caption: "",
      date,
      highlight: { nodes: [], edges: [] },
      view: { focus: null, zoom: null },
      cite: [],
    });
    const story: Story = { id: "s", title: "S", description: "", source: "x", steps: [step(null), step("2022-06-30")] };
    files["/stories/s.json"] = story;
    const view = await loadView({ story: "s", step: 7, focus: "tht", pathFrom: "a", compareFrom: "2020-01-01" });
    expect(view.state).toMatchObject({ step: 1, date: "2022-06-30", focus: null, pathFrom: null, compareFrom: null });
    expect(view.story?.id).toBe("s");
  });

  it("leaves a story that cannot be loaded, and says so", async () => {
    handlers = wholeNetwork;
    const view = await loadView({ story: "missing", step: 2 });
    expect(view.state).toMatchObject({ story: null, step: 0 });
    expect(view.problems).toEqual([
      "The story could not be loaded: /stories/missing.json answered with HTTP status 404. Check the name, or try another date or all time.",
    ]);
  });

  it("refuses, for a reader's action, a story that cannot be loaded", async () => {
    handlers = wholeNetwork;
    expect(await refusal({ story: "missing" })).toEqual({
      code: "NOT_FOUND",
      words: "The story could not be loaded. Choose another story, or try again in a moment.",
    });
  });

  it("draws the summary, and says the whole network is why, when even the server's filtered network is too large", async () => {
    const summary = {
      groups: [
        { id: "Organisation:NHS trust", nodeType: "Organisation", kind: "NHS trust", label: "NHS trust", count: 2 },
      ],
      links: [],
    };
    handlers = {
      Network: () => tooLarge,
      NetworkScoped: () => tooLarge,
      Summary: () => ({ data: { networkSummary: summary } }),
    };
    const view = await loadView({});
    expect(view.large).toBe(true);
    expect(view.summary).toMatchObject({ reason: "whole", refused: { elements: 90, limit: 40 } });
    expect(view.network.nodes.map((n) => n.label)).toEqual(["NHS trust (2)"]);
  });

  it("draws what the server filtered when the whole network is too large but the focus is not", async () => {
    const around: Network = { nodes: [node("tht"), node("barts")], edges: [edge("PARTNER_IN", "barts", "tht")] };
    handlers = {
      Network: () => tooLarge,
      NetworkScoped: ({ focus }) => (focus ? { data: { network: around } } : tooLarge),
      Summary: () => ({ data: { networkSummary: { groups: [], links: [] } } }),
    };
    const view = await loadView({ focus: "tht" });
    expect(view).toMatchObject({ large: true, summary: null, network: around });
    expect([...(view.focusIds ?? [])]).toEqual(["tht", "barts"]);
  });
});
