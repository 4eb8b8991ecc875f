// `npm run audit:runtime` (and CI, before the tests): `npm audit --omit=dev --audit-level=high`
// over the runtime dependencies. Exit 1 on a high or critical advisory. When the registry's audit
// endpoint cannot be reached, say so loudly and exit 0 (CI runs where only the package registry's
// read endpoints answer), or exit 2 with --strict.
import { spawnSync } from "node:child_process";
import { auditVerdict } from "./audit-verdict.js";

const strict = process.argv.includes("--strict");
// The machine's npm config may say audit=false; --audit turns it back on for this one command.
const npm = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--audit", "--json"], {
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
});
const verdict = auditVerdict(npm.stdout ?? "");
const say = (line: string) => process.stdout.write(`audit: ${line}\n`);

if (verdict.status === "clean") {
  say(`runtime dependencies: 0 high or critical advisories (${JSON.stringify(verdict.counts)})`);
} else if (verdict.status === "vulnerable") {
  say(`runtime dependencies have ${verdict.packages.length} high or critical advisories:`);
  for (const line of verdict.packages) say(`  ${line}`);
  say("upgrade them (npm audit fix --omit=dev, or a newer version in package.json) before merging");
  process.exit(1);
} else {
  say("=================================================================================");
  say(`NOT AUDITED: ${verdict.reason}`);
  say("runtime dependencies were not checked for advisories on this machine; run");
  say("`npm audit --omit=dev --audit-level=high --audit` where the registry's audit endpoint answers");
  say("=================================================================================");
  process.exit(strict ? 2 : 0);
}
