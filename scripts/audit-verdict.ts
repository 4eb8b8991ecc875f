// Reads `npm audit --json` output: clean, vulnerable (high or critical advisories, listed), or
// unavailable (the registry's audit endpoint did not answer, so nothing was audited).

export type AuditVerdict =
  | { status: "clean"; counts: Record<string, number> }
  | { status: "vulnerable"; counts: Record<string, number>; packages: string[] }
  | { status: "unavailable"; reason: string };

interface NpmAuditReport {
  vulnerabilities?: Record<string, { name?: string; severity?: string; range?: string; fixAvailable?: unknown }>;
  metadata?: { vulnerabilities?: Record<string, number> };
  message?: string;
  statusCode?: number;
  error?: { code?: string; summary?: string; detail?: string };
}

const blocking = new Set(["high", "critical"]);

export function auditVerdict(output: string): AuditVerdict {
  let report: NpmAuditReport;
  try {
    report = JSON.parse(output) as NpmAuditReport;
  } catch {
    return { status: "unavailable", reason: `npm audit printed no JSON report: ${output.trim().slice(0, 200)}` };
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    const why = report.message || report.error?.summary || report.error?.detail || report.error?.code || "no report";
    return { status: "unavailable", reason: `npm audit got no report from the registry (${why})` };
  }
  const packages = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => blocking.has(v.severity ?? ""))
    .map(
      ([name, v]) =>
        `${v.name ?? name} ${v.range ?? ""} (${v.severity}${v.fixAvailable ? ", fix available" : ", no fix"})`,
    );
  return packages.length > 0 ? { status: "vulnerable", counts, packages } : { status: "clean", counts };
}
