// The major version in `java -version` output: `version "17.0.15"` → 17, `version "1.8.0_392"` → 8.
export function javaMajor(versionText: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionText);
  if (!match) return undefined;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}
