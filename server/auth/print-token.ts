// `npm run token [-- --hours N]`: prints an editor token signed with JWT_SECRET, for local use
// (curl -H "Authorization: Bearer $(npm run -s token)").
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../../core/config.js";
import { reportFatal } from "../../core/errors/report-fatal.js";
import { signEditorToken } from "./sign-editor-token.js";

try {
  const { values } = parseArgs({ options: { hours: { type: "string", default: "12" } } });
  const hours = Number(values.hours);
  if (!Number.isFinite(hours) || hours <= 0)
    throw new ConfigError(`--hours must be a positive number, not ${values.hours}`);
  const token = await signEditorToken(loadConfig().auth, { expiresIn: `${Math.round(hours * 3600)}s` });
  process.stdout.write(`${token}\n`);
} catch (error) {
  reportFatal({ program: "token", failed: "could not sign a token" }, error);
}
