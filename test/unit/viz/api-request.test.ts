// How the page asks (viz/src/data/api.ts): a read without a token is a GET naming its persisted
// document, the same address every time; a write, or a token, is POSTed with the document's text.
import { describe, expect, it } from "vitest";
import { operationOf, requestOf } from "../../../viz/src/data/api.js";
import { GraphRevisionDocument, NetworkDocument, RevertDocument } from "../../../viz/src/data/generated/graphql.js";

describe("the page's requests", () => {
  it("reads by GET: documentId, variables and the operation's name in a header", () => {
    const { path, init } = requestOf(NetworkDocument, { asOf: "2022-07-01" });
    const url = new URL(path, "http://page.test");
    expect(url.pathname).toBe("/graphql");
    expect(url.searchParams.get("documentId")).toBe(NetworkDocument.__meta__?.hash);
    expect(url.searchParams.get("documentId")).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(JSON.parse(url.searchParams.get("variables") ?? "")).toEqual({ asOf: "2022-07-01" });
    expect(init.method).toBe("GET");
    expect(new Headers(init.headers).get("x-apollo-operation-name")).toBe("Network");
    expect(init.body).toBeUndefined();
    // The same question is the same address.
    expect(requestOf(NetworkDocument, { asOf: "2022-07-01" }).path).toBe(path);
  });

  it("posts writes, reads with a token, and the text when asked to", () => {
    const write = requestOf(RevertDocument, { revision: "rev-3", reason: "why" });
    expect(write.init.method).toBe("POST");
    expect(JSON.parse(String(write.init.body)).query).toContain("mutation Revert");
    const withToken = requestOf(GraphRevisionDocument, {}, { token: "t" });
    expect(withToken.init.method).toBe("POST");
    expect(new Headers(withToken.init.headers).get("authorization")).toBe("Bearer t");
    expect(requestOf(GraphRevisionDocument, {}, { byText: true }).init.method).toBe("POST");
  });

  it("reads the operation from a document whose fragments come first", () => {
    expect(operationOf("fragment F on X { a }\nquery Network($asOf: Date) { network { ...F } }")).toEqual({
      type: "query",
      name: "Network",
    });
    expect(operationOf("mutation Revert { revert }")).toEqual({ type: "mutation", name: "Revert" });
    expect(operationOf("{ a }")).toBeNull();
  });
});
