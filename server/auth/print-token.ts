// `npm run token [-- --hours N]`: prints an editor token signed with JWT_SECRET, for local use
// (curl -H "Authorization: Bearer $(npm run -s token)").
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config.js";
import { ThtError } from "../errors.js";
import { signEditorToken } from "./sign-editor-token.js";

try {
  const { values } = parseArgs({ options: { hours: { type: "string", default: "12" } } });
  const hours = Number(values.hours);
  if (!Number.isFinite(hours) || hours <= 0)
    throw new ConfigError(`--hours must be a positive number, not ${values.hours}`);
  const token = await signEditorToken(loadConfig().auth, { expiresIn: `${Math.round(hours * 3600)}s` });
  process.stdout.write(`${token}\n`);
} catch (error) {
  const code = error instanceof ThtError || error instanceof ConfigError ? ` [${error.code}]` : "";
  process.stderr.write(
    `tht-graph: could not sign a token${code}: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}
