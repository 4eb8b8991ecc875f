export function javaMajor(versionText: string): number | undefined;
