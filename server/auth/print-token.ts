// `npm run token [-- --sub NAME] [--hours N]`: prints an editor token signed with JWT_SECRET, for
// local use (curl -H "Authorization: Bearer $(npm run -s token -- --sub alice)"). The `sub` names
// the editor: every revision the token writes records it as author.
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../../core/config.js";
import { reportFatal } from "../../core/errors/report-fatal.js";
import { signEditorToken } from "./sign-editor-token.js";

try {
  const { values } = parseArgs({
    options: { hours: { type: "string", default: "12" }, sub: { type: "string", default: "local-editor" } },
  });
  const subject = values.sub.trim();
  if (!/^[\w.@+-]{1,100}$/.test(subject))
    throw new ConfigError(
      `--sub must name the editor in 1-100 letters, digits or . _ @ + - (it is recorded as the author of their changes), not "${values.sub}"`,
    );
  const hours = Number(values.hours);
  if (!Number.isFinite(hours) || hours <= 0)
    throw new ConfigError(`--hours must be a positive number, not ${values.hours}`);
  const token = await signEditorToken(loadConfig().auth, {
    subject,
    expiresIn: `${Math.round(hours * 3600)}s`,
  });
  process.stdout.write(`${token}\n`);
} catch (error) {
  reportFatal({ program: "token", failed: "could not sign a token" }, error);
}
