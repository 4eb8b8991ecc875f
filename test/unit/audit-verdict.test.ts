// The CI audit step's reading of `npm audit --json`: it must tell "no advisories" from "could not ask".
import { describe, expect, it } from "vitest";
import { auditVerdict } from "../../scripts/audit-verdict.js";

const report = (vulnerabilities: Record<string, unknown>, counts: Record<string, number>) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: counts } });
const none = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 };

describe("auditVerdict", () => {
  it("is clean when the report has no high or critical advisory", () => {
    const moderate = { name: "x", severity: "moderate", range: "<1.2.0", fixAvailable: true };
    expect(auditVerdict(report({ x: moderate }, { ...none, moderate: 1, total: 1 }))).toEqual({
      status: "clean",
      counts: { ...none, moderate: 1, total: 1 },
    });
  });

  it("lists high and critical advisories", () => {
    const verdict = auditVerdict(
      report(
        {
          minimist: { name: "minimist", severity: "critical", range: "<0.2.4", fixAvailable: true },
          other: { name: "other", severity: "high", range: "*", fixAvailable: false },
          low: { name: "low", severity: "low", range: "*", fixAvailable: false },
        },
        { ...none, low: 1, high: 1, critical: 1, total: 3 },
      ),
    );
    expect(verdict.status).toBe("vulnerable");
    expect(verdict.status === "vulnerable" && verdict.packages).toEqual([
      "minimist <0.2.4 (critical, fix available)",
      "other * (high, no fix)",
    ]);
  });

  it("says the audit did not happen when the endpoint refuses (as npm prints it)", () => {
    const refused = JSON.stringify({
      message: "405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
      error: { summary: "", detail: "" },
    });
    expect(auditVerdict(refused)).toEqual({
      status: "unavailable",
      reason: expect.stringContaining("405 Method Not Allowed"),
    });
    expect(auditVerdict(JSON.stringify({ error: { code: "ENOTFOUND", summary: "getaddrinfo ENOTFOUND" } }))).toEqual({
      status: "unavailable",
      reason: expect.stringContaining("ENOTFOUND"),
    });
    expect(auditVerdict("").status).toBe("unavailable");
  });
});
