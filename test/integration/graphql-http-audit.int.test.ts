// graphql-http's GraphQL-over-HTTP audits against the live server over real HTTP. Apollo Server's
// published baseline is 54 ok, 3 notices, 3 warnings and 0 errors; the hardening must not add errors.
import { type AuditResult, serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../support/start-app.js";

describe("GraphQL over HTTP audit (graphql-http serverAudits)", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.close());

  it("has no errors", async () => {
    const results: AuditResult[] = [];
    for (const audit of serverAudits({ url: `${app.url}/graphql` })) results.push(await audit.fn());
    const count = (status: string) => results.filter((r) => r.status === status).length;
    const counts = { ok: count("ok"), notice: count("notice"), warn: count("warn"), error: count("error") };
    console.log(`graphql-http audit: ${JSON.stringify(counts)}`);
    for (const result of results) {
      if (result.status !== "ok") console.log(`  ${result.status}: ${result.id} ${result.name}: ${result.reason}`);
    }
    expect(counts.error).toBe(0);
    expect(counts.ok + counts.notice + counts.warn).toBe(results.length);
  });
});
