// GET /sources/<id>?quote=…: where a citation leads. The shipped source's text with the quoted
// passage marked, everything from the data escaped, under the page's security headers; a linked
// source says where it lives; an unknown source is NOT_FOUND.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { testNeo4j } from "../support/test-neo4j.js";

describe.skipIf(!testNeo4j().ownsDatabase)("source documents", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());
  const get = (path: string) => fetch(`${app.url}${path}`);
  const quote = "The Tower Hamlets GP Care Group was formed in late 2013";

  it("shows a shipped source with the quoted passage marked, under the page's security headers", async () => {
    const response = await get(`/sources/tht-partners?quote=${encodeURIComponent(quote)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain("<h1>Tower Hamlets Together partners</h1>");
    expect(html).toContain(`<mark id="quote">${quote}</mark>`);
    expect(html.match(/<mark/g)).toHaveLength(1);
    // The rest of the document is there too, paragraph by paragraph.
    expect(html).toContain("The Tower Hamlets CVS is an independent membership organisation");
    expect(html).not.toMatch(/<script/i);
  });

  it("escapes what it is given, and says when a quote is not in the text it holds", async () => {
    const html = await (
      await get(`/sources/tht-partners?quote=${encodeURIComponent("<script>alert(1)</script>")}`)
    ).text();
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<mark");
    expect(html).toContain('class="notice"');
  });

  it("links a source that lives elsewhere, and refuses an unknown one with NOT_FOUND", async () => {
    const linked = await (await get("/sources/ods-rwk")).text();
    expect(linked).toContain('href="https://directory.spineservices.nhs.uk/ORD/2-0-0/organisations/RWK"');
    const unknown = await get("/sources/no-such-source");
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      "NOT_FOUND",
    );
    // And the next request is answered.
    expect((await get("/sources/tht-partners")).status).toBe(200);
  });
});
